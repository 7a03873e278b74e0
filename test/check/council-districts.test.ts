import { describe, expect, it } from 'vitest';
import { councilDistrictsCheck } from '../../src/check/council-districts.js';
import { findingsOf } from '../support/project-from-text.js';
import { TESTVILLE } from '../support/testville.js';

const council = (members: string): string => `kind: council
version: 1
id: testville
name: Testville
seats: 5
members:
${members}rules: {}
`;

describe('council-districts', () => {
  it('reports two members in office for one district at once, at the second', () => {
    const findings = findingsOf(
      {
        'c.yaml': council(
          [
            '  - { id: ann, name: Ann, district: 3, from: 2024-01-01, to: 2024-11-04 }',
            '  - { id: bob, name: Bob, district: "3", from: 2024-11-04 }',
            '',
          ].join('\n'),
        ),
      },
      councilDistrictsCheck,
    );
    expect(findings.map((f) => [f.code, f.at])).toEqual([
      ['council/district-overlap', 'c.yaml:8:48'],
    ]);
    expect(findings[0]?.message).toContain('2024-11-04');
  });

  it('accepts successive members and a vacancy between them', () => {
    expect(findingsOf({ 'c.yaml': TESTVILLE }, councilDistrictsCheck)).toEqual([]);
  });
});
