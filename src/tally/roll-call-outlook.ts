import { err, ok, type Result } from '../basics/result.js';
import type { RuleVersion } from '../model/council.js';
import { VOTE_VALUES, type VoteValue } from '../model/roll-call.js';
import type { VoteCounts } from '../rules/attendance.js';
import { decideVote, type Decision, type RuleProblem, type VoteResult } from '../rules/decide.js';

/** A roll call part way through: the votes so far and how many members are still to vote. */
export interface OutlookInput {
  readonly version: RuleVersion;
  readonly seats: number;
  /** Members in office on the date: those who voted and those still to vote. */
  readonly members: number;
  /** The votes cast so far. */
  readonly counts: VoteCounts;
  /** Members still to vote. */
  readonly remaining: number;
}

/** What the rest of a roll call can still do. */
export interface Outlook {
  /** The results some completion gives, in the order passed, failed, no-quorum. */
  readonly possible: readonly VoteResult[];
  /**
   * The fewest of the remaining members who must vote aye for the measure
   * to pass (the others voting as best helps it); null when it cannot pass.
   */
  readonly ayesNeeded: number | null;
}

/** `decided` when every completion gives the same result; `can-pass` or `cannot-pass` otherwise. */
export type OutlookStatus = 'decided' | 'can-pass' | 'cannot-pass';

export function outlookStatus(outlook: Outlook): OutlookStatus {
  if (outlook.possible.length === 1) return 'decided';
  return outlook.possible.includes('passed') ? 'can-pass' : 'cannot-pass';
}

/**
 * The results the remaining members can still bring about, decided by the
 * rule engine itself (decideVote) on a few completions rather than all of
 * them (a property test checks this against every completion):
 *
 * - passed, if and only if every remaining member voting aye passes: turning
 *   any other vote into an aye adds an aye and raises every base by at most
 *   one, which raises no requirement by more than one (fractions are at most
 *   1), and adds to those present (the quorum);
 * - no-quorum, if and only if every remaining member absent has no quorum:
 *   fewest present;
 * - failed, if and only if every remaining member voting no fails: no new
 *   ayes, every base as large as it can be, most present.
 *
 * The ayes still needed: the fewest m such that m ayes pass with the others
 * voting as best helps — never no (it raises the `voting` base and can tie),
 * recused as many as help (smaller `eligible` base), present just as many as
 * the quorum needs (more raise the `present` base), the rest absent. Passing
 * with m ayes implies passing with m + 1, so m is found by bisection.
 */
export function rollCallOutlook(input: OutlookInput): Result<Outlook, RuleProblem> {
  const k = input.remaining;
  const decide = (extra: Partial<Record<VoteValue, number>>): Result<Decision, RuleProblem> =>
    decideVote({
      version: input.version,
      seats: input.seats,
      members: input.members,
      counts: addCounts(input.counts, extra),
    });
  const allAye = decide({ aye: k });
  if (!allAye.ok) return err(allAye.error);
  const allNo = decide({ no: k });
  if (!allNo.ok) return err(allNo.error);
  const allAbsent = decide({ absent: k });
  if (!allAbsent.ok) return err(allAbsent.error);

  const possible: VoteResult[] = [];
  if (allAye.value.result === 'passed') possible.push('passed');
  if (allNo.value.result === 'failed') possible.push('failed');
  if (allAbsent.value.result === 'no-quorum') possible.push('no-quorum');

  if (!possible.includes('passed')) return ok({ possible, ayesNeeded: null });
  let low = 0;
  let high = k; // passes with k ayes
  while (low < high) {
    const mid = Math.floor((low + high) / 2);
    const passes = passesWithAyes(mid, k, decide);
    if (!passes.ok) return err(passes.error);
    if (passes.value) high = mid;
    else low = mid + 1;
  }
  return ok({ possible, ayesNeeded: low });
}

type Decide = (extra: Partial<Record<VoteValue, number>>) => Result<Decision, RuleProblem>;

/** Whether `ayes` of the `remaining` members voting aye can pass the measure. */
function passesWithAyes(
  ayes: number,
  remaining: number,
  decide: Decide,
): Result<boolean, RuleProblem> {
  const others = remaining - ayes;
  for (let recused = 0; recused <= others; recused++) {
    const free = others - recused;
    const split = (present: number): Result<Decision, RuleProblem> =>
      decide({ aye: ayes, recused, present, absent: free - present });
    // the fewest present that make a quorum: quorum only grows with those present
    const most = split(free);
    if (!most.ok) return err(most.error);
    if (most.value.quorum !== null && !most.value.quorum.met) continue;
    let low = 0;
    let high = free;
    while (low < high) {
      const mid = Math.floor((low + high) / 2);
      const decided = split(mid);
      if (!decided.ok) return err(decided.error);
      if (decided.value.quorum === null || decided.value.quorum.met) high = mid;
      else low = mid + 1;
    }
    const fewest = split(low);
    if (!fewest.ok) return err(fewest.error);
    if (fewest.value.result === 'passed') return ok(true);
  }
  return ok(false);
}

function addCounts(counts: VoteCounts, extra: Partial<Record<VoteValue, number>>): VoteCounts {
  const sum = Object.create(null) as Record<VoteValue, number>;
  for (const value of VOTE_VALUES) sum[value] = counts[value] + (extra[value] ?? 0);
  return sum;
}
