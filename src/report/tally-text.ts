import type { CountKey } from '../tally/counts.js';
import type { TallyResult } from '../tally/tally-result.js';
import { describeInForce, describeTallyStep, describeTallyWarning } from './tally-explanation.js';

/** Phrases shared by the table and markdown tally reports. */

export const HYPOTHETICAL_BANNER =
  'HYPOTHETICAL: this roll call is a scenario, not an official record.';

/** How each count is labelled in reports. */
export const COUNT_LABELS: Readonly<Record<CountKey, string>> = {
  aye: 'aye',
  no: 'no',
  abstain: 'abstain',
  present: 'present',
  'not-voting': 'not voting',
  recused: 'recused',
  excused: 'excused',
  absent: 'absent',
  vacant: 'vacant seats',
};

/** `PASSED`, `FAILED`, `NO QUORUM`. */
export function resultWord(result: TallyResult): string {
  return result.result === 'no-quorum' ? 'NO QUORUM' : result.result.toUpperCase();
}

/** `15 ayes, 8 required, margin +7`. */
export function resultNumbers(result: TallyResult): string {
  const margin = result.margin > 0 ? `+${result.margin}` : String(result.margin);
  const base = `${result.ayes} ${result.ayes === 1 ? 'aye' : 'ayes'}, ${result.required} required, margin ${margin}`;
  return result.quorum !== null && !result.quorum.met
    ? `${result.quorum.present} present, ${result.quorum.required} needed for a quorum; ${base}`
    : base;
}

/** `passage: Adopt a resolution…`. */
export function ruleHeading(result: TallyResult): string {
  return result.rule.title === null ? result.rule.id : `${result.rule.id}: ${result.rule.title}`;
}

/** `Wis. Stat. § 62.09(8)(c); version 1 of 2, in force from 2023-06-22`. */
export function ruleDetails(result: TallyResult): string {
  const v = result.rule.version;
  const dates = describeInForce(v.effective, v.until);
  const parts = [
    ...(result.rule.citation === null ? [] : [result.rule.citation]),
    `version ${v.number} of ${v.of}, ${dates}`,
  ];
  return parts.join('; ');
}

/** `passed 15-0: matches` or `passed 11-4: DOES NOT MATCH the computed failed 10-5`. */
export function recordedLine(result: TallyResult): string | undefined {
  const r = result.recorded;
  if (r === null) return undefined;
  const record = [r.result, r.tally].filter((x) => x !== null).join(' ');
  if (r.matches) return `${record}: matches the computed result`;
  return `${record}: DOES NOT MATCH the computed ${result.result} ${result.counts.aye}-${result.counts.no}`;
}

/** The title of the measure, with its id and type. */
export function measureLine(result: TallyResult): string | undefined {
  if (result.measure !== null) {
    return `${result.measure.id} (${result.measure.type}): ${result.measure.title}`;
  }
  return result.rollCall.measure ?? undefined;
}

/** The warnings a report shows under its heading: all but the hypothetical one, which has a banner. */
export function warningLines(result: TallyResult): string[] {
  return result.warnings.filter((w) => w.code !== 'hypothetical').map(describeTallyWarning);
}

/** The arithmetic in sentences, in order. */
export function explanationLines(result: TallyResult): string[] {
  return result.explanation.map(describeTallyStep);
}
