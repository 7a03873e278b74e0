import { diagnosticAt } from '../diagnostics/diagnostic-at.js';
import { ruleVersionOn, ruleVersions } from '../model/roster.js';
import type { Check } from './check.js';
import { describeVersionRange } from './describe.js';

/**
 * A roll call's rule has a version in force on its `date`, and a whip count's
 * on its `as_of` (`rule/no-version-in-force`): never a silent default.
 * Unknown councils and rules are left to the reference checks.
 */
export const ruleInForceCheck: Check = {
  name: 'rule-in-force',
  reads: { 'roll-call': ['date', 'rule'], 'whip-count': ['as_of', 'rule'], council: ['rules'] },
  run({ project, report }) {
    const uses = [
      ...project.ofKind('roll-call').map((d) => ({ d, date: d.value.date })),
      ...project.ofKind('whip-count').map((d) => ({ d, date: d.value.as_of })),
    ];
    for (const { d, date } of uses) {
      const council = project.find('council', d.value.council)?.value;
      const ruleId = d.value.rule;
      if (council === undefined || !Object.hasOwn(council.rules, ruleId)) continue;
      const rule = council.rules[ruleId];
      if (rule === undefined || ruleVersionOn(rule, date) !== undefined) continue;
      const ranges = ruleVersions(rule).map(describeVersionRange);
      report(
        diagnosticAt(d.doc, ['rule'], {
          code: 'rule/no-version-in-force',
          message: `no version of the rule ${ruleId} is in force on ${date}; its versions: ${ranges.join('; ')}`,
          hint: `add the version in force on ${date} to the council file, or check the date`,
          params: { rule: ruleId, date, versions: ranges },
        }),
      );
    }
  },
};
