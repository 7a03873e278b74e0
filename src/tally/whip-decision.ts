import { assert } from '../basics/assert.js';
import type { Rational } from '../basics/rational.js';
import { err, ok, type Result } from '../basics/result.js';
import type { RuleVersion } from '../model/council.js';
import {
  decideVote,
  redecide,
  thresholdList,
  type Decision,
  type RuleProblem,
} from '../rules/decide.js';
import type { VoteCounts } from '../rules/attendance.js';
import type { Chance } from './whip-chances.js';
import { forEachState, presentIn, type AyeDistribution } from './whip-distribution.js';

/**
 * Each outcome of a whip count decided by the rule engine that decides a
 * roll call (src/rules/decide.ts), so that `whip` and `tally` never disagree
 * about one outcome. An outcome is the members' ayes and how many are
 * present; the others present voted no and the rest are absent. The engine
 * is asked once per outcome and the answer kept.
 */
export interface OutcomeDecision {
  /** The chance of passage in this outcome, over the table's `denominator`: 0 or all of it, unless the executive may break a tie. */
  readonly pass: bigint;
  readonly quorumMet: boolean;
  /** Members present needed for a quorum; null without a quorum rule. */
  readonly quorumRequired: number | null;
  /** The ayes the binding threshold asks for (the executive's vote not counted). */
  readonly required: number;
  /** Passing is possible (the executive may vote aye on a tie). */
  readonly canPass: boolean;
  /** Failing (or no quorum) is possible. */
  readonly canFail: boolean;
}

export interface DecisionTable {
  /** 1, or the executive's chance's denominator. */
  readonly denominator: bigint;
  readonly at: (ayes: number, present: number) => OutcomeDecision;
}

export interface DecisionTableInput {
  readonly version: RuleVersion;
  readonly seats: number;
  /** Members in office. */
  readonly members: number;
  /** The chance the executive votes aye on a tie; null when the executive casts no vote. */
  readonly executive: Chance | null;
}

/** The counts of an outcome: ayes, the rest of those present no, everyone else absent. */
export function outcomeCounts(ayes: number, present: number, members: number): VoteCounts {
  return {
    aye: ayes,
    no: present - ayes,
    abstain: 0,
    present: 0,
    'not-voting': 0,
    recused: 0,
    excused: 0,
    absent: members - present,
  };
}

/** A decision table, or the rule's problem (a fraction that is not one) found on the first outcome. */
export function decisionTable(input: DecisionTableInput): Result<DecisionTable, RuleProblem> {
  const { version, seats, members, executive } = input;
  const probe = decideVote({ version, seats, members, counts: outcomeCounts(0, 0, members) });
  if (!probe.ok) return err(probe.error);
  const denominator = executive?.denominator ?? 1n;
  const decide = (counts: VoteCounts, vote?: 'aye' | 'no'): Decision => {
    const decided = decideVote({ version, seats, members, counts, executive: vote });
    // The rule decided the probe, so it decides every outcome.
    assert(decided.ok, 'a rule that decided one outcome failed on another');
    return decided.value;
  };
  // One full decision per number of members present; the splits of ayes and
  // noes among them are decided from it (redecide), but for a tie the
  // executive may break, which is decided in full.
  const byPresent: (Decision | undefined)[] = [];
  const cache: (OutcomeDecision | undefined)[] = [];
  const at = (ayes: number, present: number): OutcomeDecision => {
    const key = present * (members + 1) + ayes;
    const cached = cache[key];
    if (cached !== undefined) return cached;
    const counts = outcomeCounts(ayes, present, members);
    const alone = byPresent[present] ?? decide(counts);
    byPresent[present] = alone;
    let pass: bigint;
    if (executive === null || ayes * 2 !== present) {
      pass = redecide(alone, ayes, present - ayes) === 'passed' ? denominator : 0n;
    } else {
      const withAye = decide(counts, 'aye').result === 'passed' ? executive.numerator : 0n;
      const withNo =
        decide(counts, 'no').result === 'passed' ? denominator - executive.numerator : 0n;
      pass = withAye + withNo;
    }
    const decision: OutcomeDecision = {
      pass,
      quorumMet: alone.quorum?.met ?? true,
      quorumRequired: alone.quorum?.required ?? null,
      required: alone.required,
      canPass: pass > 0n,
      canFail: pass < denominator,
    };
    cache[key] = decision;
    return decision;
  };
  return ok({ denominator, at });
}

/**
 * Whether a rule's decision can depend on how many are present, for a given
 * number of ayes: a quorum, a `present` or `voting` base, or an executive who
 * may break a tie (a tie is ayes = noes). Without any of these only the ayes
 * matter (a tie on a supermajority of seats, members or eligible members
 * fails by its numbers alone), and the projection tracks only the ayes.
 */
export function dependsOnPresent(version: RuleVersion, executiveVotes: boolean): boolean {
  if (version.quorum !== undefined || executiveVotes) return true;
  return thresholdList(version).some((t) => t.of === 'present' || t.of === 'voting');
}

/**
 * The chance of passage over a distribution, with `extra` members added as
 * certain ayes (members won over): not reduced.
 */
export function chanceOfPassage(dist: AyeDistribution, table: DecisionTable, extra = 0): Rational {
  let numerator = 0n;
  const all = table.denominator;
  forEachState(dist, (ayes, u, value) => {
    const pass = table.at(ayes + extra, presentIn(dist, u, extra)).pass;
    if (pass === all) numerator += all === 1n ? value : value * all;
    else if (pass !== 0n) numerator += value * pass;
  });
  return { numerator, denominator: dist.denominator * table.denominator };
}
