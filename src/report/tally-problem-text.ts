import { throwIllegalValue } from '../basics/assert.js';
import type { VersionSpan } from '../rules/version.js';
import type { TallyProblem } from '../tally/tally-problem.js';
import { describeRuleProblem } from './requirement-text.js';

/** `no version of the rule is in force on D (versions: …)`. */
export function describeNoVersionInForce(date: string, versions: readonly VersionSpan[]): string {
  const spans = versions
    .map((s) => `${s.effective ?? 'always'}${s.until === undefined ? ' on' : ` to ${s.until}`}`)
    .join('; ');
  return `no version of the rule is in force on ${date} (versions: ${spans === '' ? 'none' : spans})`;
}

/** Why a roll call cannot be tallied, as the message of its diagnostic. */
export function describeTallyProblem(problem: TallyProblem): string {
  switch (problem.problem) {
    case 'unknown-rule':
      return `the council "${problem.council}" has no rule "${problem.rule}"`;
    case 'no-version-in-force':
      return `rule "${problem.rule}": ${describeNoVersionInForce(problem.date, problem.versions)}`;
    case 'unusable-rule':
      return `rule "${problem.rule}": ${describeRuleProblem(problem.reason)}`;
    case 'not-a-vote-value':
      return `"${problem.value}" is not a vote value (member ${problem.member})`;
    case 'bad-count':
      return `counts: "${problem.value}: ${problem.count}" is not a vote value with a count`;
    case 'no-votes':
      return 'the roll call has neither votes nor counts';
    default:
      return throwIllegalValue(problem, 'tally problem');
  }
}
