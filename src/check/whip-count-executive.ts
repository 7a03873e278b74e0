import { diagnosticAt } from '../diagnostics/diagnostic-at.js';
import { ruleVersionOn } from '../model/roster.js';
import type { Check } from './check.js';

/**
 * A whip count's `executive` stance matters only where the rule in force on
 * `as_of` lets the executive break a tie, on a council that has an
 * executive; otherwise it is left out of the projection, and said so here
 * (`whip/executive-tie-vote`, a warning). Unknown councils and rules, and
 * rules with no version in force, are left to their own checks.
 */
export const whipCountExecutiveCheck: Check = {
  name: 'whip-count-executive',
  run({ project, report }) {
    for (const whip of project.ofKind('whip-count')) {
      const { executive, as_of: asOf, rule: ruleId } = whip.value;
      if (executive === undefined) continue;
      const council = project.find('council', whip.value.council)?.value;
      if (council === undefined || !Object.hasOwn(council.rules, ruleId)) continue;
      const rule = council.rules[ruleId];
      const version = rule === undefined ? undefined : ruleVersionOn(rule, asOf);
      if (version === undefined) continue;
      const problem =
        version.executive_tie_vote !== true
          ? {
              message: `the rule ${ruleId} gives the executive no tie-breaking vote, so the executive's stance is left out`,
              hint: 'remove `executive:`, or set `executive_tie_vote: true` on the rule if the law allows it',
            }
          : council.executive === undefined
            ? {
                message: `the council ${council.id} has no executive, so the executive's stance is left out`,
                hint: 'add `executive:` to the council file, or remove it here',
              }
            : undefined;
      if (problem === undefined) continue;
      report(
        diagnosticAt(whip.doc, ['executive'], {
          code: 'whip/executive-tie-vote',
          severity: 'warning',
          message: problem.message,
          hint: problem.hint,
          part: 'key',
          params: { rule: ruleId, date: asOf },
        }),
      );
    }
  },
};
