import { throwIllegalValue } from '../basics/assert.js';
import { formatTally } from '../tally/recorded.js';
import type { TallyResult } from '../tally/tally-result.js';
import type { RecordedExecutive, TallyStep } from '../tally/tally-steps.js';

/** The executive's tie-breaking vote in words: the tie, the row it gets, the readings of a record. */

/** `Mayor`, or `executive` when the council gives no title. */
export function executiveName(title: string | null): string {
  return title ?? 'executive';
}

/** `the Mayor's tie-breaking aye`. */
function tieBreakingVote(executive: RecordedExecutive): string {
  return `the ${executiveName(executive.title)}'s tie-breaking ${executive.vote}`;
}

/** The members tied; the rule lets the executive break the tie, but no executive vote is recorded. */
export function describeTieNotBroken(
  step: Extract<TallyStep, { readonly step: 'tie-not-broken' }>,
): string {
  const name = executiveName(step.executive);
  return (
    `The members tied ${formatTally(step.ayes, step.noes)}; the rule lets the ${name} break a tie, ` +
    `but no executive vote is recorded: ${step.ayeWouldPass ? '' : 'even '}an aye from the ${name} ` +
    `would ${step.ayeWouldPass ? '' : 'not '}have passed it.`
  );
}

/** The warning for the same. */
export function describeTieNotBrokenWarning(
  title: string | null,
  ayes: number,
  noes: number,
): string {
  const name = executiveName(title);
  return (
    `The members tied ${formatTally(ayes, noes)} and the rule lets the ${name} break a tie, but the ` +
    `roll call records no executive vote: if the ${name} voted, add "executive: aye" or "executive: no".`
  );
}

/** The official record against the computed result, naming the reading of the tally compared. */
export function describeRecordedStep(
  step: Extract<TallyStep, { readonly step: 'recorded' }>,
): string {
  const record = [step.recordedResult, step.recordedTally].filter((x) => x !== null).join(' ');
  if (record === '') return 'Recorded: nothing to compare.';
  if (!step.matches) {
    return `Recorded: ${record}, but the computed result is ${computedWithReadings(step)}: they disagree.`;
  }
  const reading = readingNote(step);
  return `Recorded: ${record}, which matches the computed result${reading === '' ? '' : `, ${reading}`}.`;
}

/**
 * `passed 3-3 (4-3 with the Mayor's tie-breaking aye)`: the computed result
 * with every reading of its tally.
 */
export function computedWithReadings(
  step: Extract<TallyStep, { readonly step: 'recorded' }>,
): string {
  const members = `${step.result} ${formatTally(step.ayes, step.noes)}`;
  const e = step.executive;
  return e === null
    ? members
    : `${members} (${formatTally(e.ayes, e.noes)} with ${tieBreakingVote(e)})`;
}

/**
 * Which reading of the tally a matching record was compared with, when the
 * executive's counted vote gives two; empty when there is only one.
 */
export function readingNote(step: Extract<TallyStep, { readonly step: 'recorded' }>): string {
  const e = step.executive;
  if (e === null || step.tallyReading === null) return '';
  const members = formatTally(step.ayes, step.noes);
  switch (step.tallyReading) {
    case 'members':
      return `its tally read as the members' votes alone (${members}, without ${tieBreakingVote(e)})`;
    case 'with-executive':
      return `its tally read with ${tieBreakingVote(e)} counted (${formatTally(e.ayes, e.noes)}; the members tied ${members})`;
    default:
      return throwIllegalValue(step.tallyReading, 'tally reading');
  }
}

/**
 * What the tie did to the verdict, or undefined without a tie (or without a
 * quorum, when the vote does not count whatever the tie).
 */
export function tieVerdictNote(result: TallyResult): string | undefined {
  const tie = result.tieBreak;
  if (tie === null || result.result === 'no-quorum') return undefined;
  const score = formatTally(tie.ayes, tie.ayes);
  const name = executiveName(result.executive.title);
  switch (tie.status) {
    case 'broken':
      return `the ${name}'s ${tie.vote} broke a ${score} tie`;
    case 'not-cast':
      return `a ${score} tie the ${name} may break, with no executive vote recorded`;
    case 'supermajority':
      return `a ${score} tie fails on a supermajority measure`;
    case 'no-tie-vote':
      return `a ${score} tie, which nobody may break under this rule`;
    default:
      return throwIllegalValue(tie, 'tie break');
  }
}

/** The executive as one more row of a members table, when a vote is recorded. */
export interface ExecutiveRow {
  readonly name: string;
  /** The executive's title: `Mayor`. */
  readonly role: string;
  readonly vote: 'aye' | 'no';
  /** `aye, breaks the 3-3 tie` or `aye, not counted`. */
  readonly label: string;
}

export function executiveRow(result: TallyResult): ExecutiveRow | undefined {
  const e = result.executive;
  if (e.vote === null) return undefined;
  const role = e.title ?? 'Executive';
  const tie = result.tieBreak;
  const label =
    e.counted && tie !== null
      ? `${e.vote}, breaks the ${formatTally(tie.ayes, tie.ayes)} tie`
      : `${e.vote}, not counted`;
  return { name: e.name ?? role, role, vote: e.vote, label };
}
