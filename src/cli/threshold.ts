import { parseRational } from '../basics/rational.js';
import type { Base, Compare } from '../model/council.js';
import { BASE_NAMES } from '../rules/explain.js';
import { parseThresholdFraction } from '../rules/fraction.js';
import {
  attendanceFromReadingInput,
  computeAllReadings,
  computeReading,
  type Reading,
  type ReadingInput,
} from '../rules/readings.js';
import { shouldColor } from './color.js';
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
  const attendance = attendanceFromReadingInput(input);
  const attendanceJson = { ...attendance, vacancies: input.vacancies };

  if (options.allReadings === true) {
    const readings = computeAllReadings(input);
    if (format === 'json') {
      output.stream.write(`${JSON.stringify({ readings, attendance: attendanceJson }, null, 2)}\n`);
    } else {
      const color = shouldColor(output.stream, io.env, options.color);
      const bold = color ? await boldText() : (text: string) => text;
      output.stream.write(renderAllReadingsText(input, readings, bold));
    }
  } else {
    const reading = computeReading(input, options.of ?? 'seats', options.compare ?? 'at-least');
    if (format === 'json') {
      output.stream.write(
        `${JSON.stringify({ ...reading, attendance: attendanceJson }, null, 2)}\n`,
      );
    } else {
      const color = shouldColor(output.stream, io.env, options.color);
      const bold = color ? await boldText() : (text: string) => text;
      output.stream.write(
        `${bold(`${reading.required} ${reading.required === 1 ? 'aye' : 'ayes'} required`)}\n` +
          `${reading.explanation}\n`,
      );
    }
  }
  output.finish();
  warnIfNeverPasses(input, options, io);
  return EXIT.ok;
}

/**
 * A threshold no vote can reach (`--minimum 1000000` with 15 seats, or more
 * than 1/1 of the seats) is arithmetic all the same, but surely not what was
 * meant: said on stderr, once, with the ayes there can be at most.
 */
function warnIfNeverPasses(input: ReadingInput, options: ThresholdOptions, io: Io): void {
  const a = attendanceFromReadingInput(input);
  // every member in office who is not recused, and the executive where a reading counts them
  const most = (r: Reading): number => a.members - a.recused + (r.executiveCounted ? 1 : 0);
  const readings =
    options.allReadings === true
      ? computeAllReadings(input)
      : [computeReading(input, options.of ?? 'seats', options.compare ?? 'at-least')];
  const never = readings.filter((r) => r.required > most(r));
  const first = never[0];
  if (first === undefined) return;
  const which = options.allReadings === true ? ` under ${never.length} of the readings` : '';
  io.stderr.write(
    `overrule: warning: ${first.required} ${first.required === 1 ? 'aye is' : 'ayes are'} required${which}, ` +
      `but at most ${most(first)} ${most(first) === 1 ? 'member' : 'members'} can vote aye: the measure can never pass\n`,
  );
}

async function boldText(): Promise<(text: string) => string> {
  const { Chalk } = await import('chalk');
  const chalk = new Chalk({ level: 1 });
  return (text) => chalk.bold(text);
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
  if (!fraction.ok) throw new UsageError(`--fraction ${fraction.error.message}`);
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

/**
 * The side-by-side table: one row per reading, then the distinct answers with
 * the readings that give each, so "10 or 11?" is answered in one place.
 */
export function renderAllReadingsText(
  input: ReadingInput,
  readings: readonly Reading[],
  bold: (text: string) => string,
): string {
  const a = attendanceFromReadingInput(input);
  const lines: string[] = [];
  const situation = [
    `${a.members} ${a.members === 1 ? 'member' : 'members'} in office`,
    ...(a.recused > 0 ? [`${a.recused} recused`] : []),
    `${a.present} present`,
    `${a.voting} voting`,
  ].join(', ');
  lines.push(
    `Every reading of ${input.fractionText} for a council of ${input.seats} ${input.seats === 1 ? 'seat' : 'seats'} (${situation}):`,
  );
  lines.push('');
  const header = ['reading', 'base', `${input.fractionText} of base`, 'ayes needed'];
  const rows = readings.map((r) => [r.label, String(r.basis), r.productText, String(r.required)]);
  const widths = header.map((h, i) =>
    Math.max(h.length, ...rows.map((row) => (row[i] ?? '').length)),
  );
  const format = (cells: readonly string[], emphasize: boolean): string => {
    const [label = '', basis = '', product = '', required = ''] = cells;
    const w = (i: number): number => widths[i] ?? 0;
    const last = required.padStart(w(3));
    return `  ${label.padEnd(w(0))}  ${basis.padStart(w(1))}  ${product.padEnd(w(2))}  ${emphasize ? bold(last) : last}`;
  };
  lines.push(format(header, false));
  for (const row of rows) lines.push(format(row, true));
  if (input.minimum !== undefined) {
    lines.push(
      '',
      `Every reading includes the minimum of ${input.minimum} ${input.minimum === 1 ? 'aye' : 'ayes'}.`,
    );
  }
  lines.push('');
  for (const [required, group] of groupByRequired(readings)) {
    lines.push(
      `${bold(`${required} ${required === 1 ? 'aye' : 'ayes'}`)}: ${describeGroup(group)}.`,
    );
  }
  return `${lines.join('\n').replace(/ +$/gm, '')}\n`;
}

function groupByRequired(readings: readonly Reading[]): [number, Reading[]][] {
  const groups = new Map<number, Reading[]>();
  for (const r of readings) {
    const group = groups.get(r.required) ?? [];
    group.push(r);
    groups.set(r.required, group);
  }
  return [...groups.entries()].sort(([x], [y]) => x - y);
}

/** `at least 2/3 of seats, members in office or members voting; more than 2/3 of …`. */
function describeGroup(group: readonly Reading[]): string {
  const parts: string[] = [];
  for (const compare of ['at-least', 'more-than'] as const) {
    const words = compare === 'at-least' ? 'at least' : 'more than';
    const plain = group.filter((r) => r.compare === compare && !r.executiveCounted);
    if (plain.length > 0) {
      const bases = plain.map((r) => BASE_NAMES[r.of]);
      parts.push(`${words} ${plain[0]?.fraction ?? ''} of ${joinOr(bases)}`);
    }
  }
  const withExecutive = group.filter((r) => r.executiveCounted);
  if (withExecutive.length > 0) {
    const first = withExecutive[0];
    const words =
      withExecutive.length === 2
        ? 'at least or more than'
        : first?.compare === 'at-least'
          ? 'at least'
          : 'more than';
    parts.push(
      `${words} ${first?.fraction ?? ''} of ${first?.basis ?? 0} (the executive counted as a member)`,
    );
  }
  return parts.join('; ');
}

function joinOr(items: readonly string[]): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} or ${items[items.length - 1] ?? ''}`;
}
