import { describe, expect, it } from 'vitest';
import { ruleVersionsCheck } from '../../src/check/rule-versions.js';
import { findingsOf } from '../support/project-from-text.js';
import { TESTVILLE } from '../support/testville.js';

const council = (rules: string): string => `kind: council
version: 1
id: testville
name: Testville
seats: 5
members: []
rules:
${rules}`;

describe('rule-versions', () => {
  it('reports versions in force on the same day, at the later one', () => {
    const findings = findingsOf(
      {
        'c.yaml': council(
          [
            '  override:',
            '    - effective: 2023-06-20',
            '      threshold: { fraction: 2/3, of: seats, compare: at-least }',
            '    - effective: 2026-01-01',
            '      threshold: { fraction: 1/1, of: members, compare: at-least }',
            '',
          ].join('\n'),
        ),
      },
      ruleVersionsCheck,
    );
    expect(findings.map((f) => [f.code, f.at])).toEqual([
      ['rule/overlapping-versions', 'c.yaml:11:18'],
    ]);
  });

  it('reports a version that ends before it takes effect', () => {
    const findings = findingsOf(
      {
        'c.yaml': council(
          [
            '  override:',
            '    effective: 2024-01-01',
            '    until: 2023-12-31',
            '    threshold: { fraction: 2/3, of: seats, compare: at-least }',
            '',
          ].join('\n'),
        ),
      },
      ruleVersionsCheck,
    );
    expect(findings.map((f) => [f.code, f.at])).toEqual([['council/term-order', 'c.yaml:10:12']]);
  });

  it('accepts versions that follow one another', () => {
    expect(findingsOf({ 'c.yaml': TESTVILLE }, ruleVersionsCheck)).toEqual([]);
  });
});
