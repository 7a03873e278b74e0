import type { Rational } from '../basics/rational.js';
import type { Base, Compare } from '../model/council.js';
import type { Stance } from '../model/whip-count.js';
import type { VoteResult } from '../rules/decide.js';
import type { TallyRule } from './tally-result.js';
import type { Persuasion } from './whip-persuade.js';
import type { WhipAssumption, WhipVoter } from './whip-voters.js';

/** One line of a whip count (a member, a bloc, the uncovered rest), with what the projection found. */
export interface WhipLine extends WhipVoter {
  /** The chance each member of the line votes aye: attendance × probability, or 1 or 0 for a what-if. */
  readonly ayeChance: Rational;
  /** The chance of passage if one member of the line were a certain aye. */
  readonly passIfWon: Rational;
  /** `passIfWon` minus today's chance of passage: how much winning one member is worth. */
  readonly gain: Rational;
}

export interface WhipDistributionEntry {
  readonly ayes: number;
  readonly probability: Rational;
  /** The chance of passage given exactly this many ayes; null when the count cannot happen. */
  readonly passGiven: Rational | null;
}

/** An extreme of the projection: the most (or fewest) ayes that can happen, and the best (or worst) result then. */
export interface WhipCase {
  readonly ayes: number;
  readonly result: VoteResult;
}

/** The chance of passage under one reading of the rule's fraction (SPEC 1.2 bases × comparisons). */
export interface WhipReading {
  readonly fraction: string;
  readonly of: Base;
  readonly compare: Compare;
  readonly minimum: number | null;
  readonly chance: Rational;
  /** The ayes needed over the outcomes that can happen with a quorum: fewest and most. */
  readonly required: { readonly min: number; readonly max: number } | null;
  /** The rule as written reads so (one threshold, this base and comparison). */
  readonly asWritten: boolean;
}

export interface WhipExecutive {
  readonly title: string | null;
  readonly name: string | null;
  readonly stance: Stance;
  /** The chance the executive breaks a tie with an aye. */
  readonly chance: Rational;
  readonly note: string | null;
  /** Whether the tie-breaking vote is part of the projection. */
  readonly counted: boolean;
  readonly ignoredBecause: 'not-allowed' | 'no-executive' | null;
}

export type WhipWarning =
  | { readonly code: 'hypothetical' }
  | { readonly code: 'unverified-rule'; readonly rule: string }
  | { readonly code: 'executive-ignored'; readonly reason: 'not-allowed' | 'no-executive' }
  | { readonly code: 'persuade-not-proven'; readonly fewest: boolean; readonly cheapest: boolean };

export interface WhipThreshold {
  readonly fraction: string;
  readonly of: Base;
  readonly compare: Compare;
  readonly minimum: number | null;
}

/**
 * Everything a whip report shows, computed once; exact fractions are in
 * lowest terms. Renderers write the sentences.
 */
export interface WhipProjection {
  readonly whip: {
    readonly id: string;
    readonly asOf: string;
    readonly measure: string | null;
    readonly sources: readonly string[];
  };
  readonly council: { readonly id: string; readonly name: string };
  readonly measure: { readonly id: string; readonly title: string; readonly type: string } | null;
  readonly hypothetical: boolean;
  readonly seats: number;
  readonly inOffice: number;
  readonly vacancies: number;
  readonly rule: TallyRule;
  readonly thresholds: readonly WhipThreshold[];
  readonly quorum: (WhipThreshold & { readonly required: number }) | null;
  readonly executive: WhipExecutive | null;
  readonly whatIf: {
    readonly assumptions: readonly WhipAssumption[];
    readonly attendance: Rational | null;
  };
  readonly target: Rational;
  /** The chance the measure passes. */
  readonly chance: Rational;
  /** The chance a quorum is present: 1 without a quorum rule. */
  readonly quorumChance: Rational;
  readonly outcomes: {
    readonly passed: Rational;
    readonly failed: Rational;
    readonly noQuorum: Rational;
  };
  readonly expectedAyes: Rational;
  /** The count of ayes with the largest chance (the smallest such count on a tie). */
  readonly mostLikelyAyes: number;
  /** The chance of each count of ayes, 0 to the members in office. */
  readonly distribution: readonly WhipDistributionEntry[];
  /** The ayes needed over the outcomes that can happen with a quorum: fewest and most; null when none can. */
  readonly required: { readonly min: number; readonly max: number } | null;
  readonly best: WhipCase;
  readonly worst: WhipCase;
  readonly lines: readonly WhipLine[];
  readonly persuade: Persuasion;
  readonly readings: readonly WhipReading[] | null;
  /** Whether the outcome was tracked as ayes alone or as ayes and members present. */
  readonly tracked: 'ayes' | 'ayes-and-present';
  readonly warnings: readonly WhipWarning[];
}
