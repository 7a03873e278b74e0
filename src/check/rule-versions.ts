import { diagnosticAt } from '../diagnostics/diagnostic-at.js';
import type { RuleVersion } from '../model/council.js';
import { ruleVersions } from '../model/roster.js';
import type { Check } from './check.js';
import { describeVersionRange } from './describe.js';

/**
 * The dated versions of a rule never overlap (`rule/overlapping-versions`),
 * and none ends before it takes effect (`council/term-order`): on any day at
 * most one version is in force.
 */
export const ruleVersionsCheck: Check = {
  name: 'rule-versions',
  reads: { council: ['rules'] },
  run({ project, report }) {
    for (const council of project.ofKind('council')) {
      for (const [ruleId, rule] of Object.entries(council.value.rules)) {
        const versions = ruleVersions(rule);
        versions.forEach((version, j) => {
          const path = ['rules', ruleId, ...(Array.isArray(rule) ? [j] : [])];
          if (!hasRange(version)) {
            report(
              diagnosticAt(council.doc, [...path, 'until'], {
                code: 'council/term-order',
                message: `this version of the rule ${ruleId} ends (${version.until ?? ''}) before it takes effect (${version.effective ?? ''})`,
                hint: 'check the `effective` and `until` dates; they may be swapped',
                params: { rule: ruleId },
              }),
            );
            return;
          }
          const i = versions.findIndex((v, k) => k < j && hasRange(v) && overlap(v, version));
          const earlier = versions[i];
          if (earlier === undefined) return;
          report(
            diagnosticAt(
              council.doc,
              version.effective === undefined ? path : [...path, 'effective'],
              {
                code: 'rule/overlapping-versions',
                message: `versions ${i + 1} (${describeVersionRange(earlier)}) and ${j + 1} (${describeVersionRange(version)}) of the rule ${ruleId} are both in force on some days`,
                hint: 'give the earlier version an `until` date before the later one takes effect',
                params: { rule: ruleId, versions: [String(i + 1), String(j + 1)] },
              },
            ),
          );
        });
      }
    }
  },
};

function hasRange(v: RuleVersion): boolean {
  return v.effective === undefined || v.until === undefined || v.effective <= v.until;
}

function overlap(a: RuleVersion, b: RuleVersion): boolean {
  const startsBeforeAEnds =
    a.until === undefined || b.effective === undefined || b.effective <= a.until;
  const aStartsBeforeBEnds =
    b.until === undefined || a.effective === undefined || a.effective <= b.until;
  return startsBeforeAEnds && aStartsBeforeBEnds;
}
