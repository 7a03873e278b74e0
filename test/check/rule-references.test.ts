import { describe, expect, it } from 'vitest';
import { ruleReferencesCheck } from '../../src/check/rule-references.js';
import { findingsOf } from '../support/project-from-text.js';
import { TESTVILLE, rollCallText, ordinanceText } from '../support/testville.js';

describe('rule-references', () => {
  it('reports unknown rules of roll calls and ordinance actions', () => {
    const findings = findingsOf(
      {
        'c.yaml': TESTVILLE,
        'r.yaml': rollCallText('rule: overide\ncounts: { aye: 5 }\n'),
        'o.yaml': ordinanceText('action: veto-override\n'),
      },
      ruleReferencesCheck,
    );
    expect(findings.map((f) => [f.code, f.at])).toEqual([
      ['ref/unknown-rule', 'r.yaml:6:7'],
      ['ref/unknown-rule', 'o.yaml:8:9'],
    ]);
    expect(findings[0]?.hint).toContain('"override"');
  });
});
