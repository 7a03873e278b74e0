import { describe, expect, it } from 'vitest';
import { memberIdsCheck } from '../../src/check/member-ids.js';
import { findingsOf } from '../support/project-from-text.js';

const council = (members: string): string => `kind: council
version: 1
id: testville
name: Testville
seats: 5
members:
${members}rules: {}
`;

describe('member-ids', () => {
  it('reports a member id used twice in one council', () => {
    const findings = findingsOf(
      {
        'c.yaml': council(
          '  - { id: ann, name: Ann, from: 2024-01-01 }\n  - { id: ann, name: Ann B, from: 2024-01-01 }\n',
        ),
      },
      memberIdsCheck,
    );
    expect(findings.map((f) => [f.code, f.at])).toEqual([['id/duplicate', 'c.yaml:8:11']]);
    expect(findings[0]?.message).toContain('c.yaml:7');
  });

  it('warns about names differing only in letter case', () => {
    const findings = findingsOf(
      {
        'c.yaml': council(
          '  - { id: alice, name: Alice, from: 2024-01-01 }\n  - { id: alice-2, name: alice, from: 2024-01-01 }\n',
        ),
      },
      memberIdsCheck,
    );
    expect(findings.map((f) => [f.code, f.severity, f.at])).toEqual([
      ['id/possible-duplicate', 'warning', 'c.yaml:8:26'],
    ]);
  });

  it('warns about ids differing only in letter case', () => {
    const findings = findingsOf(
      {
        'c.yaml': council(
          '  - { id: alice, name: A One, from: 2024-01-01 }\n  - { id: Alice, name: A Two, from: 2024-01-01 }\n',
        ),
      },
      memberIdsCheck,
    );
    expect(findings.map((f) => [f.code, f.at])).toEqual([['id/possible-duplicate', 'c.yaml:8:11']]);
  });

  it('allows the same name twice: a member who returns after a gap', () => {
    const findings = findingsOf(
      {
        'c.yaml': council(
          '  - { id: ann, name: Ann, from: 2020-01-01, to: 2021-01-01 }\n  - { id: ann-2, name: Ann, from: 2024-01-01 }\n',
        ),
      },
      memberIdsCheck,
    );
    expect(findings).toEqual([]);
  });
});
