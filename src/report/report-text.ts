import {
  dateOf,
  idOf,
  type ArchiveMeasure,
  type ArchiveProblem,
  type ArchiveReport,
  type ArchiveRollCall,
  type CouncilReport,
  type DividedVote,
  type UntalliedRollCall,
} from '../tally/archive.js';
import type { MemberRecord } from '../tally/member-records.js';
import type { TallyResult } from '../tally/tally-result.js';
import { resultWord } from './tally-text.js';

/** Phrases shared by the markdown and HTML reports of an archive. */

export const REPORT_TITLE = 'Roll-call report';

/** `3 roll calls from 2023-07-11 to 2026-03-24, all tallied.` */
export function reportSummary(report: ArchiveReport): string {
  const t = report.totals;
  const dates = report.councils
    .flatMap((c) => [...c.measures.flatMap((m) => m.rollCalls), ...c.otherRollCalls])
    .concat(report.notTallied)
    .map(dateOf)
    .filter((d): d is string => d !== null)
    .sort();
  const span =
    dates.length === 0 ? '' : ` from ${dates[0] ?? ''} to ${dates[dates.length - 1] ?? ''}`;
  const tallied =
    t.notTallied === 0
      ? t.rollCalls === 0
        ? ''
        : t.rollCalls === 1
          ? ', tallied'
          : ', all tallied'
      : `; ${t.tallied} tallied, ${t.notTallied} NOT tallied because of errors in their files`;
  return `${plural(t.rollCalls, 'roll call')}${span}${tallied}.`;
}

/** `Only roll calls from 2024-01-01 to 2024-12-31, on measure 230359.` or undefined without filters. */
export function filterLine(report: ArchiveReport): string | undefined {
  const { from, to, measure } = report.filter;
  const parts: string[] = [];
  if (from !== null && to !== null) parts.push(`from ${from} to ${to}`);
  else if (from !== null) parts.push(`on or after ${from}`);
  else if (to !== null) parts.push(`on or before ${to}`);
  if (measure !== null) parts.push(`on measure ${measure}`);
  return parts.length === 0 ? undefined : `Only roll calls ${parts.join(', ')}.`;
}

/** The warnings at the top of a report: hypothetical roll calls, then everything else to check. */
export function reportWarnings(report: ArchiveReport): {
  readonly hypothetical: string | undefined;
  readonly cautions: readonly string[];
} {
  const t = report.totals;
  const hypothetical =
    t.hypothetical === 0
      ? undefined
      : `${t.hypothetical} of the ${plural(t.rollCalls, 'roll call')} ${t.hypothetical === 1 ? 'is a scenario' : 'are scenarios'}, not official records; each is marked HYPOTHETICAL.`;
  const cautions: string[] = [];
  if (t.unverifiedRules > 0) {
    cautions.push(
      `${t.unverifiedRules} of the ${plural(t.tallied, 'tallied roll call')} ${t.unverifiedRules === 1 ? 'was' : 'were'} decided under a rule marked verified: false: its threshold has not been checked against the law it cites.`,
    );
  }
  if (t.mismatches > 0) {
    cautions.push(
      `${plural(t.mismatches, 'official record')} ${t.mismatches === 1 ? 'disagrees' : 'disagree'} with the result computed from the votes and the rule.`,
    );
  }
  if (t.notTallied > 0) {
    cautions.push(
      `${plural(t.notTallied, 'roll call')} could not be tallied because of errors in ${t.notTallied === 1 ? 'its' : 'their'} files; see "Not tallied".`,
    );
  }
  if (report.otherProblemFiles.length > 0) {
    cautions.push(
      `${plural(report.otherProblemFiles.length, 'other file')} ${report.otherProblemFiles.length === 1 ? 'has' : 'have'} errors not shown here; run overrule validate.`,
    );
  }
  return { hypothetical, cautions };
}

/** `Type: substitute resolution. Status: adopted. Introduced: 2023-06-20.` */
export function measureAbout(m: ArchiveMeasure): string {
  const introduced = m.introduced === null ? '' : ` Introduced: ${m.introduced}.`;
  return `Type: ${m.type.replace('-', ' ')}. Status: ${m.status}.${introduced}`;
}

/** `2023-07-11: Adopt substitute resolution 230359 (…)`, or the roll call's id without a motion. */
export function rollCallHeading(r: ArchiveRollCall): string {
  const date = dateOf(r) ?? 'undated';
  const motion = r.status === 'tallied' ? r.tally.rollCall.motion : r.motion;
  const hypothetical = (r.status === 'tallied' ? r.tally.hypothetical : r.hypothetical)
    ? ' (HYPOTHETICAL)'
    : '';
  return `${date}${hypothetical}: ${motion ?? `roll call ${idOf(r) ?? `in ${r.file}`}`}`;
}

/** `PASSED 15–0` (members' ayes and noes; the executive's tie-break counts in `ayes`). */
export function verdictShort(t: TallyResult): string {
  return `${resultWord(t)} ${t.ayes}–${t.noes}`;
}

/** `15 ayes, 8 required (more than 1/2 of 15 voting), margin +7`. */
export function requiredLine(t: TallyResult): string {
  const binding = t.thresholds.find((x) => x.binding);
  const how =
    binding === undefined
      ? ''
      : ` (${binding.compare === 'at-least' ? 'at least' : 'more than'} ${binding.fraction} of ${binding.basis} ${baseWord(binding.of)})`;
  const margin = t.margin > 0 ? `+${t.margin}` : String(t.margin);
  const quorum =
    t.quorum !== null && !t.quorum.met
      ? `; only ${t.quorum.present} present, ${t.quorum.required} needed for a quorum`
      : '';
  const executive =
    t.executive.counted && t.executive.vote !== null
      ? ` (the ${t.executive.title ?? 'executive'}'s tie-breaking ${t.executive.vote} included)`
      : '';
  return `${plural(t.ayes, 'aye')}${executive}, ${t.required} required${how}, margin ${margin}${quorum}`;
}

function baseWord(base: string): string {
  switch (base) {
    case 'seats':
      return 'seats';
    case 'members':
      return 'members in office';
    case 'eligible':
      return 'eligible members';
    case 'present':
      return 'present';
    default:
      return 'voting';
  }
}

/** `file:12:3: message (code)`. */
export function problemLine(p: ArchiveProblem): string {
  const where = p.line === null ? p.file : `${p.file}:${p.line}:${p.column ?? 1}`;
  return `${where}: ${p.message} (${p.code})`;
}

/** `not tallied: 2 errors, the first: …`. */
export function notTalliedLine(r: UntalliedRollCall): string {
  const first = r.problems[0];
  return first === undefined
    ? 'NOT TALLIED: its file has errors'
    : `NOT TALLIED: ${r.problems.length === 1 ? '' : `${r.problems.length} errors, the first: `}${problemLine(first)}`;
}

/** Names of members by id, for one council. */
export function memberNames(council: CouncilReport): (id: string) => string {
  const names = new Map(council.members.map((m) => [m.id, m.name]));
  return (id) => names.get(id) ?? id;
}

/** `passed 10–5, counts only` / `failed 3–4: voted aye, on the losing side: …`. */
export function dividedLine(d: DividedVote, name: (id: string) => string): string {
  const tieBreak =
    d.executive === null ? '' : ` (the tie broken by the executive's ${d.executive})`;
  const verdict = `${d.result === 'no-quorum' ? 'no quorum' : d.result} ${d.ayes}–${d.noes}${tieBreak}`;
  if (d.ayeMembers.length === 0 && d.noMembers.length === 0) {
    return `${verdict}; only the counts are known, no member is named`;
  }
  const list = (ids: readonly string[]): string =>
    ids.length === 0 ? 'nobody' : ids.map(name).join(', ');
  return `${verdict}; aye: ${list(d.ayeMembers)}; no: ${list(d.noMembers)}`;
}

/** `15 of 15 (100%)`, `none` of nothing. */
export function share(part: number, whole: number): string {
  if (whole === 0) return 'none';
  return `${part} of ${whole} (${Math.round((100 * part) / whole)}%)`;
}

/** A cell of the agreement matrix: `100%`, or `–` when the two never both voted. */
export function agreementCell(agreed: number, together: number): string {
  return together === 0 ? '–' : `${Math.round((100 * agreed) / together)}%`;
}

/** What each column of the member record means, for the notes under it. */
export const MEMBER_NOTES: readonly string[] = [
  'A member is counted only for roll calls that name each member’s vote while they were in office; roll calls of counts alone name nobody.',
  'Votes cast are ayes and noes. Attendance counts every roll call at which the member was recorded with any vote but excused or absent.',
  'On the losing side: an aye on a measure that failed, or a no on one that passed. Roll calls without a quorum have no losing side.',
  'Agreement: of the roll calls on which both members voted aye or no, the share on which they voted alike.',
];

export function otherVotes(m: MemberRecord): number {
  return m.rollCalls - m.cast - m.votes.excused - m.votes.absent;
}

export function plural(n: number, word: string): string {
  return `${n} ${n === 1 ? word : `${word}s`}`;
}
