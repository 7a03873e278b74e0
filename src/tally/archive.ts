import type { OrdinanceStatus, OrdinanceType } from '../model/ordinance.js';
import { buildMemberRecords, type AgreementRow, type MemberRecord } from './member-records.js';
import type { TallyResult } from './tally-result.js';

/** What a report of an archive is made from: every council, measure and roll call found. */
export interface ArchiveInput {
  readonly councils: readonly ArchiveCouncil[];
  readonly measures: readonly ArchiveMeasure[];
  readonly rollCalls: readonly ArchiveRollCall[];
  /** Files with errors in documents that are not roll calls (or could not be read at all). */
  readonly otherProblemFiles: readonly string[];
}

export interface ArchiveCouncil {
  readonly id: string;
  readonly name: string;
  readonly jurisdiction: string | null;
  readonly seats: number;
  /** Every member ever on the roster, in roster order. */
  readonly members: readonly ArchiveMember[];
}

export interface ArchiveMember {
  readonly id: string;
  readonly name: string;
  readonly district: string | null;
}

export interface ArchiveMeasure {
  readonly id: string;
  readonly council: string;
  readonly title: string;
  readonly type: OrdinanceType;
  readonly status: OrdinanceStatus;
  readonly introduced: string | null;
  readonly hypothetical: boolean;
}

/** A problem that stops a roll call being tallied, where it is. */
export interface ArchiveProblem {
  readonly code: string;
  readonly message: string;
  readonly file: string;
  readonly line: number | null;
  readonly column: number | null;
}

export type ArchiveRollCall = TalliedRollCall | UntalliedRollCall;

export interface TalliedRollCall {
  readonly status: 'tallied';
  readonly file: string;
  readonly tally: TallyResult;
}

/** A roll call whose files have errors: listed with why, never left out. */
export interface UntalliedRollCall {
  readonly status: 'not-tallied';
  readonly file: string;
  /** What could be read of it; null where even that is wrong. */
  readonly id: string | null;
  readonly council: string | null;
  readonly date: string | null;
  readonly measure: string | null;
  readonly motion: string | null;
  readonly hypothetical: boolean;
  readonly problems: readonly ArchiveProblem[];
}

export interface ArchiveFilter {
  readonly from?: string | undefined;
  readonly to?: string | undefined;
  readonly measure?: string | undefined;
}

/** A report of an archive, as data: every renderer is a function of this value. */
export interface ArchiveReport {
  readonly filter: {
    readonly from: string | null;
    readonly to: string | null;
    readonly measure: string | null;
  };
  readonly totals: ArchiveTotals;
  readonly councils: readonly CouncilReport[];
  /** Every roll call that could not be tallied, in date order (those without a date last). */
  readonly notTallied: readonly UntalliedRollCall[];
  readonly otherProblemFiles: readonly string[];
}

export interface ArchiveTotals {
  readonly rollCalls: number;
  readonly tallied: number;
  readonly notTallied: number;
  readonly hypothetical: number;
  /** Tallied roll calls whose recorded result disagrees with the computed one. */
  readonly mismatches: number;
  readonly unverifiedRules: number;
}

export interface CouncilReport {
  readonly council: Omit<ArchiveCouncil, 'members'>;
  /** Measures with their roll calls, by the date of their first roll call. */
  readonly measures: readonly MeasureReport[];
  /** Roll calls that name no measure (or one not in the archive), in date order. */
  readonly otherRollCalls: readonly ArchiveRollCall[];
  /** Members who were in office for a roll call with named votes, in roster order. */
  readonly members: readonly MemberRecord[];
  /** Row i, column j: how often member i and member j voted alike. */
  readonly agreement: readonly AgreementRow[];
  /** Roll calls with both ayes and noes among the members, in date order. */
  readonly divided: readonly DividedVote[];
  /** Tallied roll calls that give only counts: no member's record includes them. */
  readonly countOnly: number;
}

export interface MeasureReport {
  readonly measure: ArchiveMeasure;
  /** In date order. */
  readonly rollCalls: readonly ArchiveRollCall[];
}

export interface DividedVote {
  readonly rollCall: string;
  readonly date: string;
  readonly measure: string | null;
  readonly hypothetical: boolean;
  readonly result: TallyResult['result'];
  readonly ayes: number;
  readonly noes: number;
  /** Members' ids by side; empty when only the counts are known. */
  readonly ayeMembers: readonly string[];
  readonly noMembers: readonly string[];
  /** The side that lost (`no` when it passed, `aye` when it failed); null without quorum. */
  readonly losingSide: 'aye' | 'no' | null;
  /** The executive's tie-breaking vote, when it counted. */
  readonly executive: 'aye' | 'no' | null;
}

/**
 * The report of an archive: the roll calls within the filter, grouped by
 * council and measure in date order, with every member's record and the
 * divided votes. A pure function of its input.
 */
export function buildArchiveReport(input: ArchiveInput, filter: ArchiveFilter): ArchiveReport {
  const rollCalls = input.rollCalls.filter((r) => withinFilter(r, filter)).sort(byDate);
  const measureIds = new Set(input.measures.map((m) => m.id));
  const councils = [...input.councils]
    .sort((a, b) => compareText(a.id, b.id))
    .map((council) => buildCouncilReport(council, input.measures, measureIds, rollCalls, filter))
    .filter((c) => c.measures.length > 0 || c.otherRollCalls.length > 0);

  const tallied = rollCalls.flatMap((r) => (r.status === 'tallied' ? [r.tally] : []));
  const notTallied = rollCalls.filter((r): r is UntalliedRollCall => r.status === 'not-tallied');
  return {
    filter: {
      from: filter.from ?? null,
      to: filter.to ?? null,
      measure: filter.measure ?? null,
    },
    totals: {
      rollCalls: rollCalls.length,
      tallied: tallied.length,
      notTallied: notTallied.length,
      hypothetical: rollCalls.filter(isHypothetical).length,
      mismatches: tallied.filter((t) => t.recorded !== null && !t.recorded.matches).length,
      unverifiedRules: tallied.filter((t) => t.rule.verified === false).length,
    },
    councils,
    notTallied,
    otherProblemFiles: input.otherProblemFiles,
  };
}

function buildCouncilReport(
  council: ArchiveCouncil,
  measures: readonly ArchiveMeasure[],
  measureIds: ReadonlySet<string>,
  rollCalls: readonly ArchiveRollCall[],
  filter: ArchiveFilter,
): CouncilReport {
  const own = rollCalls.filter((r) => councilOf(r) === council.id);
  const measureReports = measures
    .filter((m) => m.council === council.id)
    .filter((m) => filter.measure === undefined || m.id === filter.measure)
    .map((measure) => ({
      measure,
      rollCalls: own.filter((r) => measureOf(r) === measure.id),
    }))
    // With dates to keep to, a measure with no roll call between them is left out.
    .filter((m) => m.rollCalls.length > 0 || (filter.from === undefined && filter.to === undefined))
    .sort(
      (a, b) => compareText(firstDate(a), firstDate(b)) || compareText(a.measure.id, b.measure.id),
    );
  const otherRollCalls = own.filter((r) => {
    const measure = measureOf(r);
    return measure === null || !measureIds.has(measure);
  });
  const tallies = own.flatMap((r) => (r.status === 'tallied' ? [r.tally] : []));
  const { members, agreement } = buildMemberRecords(council.members, tallies);
  return {
    council: {
      id: council.id,
      name: council.name,
      jurisdiction: council.jurisdiction,
      seats: council.seats,
    },
    measures: measureReports,
    otherRollCalls,
    members,
    agreement,
    divided: tallies.filter((t) => t.counts.aye > 0 && t.counts.no > 0).map(dividedVote),
    countOnly: tallies.filter((t) => t.source === 'counts').length,
  };
}

function dividedVote(t: TallyResult): DividedVote {
  const idsVoting = (vote: 'aye' | 'no'): string[] =>
    t.members.filter((m) => m.vote === vote).map((m) => m.id);
  return {
    rollCall: t.rollCall.id,
    date: t.rollCall.date,
    measure: t.rollCall.measure,
    hypothetical: t.hypothetical,
    result: t.result,
    ayes: t.counts.aye,
    noes: t.counts.no,
    ayeMembers: idsVoting('aye'),
    noMembers: idsVoting('no'),
    losingSide: t.result === 'passed' ? 'no' : t.result === 'failed' ? 'aye' : null,
    executive: t.executive.counted ? t.executive.vote : null,
  };
}

function withinFilter(r: ArchiveRollCall, filter: ArchiveFilter): boolean {
  const date = dateOf(r);
  if (filter.measure !== undefined && measureOf(r) !== filter.measure) return false;
  if (date === null) return filter.from === undefined && filter.to === undefined;
  if (filter.from !== undefined && date < filter.from) return false;
  if (filter.to !== undefined && date > filter.to) return false;
  return true;
}

export function dateOf(r: ArchiveRollCall): string | null {
  return r.status === 'tallied' ? r.tally.rollCall.date : r.date;
}

export function measureOf(r: ArchiveRollCall): string | null {
  return r.status === 'tallied' ? r.tally.rollCall.measure : r.measure;
}

export function idOf(r: ArchiveRollCall): string | null {
  return r.status === 'tallied' ? r.tally.rollCall.id : r.id;
}

function councilOf(r: ArchiveRollCall): string | null {
  return r.status === 'tallied' ? r.tally.council.id : r.council;
}

function isHypothetical(r: ArchiveRollCall): boolean {
  return r.status === 'tallied' ? r.tally.hypothetical : r.hypothetical;
}

/** Date order; then id; then file: the same order on every run. Undated roll calls last. */
function byDate(a: ArchiveRollCall, b: ArchiveRollCall): number {
  const da = dateOf(a);
  const db = dateOf(b);
  if (da !== db) return da === null ? 1 : db === null ? -1 : compareText(da, db);
  return compareText(idOf(a) ?? '', idOf(b) ?? '') || compareText(a.file, b.file);
}

function firstDate(m: MeasureReport): string {
  const dates = m.rollCalls.map(dateOf).filter((d) => d !== null);
  return dates[0] ?? m.measure.introduced ?? '9999-99-99';
}

function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
