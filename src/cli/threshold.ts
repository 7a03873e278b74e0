import { parseRational } from '../basics/rational.js';
import type { Base, Compare } from '../model/council.js';
import { parseThresholdFraction } from '../rules/fraction.js';
import { computeAllReadings, computeReading, type ReadingInput } from '../rules/readings.js';
import { describeFractionProblem } from '../report/requirement-text.js';
import { chalkFor } from './color.js';
import { EXIT, UsageError } from './errors.js';
import type { Io } from './io.js';
import { openReportOutput } from './output.js';

export type ThresholdFormat = 'text' | 'json';

export interface ThresholdOptions {
  readonly seats?: string;
  readonly vacancies?: string;
  readonly recused?: string;
  readonly present?: string;
  readonly voting?: string;
  readonly fraction?: string;
  readonly of?: Base;
  readonly compare?: Compare;
  readonly minimum?: string;
  readonly allReadings?: boolean;
  readonly json?: boolean;
  readonly format?: ThresholdFormat;
  readonly output?: string;
  readonly color?: boolean;
}

/** Seats beyond this are surely a typo; the arithmetic itself has no limit. */
const MAX_SEATS = 1_000_000;

/** `overrule threshold`: the override arithmetic from flags alone. */
export async function thresholdCommand(options: ThresholdOptions, io: Io): Promise<number> {
  const format = chooseFormat(options);
  const input = readingInputFromFlags(options);
  if (options.allReadings === true && (options.of !== undefined || options.compare !== undefined)) {
    throw new UsageError(
      '--all-readings shows every base and comparison side by side; leave out --of and --compare',
    );
  }
  const output = openReportOutput(io, options.output);
  const readings =
    options.allReadings === true
      ? computeAllReadings(input)
      : computeReading(input, options.of ?? 'seats', options.compare ?? 'at-least');
  if (format === 'json') {
    const { renderThresholdJson } = await import('../report/threshold-json.js');
    output.stream.write(renderThresholdJson(input, readings));
  } else {
    const chalk = await chalkFor(output.stream, io.env, options.color);
    const { renderThresholdText } = await import('../report/threshold-text.js');
    output.stream.write(renderThresholdText(input, readings, chalk));
  }
  output.finish();
  return EXIT.ok;
}

function chooseFormat(options: ThresholdOptions): ThresholdFormat {
  if (options.json === true) {
    if (options.format !== undefined && options.format !== 'json') {
      throw new UsageError(`--json and --format ${options.format} disagree; give one of them`);
    }
    return 'json';
  }
  return options.format ?? 'text';
}

/** Checks every flag and turns them into the arithmetic's input, or throws a UsageError. */
export function readingInputFromFlags(options: ThresholdOptions): ReadingInput {
  if (options.seats === undefined) {
    throw new UsageError('--seats is required: the number of authorized seats, e.g. --seats 15');
  }
  if (options.fraction === undefined) {
    throw new UsageError(
      '--fraction is required: the share of the base needed, e.g. --fraction 2/3',
    );
  }
  const seats = count('--seats', options.seats, 1, MAX_SEATS);
  const vacancies = count('--vacancies', options.vacancies ?? '0', 0, MAX_SEATS);
  if (vacancies > seats) {
    throw new UsageError(`--vacancies ${vacancies} is more than the ${seats} seats`);
  }
  const members = seats - vacancies;
  const recused = count('--recused', options.recused ?? '0', 0, MAX_SEATS);
  if (recused > members) {
    throw new UsageError(
      `--recused ${recused} is more than the ${members} members in office (--seats minus --vacancies)`,
    );
  }
  const present =
    options.present === undefined ? undefined : count('--present', options.present, 0, MAX_SEATS);
  if (present !== undefined && present > members) {
    throw new UsageError(
      `--present ${present} is more than the ${members} members in office (--seats minus --vacancies)`,
    );
  }
  const presentCount = present ?? members - recused;
  const voting =
    options.voting === undefined ? undefined : count('--voting', options.voting, 0, MAX_SEATS);
  if (voting !== undefined && voting > presentCount) {
    throw new UsageError(
      `--voting ${voting} is more than the ${presentCount} members present` +
        (present === undefined ? ' (give --present if more were there)' : ''),
    );
  }
  const minimum =
    options.minimum === undefined ? undefined : count('--minimum', options.minimum, 0, MAX_SEATS);
  const fractionText = options.fraction.trim();
  const fraction = parseThresholdFraction(fractionText);
  if (!fraction.ok) throw new UsageError(`--fraction ${describeFractionProblem(fraction.error)}`);
  return {
    fractionText,
    fraction: fraction.value,
    seats,
    vacancies,
    recused,
    present,
    voting,
    minimum,
  };
}

function count(flag: string, text: string, min: number, max: number): number {
  const trimmed = text.trim();
  if (!/^\d+$/.test(trimmed)) {
    const hint = parseRational(trimmed).ok ? ' (fractions go in --fraction)' : '';
    throw new UsageError(`${flag} "${text}" is not a whole number${hint}`);
  }
  const n = Number(trimmed);
  if (n < min || n > max) {
    throw new UsageError(`${flag} ${trimmed} is out of range: give a number from ${min} to ${max}`);
  }
  return n;
}
