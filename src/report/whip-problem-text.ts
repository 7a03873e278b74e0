import { throwIllegalValue } from '../basics/assert.js';
import type { WhipOverMembers, WhipRuleProblem } from '../tally/whip-projection.js';

/** Why a whip count cannot be projected, as the message of its diagnostic. */
export function describeWhipProblem(problem: WhipRuleProblem | WhipOverMembers): string {
  switch (problem.kind) {
    case 'unknown-rule':
      return `the council "${problem.council}" has no rule "${problem.rule}"`;
    case 'no-version-in-force':
      return `rule "${problem.rule}": no version of the rule is in force on ${problem.date}`;
    case 'unusable-rule':
      return `rule "${problem.rule}": the rule cannot decide a vote (${problem.reason.code})`;
    case 'over-members':
      return `positions and blocs cover ${problem.lines} members, but ${problem.members} are in office`;
    default:
      return throwIllegalValue(problem, 'whip problem');
  }
}
