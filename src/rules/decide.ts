import { assert } from '../basics/assert.js';
import type { Rational } from '../basics/rational.js';
import { err, ok, type Result } from '../basics/result.js';
import type { RuleVersion, Threshold } from '../model/council.js';
import type { RecordedResult } from '../model/roll-call.js';
import { attendanceFromCounts, basisSize, type Attendance, type VoteCounts } from './attendance.js';
import {
  isSupermajorityFraction,
  parseThresholdFraction,
  type FractionProblem,
} from './fraction.js';
import { evaluateQuorum, type QuorumOutcome } from './quorum.js';
import { requiredAyes, type RequiredAyes } from './required.js';
import { requirementWorking, type RequirementWorking } from './working.js';

export type VoteResult = RecordedResult;

/** Why a rule cannot decide a vote: a fraction that is not one, or an empty list. */
export type RuleProblem = FractionProblem | { readonly code: 'rule/no-thresholds' };

/** One threshold of a rule, applied to one vote. */
export interface ThresholdOutcome {
  readonly threshold: Threshold;
  readonly fraction: Rational;
  readonly basis: number;
  readonly arithmetic: RequiredAyes;
  readonly required: number;
  readonly met: boolean;
  /** The numbers behind `required`, for the report's sentence. */
  readonly working: RequirementWorking;
}

/** Why the executive's vote did not count. */
export type ExecutiveIgnoredReason = 'not-a-tie' | 'not-allowed' | 'supermajority';

/** What became of the executive's vote. */
export type ExecutiveOutcome =
  | { readonly status: 'none' }
  | { readonly status: 'counted'; readonly vote: 'aye' | 'no' }
  | {
      readonly status: 'ignored';
      readonly vote: 'aye' | 'no';
      readonly reason: ExecutiveIgnoredReason;
    };

export interface Decision {
  readonly result: VoteResult;
  /** Ayes and noes counted, the executive's tie-breaking vote included. */
  readonly ayes: number;
  readonly noes: number;
  /** The binding requirement: the largest of the thresholds' (all must hold). */
  readonly required: number;
  /** The base size of the binding threshold. */
  readonly basis: number;
  /** Index of the binding threshold in `thresholds`. */
  readonly binding: number;
  readonly thresholds: readonly ThresholdOutcome[];
  readonly quorum: QuorumOutcome | null;
  /** The bases the thresholds were measured against (a counted executive vote included). */
  readonly attendance: Attendance;
  /** The members alone: what the quorum counts. */
  readonly membersAttendance: Attendance;
  /** The members' ayes equal their noes. */
  readonly tie: boolean;
  /** Some threshold asks for more than half. */
  readonly supermajority: boolean;
  readonly executive: ExecutiveOutcome;
}

export interface DecisionInput {
  readonly version: RuleVersion;
  readonly seats: number;
  /** Members in office on the vote's date. */
  readonly members: number;
  /** The members' votes (the executive's not included). */
  readonly counts: VoteCounts;
  /** The executive's vote, if one was cast. */
  readonly executive?: 'aye' | 'no' | undefined;
}

/** The thresholds of a rule version as a list. */
export function thresholdList(version: RuleVersion): readonly Threshold[] {
  const threshold = version.threshold;
  return isThresholdList(threshold) ? threshold : [threshold];
}

function isThresholdList(t: Threshold | readonly Threshold[]): t is readonly Threshold[] {
  return Array.isArray(t);
}

/**
 * Decides a vote under one version of a rule. Quorum first (without it the
 * result is `no-quorum`), then every threshold must hold. The executive's vote
 * counts only on a tie among the members, only where the rule allows it, and
 * never on a supermajority measure: a tie there fails regardless.
 */
export function decideVote(input: DecisionInput): Result<Decision, RuleProblem> {
  const { version, seats, members, counts } = input;
  const recusedAs = version.recused ?? 'absent';
  const membersAttendance = attendanceFromCounts({ seats, members, counts, recusedAs });

  const fractions: Rational[] = [];
  const thresholds = thresholdList(version);
  if (thresholds.length === 0) return err({ code: 'rule/no-thresholds' });
  for (const threshold of thresholds) {
    const parsed = parseThresholdFraction(threshold.fraction);
    if (!parsed.ok) return err(parsed.error);
    fractions.push(parsed.value);
  }
  const supermajority = fractions.some(isSupermajorityFraction);
  const tie = counts.aye === counts.no;

  const executive = executiveOutcome(input.executive, {
    tie,
    supermajority,
    allowed: version.executive_tie_vote === true,
  });
  const ayes = counts.aye + (executive.status === 'counted' && executive.vote === 'aye' ? 1 : 0);
  const noes = counts.no + (executive.status === 'counted' && executive.vote === 'no' ? 1 : 0);
  // A counted tie-breaking vote is cast by one more participant: it joins
  // `present`, `voting` and `eligible`, never `seats` or `members`.
  const executiveCounted = executive.status === 'counted' ? 1 : 0;
  const attendance: Attendance = {
    ...membersAttendance,
    present: membersAttendance.present + executiveCounted,
    voting: ayes + noes,
    executive: executiveCounted,
  };

  const outcomes: ThresholdOutcome[] = [];
  thresholds.forEach((threshold, index) => {
    const fraction = fractions[index];
    if (fraction === undefined) return;
    const basis = basisSize(threshold.of, attendance);
    const arithmetic = requiredAyes({
      fraction,
      compare: threshold.compare,
      basis,
      ...(threshold.minimum === undefined ? {} : { minimum: threshold.minimum }),
    });
    outcomes.push({
      threshold,
      fraction,
      basis,
      arithmetic,
      required: arithmetic.required,
      met: ayes >= arithmetic.required,
      working: requirementWorking(threshold, attendance, basis, arithmetic),
    });
  });

  let quorum: QuorumOutcome | null = null;
  if (version.quorum !== undefined) {
    // a quorum counts members only
    const evaluated = evaluateQuorum(version.quorum, membersAttendance);
    if (!evaluated.ok) return err(evaluated.error);
    quorum = evaluated.value;
  }

  let binding = 0;
  outcomes.forEach((o, i) => {
    const current = outcomes[binding];
    if (current !== undefined && o.required > current.required) binding = i;
  });
  const bound = outcomes[binding];
  const required = bound?.required ?? 1;
  const basis = bound?.basis ?? 0;

  const result = resultOf({ quorum, tie, supermajority, met: outcomes.every((o) => o.met) });

  return ok({
    result,
    ayes,
    noes,
    required,
    basis,
    binding,
    thresholds: outcomes,
    quorum,
    attendance,
    membersAttendance,
    tie,
    supermajority,
    executive,
  });
}

function executiveOutcome(
  vote: 'aye' | 'no' | undefined,
  context: { readonly tie: boolean; readonly supermajority: boolean; readonly allowed: boolean },
): ExecutiveOutcome {
  if (vote === undefined) return { status: 'none' };
  if (!context.tie) return { status: 'ignored', vote, reason: 'not-a-tie' };
  if (!context.allowed) return { status: 'ignored', vote, reason: 'not-allowed' };
  if (context.supermajority) return { status: 'ignored', vote, reason: 'supermajority' };
  return { status: 'counted', vote };
}

/** Quorum first, then a tie on a supermajority measure fails, then every threshold must hold. */
function resultOf(vote: {
  readonly quorum: QuorumOutcome | null;
  readonly tie: boolean;
  readonly supermajority: boolean;
  /** Every threshold met. */
  readonly met: boolean;
}): VoteResult {
  if (vote.quorum !== null && !vote.quorum.met) return 'no-quorum';
  if (vote.tie && vote.supermajority) return 'failed';
  return vote.met ? 'passed' : 'failed';
}

/**
 * What `decideVote` says of the same vote with the members' ayes and noes
 * split otherwise (their sum, and so every base, the same), where no
 * executive's vote was counted: for deciding many splits of one attendance
 * (whip projections) with one full decision.
 */
export function redecide(decision: Decision, ayes: number, noes: number): VoteResult {
  assert(decision.executive.status !== 'counted', 'redecide: an executive vote was counted');
  assert(ayes + noes === decision.ayes + decision.noes, 'redecide: another number voting');
  return resultOf({
    quorum: decision.quorum,
    tie: ayes === noes,
    supermajority: decision.supermajority,
    met: decision.thresholds.every((t) => ayes >= t.required),
  });
}
