import type { ChalkInstance } from 'chalk';
import Table from 'cli-table3';
import { attendanceFromReadingInput, type Reading, type ReadingInput } from '../rules/readings.js';
import {
  BASE_NAMES,
  compareWords,
  mixedText,
  readingExplanation,
  readingLabel,
} from './requirement-text.js';

/** `overrule threshold` for a person: the answer in bold, then the arithmetic. */
export function renderThresholdText(
  input: ReadingInput,
  readings: Reading | readonly Reading[],
  chalk: ChalkInstance,
): string {
  if (isReadingList(readings)) return renderAllReadingsText(input, readings, chalk);
  return `${chalk.bold(`${ayes(readings.required)} required`)}\n${readingExplanation(readings)}\n`;
}

function isReadingList(r: Reading | readonly Reading[]): r is readonly Reading[] {
  return Array.isArray(r);
}

function ayes(n: number): string {
  return `${n} ${n === 1 ? 'aye' : 'ayes'}`;
}

/** No borders: columns two spaces apart, indented by two. */
const PLAIN_COLUMNS = {
  chars: {
    top: '',
    'top-mid': '',
    'top-left': '',
    'top-right': '',
    bottom: '',
    'bottom-mid': '',
    'bottom-left': '',
    'bottom-right': '',
    left: '  ',
    'left-mid': '',
    mid: '',
    'mid-mid': '',
    right: '',
    'right-mid': '',
    middle: '  ',
  },
  style: { head: [], border: [], 'padding-left': 0, 'padding-right': 0 },
};

/**
 * The side-by-side table: one row per reading, then the distinct answers with
 * the readings that give each, so "10 or 11?" is answered in one place.
 */
function renderAllReadingsText(
  input: ReadingInput,
  readings: readonly Reading[],
  chalk: ChalkInstance,
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
  const table = new Table({
    ...PLAIN_COLUMNS,
    head: ['reading', 'base', `${input.fractionText} of base`, 'ayes needed'],
    colAligns: ['left', 'right', 'left', 'right'],
  });
  for (const r of readings) {
    table.push([
      readingLabel(r),
      String(r.basis),
      mixedText(r.product),
      chalk.bold(String(r.required)),
    ]);
  }
  lines.push(table.toString());
  if (input.minimum !== undefined) {
    lines.push(
      '',
      `Every reading includes the minimum of ${input.minimum} ${input.minimum === 1 ? 'aye' : 'ayes'}.`,
    );
  }
  lines.push('');
  for (const [required, group] of groupByRequired(readings)) {
    lines.push(`${chalk.bold(ayes(required))}: ${describeGroup(group)}.`);
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
    const plain = group.filter((r) => r.compare === compare && !r.executiveCounted);
    if (plain.length > 0) {
      const bases = plain.map((r) => BASE_NAMES[r.of]);
      parts.push(`${compareWords(compare)} ${plain[0]?.fraction ?? ''} of ${joinOr(bases)}`);
    }
  }
  const withExecutive = group.filter((r) => r.executiveCounted);
  if (withExecutive.length > 0) {
    const first = withExecutive[0];
    const words =
      withExecutive.length === 2
        ? 'at least or more than'
        : compareWords(first?.compare ?? 'at-least');
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
