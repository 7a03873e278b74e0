import { diagnosticAt } from '../diagnostics/diagnostic-at.js';
import { canonicalVote } from '../model/roll-call.js';
import type { RollCall } from '../model/roll-call.js';
import { isInOffice, ruleVersionOn } from '../model/roster.js';
import type { Member } from '../model/council.js';
import type { Check } from './check.js';

/**
 * The executive (a mayor) votes only where the rule in force says
 * `executive_tie_vote: true`, only on a council that has one, only to break a
 * tie among the members, and never when the executive has already voted as a
 * member of the body (`council/executive-vote`): one person, one vote.
 */
export const rollCallExecutiveCheck: Check = {
  name: 'roll-call-executive',
  run({ project, report }) {
    for (const rollCall of project.ofKind('roll-call')) {
      const { executive, date, rule: ruleId } = rollCall.value;
      if (executive === undefined) continue;
      const council = project.find('council', rollCall.value.council)?.value;
      if (council === undefined || !Object.hasOwn(council.rules, ruleId)) continue;
      const rule = council.rules[ruleId];
      const version = rule === undefined ? undefined : ruleVersionOn(rule, date);
      if (version === undefined) continue;
      const problem =
        version.executive_tie_vote !== true
          ? {
              message: `the rule ${ruleId} does not let the executive break a tie`,
              hint: 'remove `executive:`, or set `executive_tie_vote: true` on the rule if the law allows it',
            }
          : council.executive === undefined
            ? {
                message: `the council ${council.id} has no executive to vote`,
                hint: 'add `executive:` to the council file, or remove it here',
              }
            : (doubleVoteProblem(rollCall.value, council.executive.name, date, council.members) ??
              tieProblem(rollCall.value));
      if (problem === undefined) continue;
      report(
        diagnosticAt(rollCall.doc, ['executive'], {
          code: 'council/executive-vote',
          message: problem.message,
          hint: problem.hint,
          params: { rule: ruleId, date },
        }),
      );
    }
  },
};

/**
 * Some bodies seat their mayor as a voting member (Legistar rosters from
 * Vienna, Virginia list the mayor among the seven). A tie-break on top of a
 * member's vote would count one person twice.
 */
function doubleVoteProblem(
  rollCall: RollCall,
  executiveName: string | undefined,
  date: string,
  members: readonly Member[],
): { message: string; hint: string } | undefined {
  if (executiveName === undefined || rollCall.votes === undefined) return undefined;
  const name = normalizeName(executiveName);
  const member = members.find(
    (m) =>
      isInOffice(m, date) &&
      normalizeName(m.name) === name &&
      Object.hasOwn(rollCall.votes ?? {}, m.id),
  );
  if (member === undefined) return undefined;
  return {
    message: `the executive ${executiveName} sits on the council as the member ${member.id}, recorded in this roll call; one person cannot vote twice`,
    hint: 'remove `executive:`: an executive who sits as a member has no separate tie-breaking vote',
  };
}

function normalizeName(name: string): string {
  return name.normalize('NFKC').toLowerCase().replace(/\s+/g, ' ').trim();
}

function tieProblem(rollCall: RollCall): { message: string; hint: string } | undefined {
  let ayes = rollCall.counts?.aye ?? 0;
  let noes = rollCall.counts?.no ?? 0;
  for (const word of Object.values(rollCall.votes ?? {})) {
    const vote = canonicalVote(word);
    if (vote === 'aye') ayes++;
    else if (vote === 'no') noes++;
  }
  if (ayes === noes) return undefined;
  return {
    message: `the executive votes only to break a tie, but the members voted ${ayes}-${noes}`,
    hint: 'remove `executive:`',
  };
}
