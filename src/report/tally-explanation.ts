import { throwIllegalValue } from '../basics/assert.js';
import type { ExecutiveIgnoredReason } from '../rules/decide.js';
import type { TallyStep, TallyWarning } from '../tally/tally-steps.js';
import {
  describeRecordedStep,
  describeTieNotBroken,
  describeTieNotBrokenWarning,
  executiveName,
} from './tally-executive-text.js';
import { describeQuorum, describeThreshold, plural } from './requirement-text.js';

/** The sentences of a tally: its steps (`explanation`) and its warnings. */

/** `always in force`, `in force from 2023-06-22`, `in force from 2020-01-01 to 2030-01-01`. */
export function describeInForce(effective: string | null, until: string | null): string {
  if (effective === null && until === null) return 'always in force';
  return `in force${effective === null ? '' : ` from ${effective}`}${until === null ? '' : ` to ${until}`}`;
}

/** One step of the arithmetic as one sentence. */
export function describeTallyStep(step: TallyStep): string {
  switch (step.step) {
    case 'rule':
      return (
        `Rule "${step.rule}"${step.citation === null ? '' : ` (${step.citation})`}: ` +
        `version ${step.version} of ${step.of}, ${describeInForce(step.effective, step.until)}.`
      );
    case 'seats': {
      const vacancies =
        step.vacancies === 0 ? 'no vacancies' : plural(step.vacancies, 'vacancy', 'vacancies');
      return `On ${step.date}: ${step.seats} seats, ${step.inOffice} members in office, ${vacancies}.`;
    }
    case 'votes': {
      const c = step.counts;
      const recusedPresent =
        step.recused === 'present' && c.recused > 0 ? ' (recused members counted as present)' : '';
      return (
        `Votes${step.source === 'counts' ? ' (counts only)' : ''}: ${c.aye} aye, ${c.no} no, ` +
        `${c.abstain} abstain, ${c.present} present, ${c['not-voting']} not voting, ` +
        `${c.recused} recused, ${c.excused} excused, ${c.absent} absent; ${step.present} present` +
        `${recusedPresent}.`
      );
    }
    case 'quorum':
      return describeQuorum(step.working, step.present, step.met);
    case 'threshold':
      return describeThreshold(step.working);
    case 'largest-applies':
      return `Every threshold must hold, so the largest applies: ${plural(step.required, 'aye')}.`;
    case 'tie-broken':
      return (
        `The members tied ${step.ayes}-${step.noes}; the ${executiveName(step.executive)} broke the tie ` +
        `with ${step.vote === 'aye' ? 'an aye' : 'a no'}, counted as one more vote cast (present and voting).`
      );
    case 'tie-not-broken':
      return describeTieNotBroken(step);
    case 'tie-fails':
      return `The members tied ${step.ayes}-${step.noes}: a tie on a supermajority measure fails regardless.`;
    case 'executive-ignored':
      return `The ${executiveName(step.executive)}'s vote is not counted: ${ignoredReason(step.reason)}.`;
    case 'verdict':
      return describeVerdict(step);
    case 'recorded':
      return describeRecordedStep(step);
    default:
      return throwIllegalValue(step, 'tally step');
  }
}

function describeVerdict(step: Extract<TallyStep, { readonly step: 'verdict' }>): string {
  const ayes = plural(step.ayes, 'aye');
  switch (step.result) {
    case 'no-quorum':
      return `No quorum: ${step.quorum?.present ?? 0} present, ${step.quorum?.required ?? 0} needed; the vote does not count, whatever the ayes (${ayes}).`;
    case 'passed':
      return step.margin === 0
        ? `Passed: ${ayes}, exactly the ${step.required} required.`
        : `Passed: ${ayes}, ${step.required} required, ${step.margin} to spare.`;
    case 'failed':
      return step.margin >= 0
        ? `Failed: ${ayes}, ${step.required} required.`
        : `Failed: ${ayes}, ${step.required} required, ${-step.margin} short.`;
    default:
      return throwIllegalValue(step.result, 'result');
  }
}

/** One warning as one sentence. */
export function describeTallyWarning(warning: TallyWarning): string {
  switch (warning.code) {
    case 'hypothetical':
      return 'Hypothetical: this roll call is a scenario, not an official record.';
    case 'unverified-rule':
      return `The rule "${warning.rule}" is marked verified: false: its threshold has not been checked against the law it cites.`;
    case 'executive-not-counted':
      return `The ${executiveName(warning.executive)}'s vote was not counted: ${ignoredReason(warning.reason)}.`;
    case 'tie-not-broken':
      return describeTieNotBrokenWarning(warning.executive, warning.ayes, warning.noes);
    case 'missing-votes':
      return `No vote recorded for ${plural(warning.members.length, 'member')} in office: ${warning.members.join(', ')}.`;
    case 'not-in-office':
      return `Not counted, not in office on ${warning.date}: ${warning.members.join(', ')}.`;
    default:
      return throwIllegalValue(warning, 'tally warning');
  }
}

function ignoredReason(reason: ExecutiveIgnoredReason): string {
  switch (reason) {
    case 'not-a-tie':
      return "the members' vote was not a tie";
    case 'not-allowed':
      return 'the rule does not give the executive a tie-breaking vote';
    case 'supermajority':
      return 'a tie on a supermajority measure fails regardless';
    default:
      return throwIllegalValue(reason, 'reason');
  }
}
