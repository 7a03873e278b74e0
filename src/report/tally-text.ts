import { COUNT_KEYS, type CountKey } from '../tally/counts.js';
import type { TallyResult } from '../tally/tally-result.js';
import type { TallyStep } from '../tally/tally-steps.js';
import { plural } from './requirement-text.js';
import {
  computedWithReadings,
  executiveName,
  readingNote,
  tieVerdictNote,
} from './tally-executive-text.js';
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

/** `15 ayes, 8 required, margin +7`, and what a tie among the members did. */
export function resultNumbers(result: TallyResult): string {
  const margin = result.margin > 0 ? `+${result.margin}` : String(result.margin);
  const base = `${result.ayes} ${result.ayes === 1 ? 'aye' : 'ayes'}, ${result.required} required, margin ${margin}`;
  if (result.quorum !== null && !result.quorum.met) {
    return `${result.quorum.present} present, ${result.quorum.required} needed for a quorum; ${base}`;
  }
  const tie = tieVerdictNote(result);
  return tie === undefined ? base : `${base}; ${tie}`;
}

/**
 * Every count as a report row: label and number. When the executive's
 * tie-breaking vote counts, its row includes it (`aye (3 members + the
 * Mayor)`, 4), so the ayes shown are the verdict's.
 */
export function countRows(result: TallyResult): { key: CountKey; label: string; count: number }[] {
  const e = result.executive;
  return COUNT_KEYS.map((key) => {
    const count = result.counts[key];
    if (!e.counted || e.vote !== key) return { key, label: COUNT_LABELS[key], count };
    const label = `${COUNT_LABELS[key]} (${plural(count, 'member')} + the ${executiveName(e.title)})`;
    return { key, label, count: count + 1 };
  });
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

/**
 * `passed 15-0: matches the computed result` or `passed 11-4: DOES NOT MATCH
 * the computed failed 10-5`; after a broken tie, which reading of the tally
 * was compared.
 */
export function recordedLine(result: TallyResult): string | undefined {
  const step = recordedStep(result);
  if (step === undefined) return undefined;
  const record = [step.recordedResult, step.recordedTally].filter((x) => x !== null).join(' ');
  if (!step.matches) return `${record}: DOES NOT MATCH the computed ${computedWithReadings(step)}`;
  const reading = readingNote(step);
  return `${record}: matches the computed result${reading === '' ? '' : `, ${reading}`}`;
}

/** The step comparing the official record with the computed result, when there is a record. */
export function recordedStep(
  result: TallyResult,
): Extract<TallyStep, { readonly step: 'recorded' }> | undefined {
  for (const step of result.explanation) if (step.step === 'recorded') return step;
  return undefined;
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
