import { COUNT_KEYS } from '../tally/counts.js';
import type { TallyResult } from '../tally/tally-result.js';

export type Cell = string | number | boolean | null;

/**
 * One header row and one row per roll call, so tallies from several files
 * can be appended into one sheet. Vote columns are zero-filled.
 */
export function renderTallyCsv(result: TallyResult): string {
  const columns: [string, Cell][] = [
    ['roll_call', result.rollCall.id],
    ['date', result.rollCall.date],
    ['council', result.council.id],
    ['measure', result.rollCall.measure],
    ['rule', result.rule.id],
    ['rule_version', result.rule.version.number],
    ['rule_verified', result.rule.verified],
    ['hypothetical', result.hypothetical],
    ['source', result.source],
    ['result', result.result],
    ['ayes', result.ayes],
    ['noes', result.noes],
    ['required', result.required],
    ['basis', result.basis],
    ['margin', result.margin],
    ...COUNT_KEYS.map((key): [string, Cell] => [key.replace('-', '_'), result.counts[key]]),
    ['seats', result.seats],
    ['members_in_office', result.inOffice],
    ['quorum_required', result.quorum?.required ?? null],
    ['quorum_present', result.quorum?.present ?? null],
    ['quorum_met', result.quorum?.met ?? null],
    ['recorded_result', result.recorded?.result ?? null],
    ['recorded_tally', result.recorded?.tally ?? null],
    ['recorded_matches', result.recorded?.matches ?? null],
    // Added after the columns above, so that sheets read by position still line up.
    ['tie', result.tie],
    ['tie_break', result.tieBreak?.status ?? null],
    ['executive_vote', result.executive.vote],
    ['executive_counted', result.executive.vote === null ? null : result.executive.counted],
    ['recorded_tally_reading', result.recorded?.tallyReading ?? null],
  ];
  const header = columns.map(([name]) => name).join(',');
  const row = columns.map(([, value]) => csvCell(value)).join(',');
  return `${header}\r\n${row}\r\n`;
}

/**
 * RFC 4180 quoting; text that a spreadsheet would run as a formula
 * (`=`, `+`, `-`, `@` first) is prefixed with an apostrophe.
 */
export function csvCell(value: Cell): string {
  if (value === null) return '';
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}
