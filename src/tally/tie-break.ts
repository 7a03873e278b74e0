import { decideVote, type Decision, type DecisionInput } from '../rules/decide.js';
import type { TallyTieBreak } from './tally-result.js';

/**
 * What became of a tie among the members, from the decision and the input
 * it was made from (the rule version as applied: without an executive on
 * the council, `executive_tie_vote` is already false). Null without a tie.
 */
export function describeTieBreak(input: DecisionInput, decision: Decision): TallyTieBreak | null {
  if (!decision.tie) return null;
  const ayes = input.counts.aye;
  const executive = decision.executive;
  if (executive.status === 'counted') return { status: 'broken', ayes, vote: executive.vote };
  if (decision.supermajority) return { status: 'supermajority', ayes };
  if (input.version.executive_tie_vote !== true) return { status: 'no-tie-vote', ayes };
  // The executive may break this tie but has no vote recorded: would an aye pass it?
  const withAye = decideVote({ ...input, executive: 'aye' });
  return {
    status: 'not-cast',
    ayes,
    ayeWouldPass: withAye.ok && withAye.value.result === 'passed',
  };
}
