import { InvariantError } from '../basics/assert.js';
import { err, ok, type Result } from '../basics/result.js';
import type { IsoDate, Slug } from '../model/common.js';
import type { Council, Member } from '../model/council.js';
import type { Ordinance } from '../model/ordinance.js';
import type { RollCall, VoteValue } from '../model/roll-call.js';
import { membersInOffice } from '../model/roster.js';
import { decideVote, type Decision, type RuleProblem } from '../rules/decide.js';
import { selectRuleVersion, type RuleVersionInForce, type VersionSpan } from '../rules/version.js';
import { computeTally } from './compute-tally.js';
import { zeroCounts, type TallyCounts } from './counts.js';
import { formatTally } from './recorded.js';
import { rollCallOutlook, type Outlook } from './roll-call-outlook.js';
import { allVoted, type SessionState } from './roll-call-session.js';
import type { TallyResult } from './tally-result.js';

/** What a roll call is about: fixed from its start to its end. */
export interface RollCallSetup {
  /** The id the roll call is saved under. */
  readonly id: Slug;
  readonly council: Council;
  readonly date: IsoDate;
  readonly ruleId: Slug;
  readonly rule: RuleVersionInForce;
  /** Members in office on the date, in roster order: the order they are called. */
  readonly members: readonly Member[];
  readonly measureId: string | null;
  /** The measure's file, when it was found. */
  readonly measure: Ordinance | null;
  readonly motion: string | null;
}

export type SetupProblem =
  | { readonly kind: 'unknown-rule'; readonly rules: readonly string[] }
  | { readonly kind: 'no-version-in-force'; readonly versions: readonly VersionSpan[] }
  | { readonly kind: 'no-members' }
  | { readonly kind: 'rule-problem'; readonly reason: RuleProblem };

export interface SetupInput {
  readonly id: Slug;
  readonly council: Council;
  readonly date: IsoDate;
  readonly ruleId: Slug;
  readonly measureId: string | null;
  readonly measure: Ordinance | null;
  readonly motion: string | null;
}

/** Checks that the rule exists, is in force on the date, and decides; that someone is in office. */
export function createRollCallSetup(input: SetupInput): Result<RollCallSetup, SetupProblem> {
  const { council, date, ruleId } = input;
  if (!Object.hasOwn(council.rules, ruleId)) {
    return err({ kind: 'unknown-rule', rules: Object.keys(council.rules) });
  }
  const rule = council.rules[ruleId];
  if (rule === undefined) return err({ kind: 'unknown-rule', rules: Object.keys(council.rules) });
  const inForce = selectRuleVersion(rule, date);
  if (!inForce.ok) return err({ kind: 'no-version-in-force', versions: inForce.error.versions });
  const members = membersInOffice(council, date);
  if (members.length === 0) return err({ kind: 'no-members' });
  const setup: RollCallSetup = { ...input, rule: inForce.value, members };
  const decided = decideVote({
    version: inForce.value.version,
    seats: council.seats,
    members: members.length,
    counts: zeroCounts(),
  });
  if (!decided.ok) return err({ kind: 'rule-problem', reason: decided.error });
  return ok(setup);
}

/** Everything the screen shows about a state, computed by the same rule engine as `tally`. */
export interface RollCallView {
  readonly setup: RollCallSetup;
  readonly state: SessionState;
  /** The member being called; undefined once every member has voted. */
  readonly current: Member | undefined;
  /** The votes so far, zeros included, with the vacant seats. */
  readonly counts: TallyCounts;
  /** The rule applied to the votes so far (members not yet called count as not present). */
  readonly decision: Decision;
  readonly outlook: Outlook;
  /** Once every member has voted: the tally, exactly as `overrule tally` computes it. */
  readonly final: TallyResult | undefined;
}

export function viewRollCall(setup: RollCallSetup, state: SessionState): RollCallView {
  const counts = zeroCounts();
  counts.vacant = Math.max(0, setup.council.seats - setup.members.length);
  for (const vote of state.votes) counts[vote] += 1;
  const base = {
    version: setup.rule.version,
    seats: setup.council.seats,
    members: setup.members.length,
    counts,
  };
  const decision = decideVote(base);
  const outlook = rollCallOutlook({
    ...base,
    remaining: setup.members.length - state.votes.length,
  });
  // createRollCallSetup has decided with this rule already
  if (!decision.ok) throw new InvariantError(`the rule cannot decide: ${decision.error.code}`);
  if (!outlook.ok) throw new InvariantError(`the rule cannot decide: ${outlook.error.code}`);
  return {
    setup,
    state,
    current: setup.members[state.votes.length],
    counts,
    decision: decision.value,
    outlook: outlook.value,
    final: allVoted(state) ? finalTally(setup, state) : undefined,
  };
}

/** The roll call once every member has voted, with `recorded` equal to the computed result. */
export function completedRollCall(setup: RollCallSetup, state: SessionState): RollCall {
  const tally = finalTally(setup, state);
  return {
    ...unrecordedRollCall(setup, state),
    recorded: { result: tally.result, tally: formatTally(tally.counts.aye, tally.counts.no) },
  };
}

function finalTally(setup: RollCallSetup, state: SessionState): TallyResult {
  const tally = computeTally({
    council: setup.council,
    rollCall: unrecordedRollCall(setup, state),
    measure: setup.measure ?? undefined,
  });
  if (!tally.ok) throw new InvariantError(`the roll call cannot be tallied: ${tally.error.code}`);
  return tally.value;
}

function unrecordedRollCall(setup: RollCallSetup, state: SessionState): RollCall {
  if (!allVoted(state)) throw new InvariantError('the roll call is not complete');
  const byMember = Object.create(null) as Record<string, VoteValue>;
  setup.members.forEach((member, i) => {
    const vote = state.votes[i];
    if (vote !== undefined) byMember[member.id] = vote;
  });
  return {
    kind: 'roll-call',
    version: 1,
    id: setup.id,
    council: setup.council.id,
    ...(setup.measureId === null ? {} : { measure: setup.measureId }),
    date: setup.date,
    rule: setup.ruleId,
    ...(setup.motion === null ? {} : { motion: setup.motion }),
    votes: byMember,
  };
}
