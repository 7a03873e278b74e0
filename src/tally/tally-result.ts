import type { Base, Compare } from '../model/council.js';
import type { RecordedResult, VoteValue } from '../model/roll-call.js';
import type { ExecutiveIgnoredReason, VoteResult } from '../rules/decide.js';
import type { TallyCounts } from './counts.js';
import type { TallyReading } from './recorded.js';
import type { TallyStep, TallyWarning } from './tally-steps.js';

/** One member in office on the vote's date, with the vote recorded for them. */
export interface TallyMember {
  readonly id: string;
  readonly name: string;
  readonly district: string | null;
  readonly role: string | null;
  /** Null when the roll call has no vote for a member in office (an error `validate` reports). */
  readonly vote: VoteValue | null;
}

export interface TallyRule {
  readonly id: string;
  readonly title: string | null;
  readonly citation: string | null;
  readonly source: string | null;
  /** As written in the rule; null when the rule does not say. */
  readonly verified: boolean | null;
  /** The version in force on the vote's date. */
  readonly version: {
    /** 1-based position in the rule's list of versions. */
    readonly number: number;
    readonly of: number;
    readonly effective: string | null;
    readonly until: string | null;
  };
  readonly recused: 'absent' | 'present';
  readonly executiveTieVote: boolean;
}

/** One threshold applied to this vote. */
export interface TallyThreshold {
  readonly fraction: string;
  readonly of: Base;
  readonly compare: Compare;
  readonly minimum: number | null;
  readonly basis: number;
  /** fraction × basis, exactly, as `p/q` or a whole number. */
  readonly product: string;
  readonly required: number;
  readonly met: boolean;
  /** True for the threshold that sets `required` (the largest). */
  readonly binding: boolean;
}

export interface TallyQuorum {
  readonly fraction: string;
  readonly of: 'seats' | 'members';
  readonly compare: Compare;
  readonly basis: number;
  readonly required: number;
  readonly present: number;
  readonly met: boolean;
}

export interface TallyExecutive {
  readonly title: string | null;
  readonly name: string | null;
  /** The executive's vote as written in the roll call. */
  readonly vote: 'aye' | 'no' | null;
  readonly counted: boolean;
  /** Why a vote that was cast did not count. */
  readonly ignoredBecause: ExecutiveIgnoredReason | null;
}

export interface TallyRecorded {
  readonly result: RecordedResult | null;
  readonly tally: string | null;
  /** True when every recorded field given agrees with the computed one. */
  readonly matches: boolean;
  readonly resultMatches: boolean | null;
  readonly tallyMatches: boolean | null;
  /** The reading the recorded tally matched; null when it matched none, or there is no tally. */
  readonly tallyReading: TallyReading | null;
}

/**
 * What became of a tie among the members (`ayes` each way): broken by the
 * executive's vote, open to an executive who cast none, failed as a
 * supermajority measure, or left as it is by a rule without a tie vote.
 */
export type TallyTieBreak =
  | { readonly status: 'broken'; readonly ayes: number; readonly vote: 'aye' | 'no' }
  | {
      readonly status: 'not-cast';
      readonly ayes: number;
      /** Whether an aye from the executive would have passed the measure. */
      readonly ayeWouldPass: boolean;
    }
  | { readonly status: 'supermajority'; readonly ayes: number }
  | { readonly status: 'no-tie-vote'; readonly ayes: number };

/**
 * Everything a tally report shows, computed once. Plain data only (no
 * bigints, no classes): every renderer is a function of this value.
 */
export interface TallyResult {
  readonly rollCall: {
    readonly id: string;
    readonly date: string;
    readonly motion: string | null;
    readonly measure: string | null;
    readonly sources: readonly string[];
  };
  readonly council: {
    readonly id: string;
    readonly name: string;
    readonly seats: number;
  };
  readonly measure: { readonly id: string; readonly title: string; readonly type: string } | null;
  readonly directive: { readonly id: string; readonly title: string } | null;
  readonly hypothetical: boolean;
  /** Whether the roll call names each member's vote or gives only the counts. */
  readonly source: 'votes' | 'counts';
  /** Members in office, in roster order; empty for a count-only roll call. */
  readonly members: readonly TallyMember[];
  /** Members in office with no vote in the roll call. */
  readonly missing: readonly string[];
  /** Voters who are not members in office on the date (not counted). */
  readonly notInOffice: readonly string[];
  readonly counts: TallyCounts;
  readonly seats: number;
  readonly inOffice: number;
  readonly vacancies: number;
  readonly present: number;
  readonly rule: TallyRule;
  readonly result: VoteResult;
  /** Ayes and noes counted, the executive's tie-breaking vote included. */
  readonly ayes: number;
  readonly noes: number;
  readonly required: number;
  readonly basis: number;
  /** Ayes minus required: negative when short. */
  readonly margin: number;
  readonly thresholds: readonly TallyThreshold[];
  readonly quorum: TallyQuorum | null;
  /** The members' ayes equal their noes. */
  readonly tie: boolean;
  /** What became of the tie; null when there is none. */
  readonly tieBreak: TallyTieBreak | null;
  readonly executive: TallyExecutive;
  readonly recorded: TallyRecorded | null;
  /** Things a reader must not miss: an unverified rule, an ignored executive vote. */
  readonly warnings: readonly TallyWarning[];
  /** The arithmetic, step by step, in order. */
  readonly explanation: readonly TallyStep[];
}
