import type { Base, Compare } from '../model/council.js';
import {
  attendanceFromReadingInput,
  computeAllReadings,
  computeReading,
  type Reading,
  type ReadingInput,
} from '../rules/readings.js';
import { chalkFor } from './color.js';
import { EXIT, UsageError } from './errors.js';
import type { FractionFlag } from './flag-values.js';
import type { Io } from './io.js';
import { openReportOutput } from './output.js';
import { THRESHOLD_FORMATS, type ThresholdFormat } from './threshold-formats.js';

/**
 * The options as commander hands them over: numbers and the fraction already
 * parsed, `--seats` and `--fraction` given, `--all-readings` without `--of`
 * or `--compare`, and `--json` without `--format`.
 */
export interface ThresholdOptions {
  readonly seats: number;
  readonly fraction: FractionFlag;
  readonly vacancies?: number;
  readonly recused?: number;
  readonly present?: number;
  readonly voting?: number;
  readonly of?: Base;
  readonly compare?: Compare;
  readonly minimum?: number;
  readonly allReadings?: boolean;
  readonly json?: boolean;
  readonly format?: ThresholdFormat;
  readonly output?: string;
  readonly color?: boolean;
}

/** `overrule threshold`: the override arithmetic from flags alone. */
export async function thresholdCommand(options: ThresholdOptions, io: Io): Promise<number> {
  const format = options.json === true ? 'json' : (options.format ?? 'text');
  const input = readingInputFromFlags(options);
  const output = openReportOutput(io, options.output);
  const readings =
    options.allReadings === true
      ? computeAllReadings(input)
      : computeReading(input, options.of ?? 'seats', options.compare ?? 'at-least');
  const chalk = () => chalkFor(output.stream, io.env, options.color);
  output.stream.write(await THRESHOLD_FORMATS[format]({ input, readings }, { chalk }));
  output.finish();
  warnIfNeverPasses(input, Array.isArray(readings) ? readings : [readings], io);
  return EXIT.ok;
}

/**
 * A threshold no vote can reach (`--minimum 1000000` with 15 seats, or more
 * than 1/1 of the seats) is arithmetic all the same, but surely not what was
 * meant: said on stderr, once, with the ayes there can be at most.
 */
function warnIfNeverPasses(input: ReadingInput, readings: readonly Reading[], io: Io): void {
  const a = attendanceFromReadingInput(input);
  // every member in office who is not recused, and the executive where a reading counts them
  const most = (r: Reading): number => a.members - a.recused + (r.executiveCounted ? 1 : 0);
  const never = readings.filter((r) => r.required > most(r));
  const first = never[0];
  if (first === undefined) return;
  const which = readings.length > 1 ? ` under ${never.length} of the readings` : '';
  io.stderr.write(
    `overrule: warning: ${first.required} ${first.required === 1 ? 'aye is' : 'ayes are'} required${which}, ` +
      `but at most ${most(first)} ${most(first) === 1 ? 'member' : 'members'} can vote aye: the measure can never pass\n`,
  );
}

/** Checks the flags against each other and turns them into the arithmetic's input. */
function readingInputFromFlags(options: ThresholdOptions): ReadingInput {
  const { seats, present, voting, minimum } = options;
  const vacancies = options.vacancies ?? 0;
  if (vacancies > seats) {
    throw new UsageError(`--vacancies ${vacancies} is more than the ${seats} seats`);
  }
  const members = seats - vacancies;
  const recused = options.recused ?? 0;
  if (recused > members) {
    throw new UsageError(
      `--recused ${recused} is more than the ${members} members in office (--seats minus --vacancies)`,
    );
  }
  if (present !== undefined && present > members) {
    throw new UsageError(
      `--present ${present} is more than the ${members} members in office (--seats minus --vacancies)`,
    );
  }
  const presentCount = present ?? members - recused;
  if (voting !== undefined && voting > presentCount) {
    throw new UsageError(
      `--voting ${voting} is more than the ${presentCount} members present` +
        (present === undefined ? ' (give --present if more were there)' : ''),
    );
  }
  return {
    fractionText: options.fraction.text,
    fraction: options.fraction.value,
    seats,
    vacancies,
    recused,
    present,
    voting,
    minimum,
  };
}
