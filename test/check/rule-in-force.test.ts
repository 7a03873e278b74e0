import { describe, expect, it } from 'vitest';
import { ruleInForceCheck } from '../../src/check/rule-in-force.js';
import { findingsOf } from '../support/project-from-text.js';
import { TESTVILLE, rollCallText, whipCountText } from '../support/testville.js';

describe('rule-in-force', () => {
  it("reports a roll call dated before any of its rule's versions, naming the date and versions", () => {
    const text = rollCallText('rule: override\ncounts: { aye: 5 }\n').replace(
      '2024-09-01',
      '2023-12-31',
    );
    const findings = findingsOf({ 'c.yaml': TESTVILLE, 'r.yaml': text }, ruleInForceCheck);
    expect(findings.map((f) => [f.code, f.at])).toEqual([
      ['rule/no-version-in-force', 'r.yaml:6:7'],
    ]);
    expect(findings[0]?.message).toContain('2023-12-31');
    expect(findings[0]?.message).toContain('2024-01-01 to 2024-12-31');
    expect(findings[0]?.message).toContain('from 2025-01-01');
  });

  it('reports a whip count whose as_of has no version in force', () => {
    const findings = findingsOf(
      { 'c.yaml': TESTVILLE, 'w.yaml': whipCountText('blocs: []\n', '2023-05-01') },
      ruleInForceCheck,
    );
    expect(findings.map((f) => [f.code, f.at])).toEqual([
      ['rule/no-version-in-force', 'w.yaml:5:7'],
    ]);
  });

  it('accepts dates covered by a version, and a single undated rule', () => {
    const findings = findingsOf(
      {
        'c.yaml': TESTVILLE,
        'r.yaml': rollCallText('rule: override\ncounts: { aye: 5 }\n'),
        'p.yaml': rollCallText('rule: passage\ncounts: { aye: 5 }\n').replace('id: rc', 'id: rc2'),
      },
      ruleInForceCheck,
    );
    expect(findings).toEqual([]);
  });
});
