import { describe, expect, it } from 'vitest';
import { councilSeatsCheck } from '../../src/check/council-seats.js';
import { findingsOf } from '../support/project-from-text.js';

const council = (seats: number, members: string): string => `kind: council
version: 1
id: testville
name: Testville
seats: ${seats}
members:
${members}rules: {}
`;

describe('council-seats', () => {
  it('reports more members in office than seats, at the member whose term made it so', () => {
    const findings = findingsOf(
      {
        'c.yaml': council(
          2,
          [
            '  - { id: ann, name: Ann, from: 2024-01-01 }',
            '  - { id: bob, name: Bob, from: 2024-01-01, to: 2024-06-30 }',
            '  - { id: cat, name: Cat, from: 2024-06-30 }',
            '',
          ].join('\n'),
        ),
      },
      councilSeatsCheck,
    );
    expect(findings.map((f) => [f.code, f.at])).toEqual([['council/over-seats', 'c.yaml:9:33']]);
    expect(findings[0]?.message).toContain('3 members are in office on 2024-06-30');
  });

  it('accepts a successor starting the day after the predecessor leaves', () => {
    const findings = findingsOf(
      {
        'c.yaml': council(
          2,
          [
            '  - { id: ann, name: Ann, from: 2024-01-01 }',
            '  - { id: bob, name: Bob, from: 2024-01-01, to: 2024-06-30 }',
            '  - { id: cat, name: Cat, from: 2024-07-01 }',
            '',
          ].join('\n'),
        ),
      },
      councilSeatsCheck,
    );
    expect(findings).toEqual([]);
  });

  it('reports each separate stretch over the limit once', () => {
    const findings = findingsOf(
      {
        'c.yaml': council(
          1,
          [
            '  - { id: ann, name: Ann, from: 2024-01-01 }',
            '  - { id: bob, name: Bob, from: 2024-02-01, to: 2024-02-10 }',
            '  - { id: cat, name: Cat, from: 2024-02-05, to: 2024-02-20 }',
            '  - { id: dan, name: Dan, from: 2024-05-01, to: 2024-05-02 }',
            '',
          ].join('\n'),
        ),
      },
      councilSeatsCheck,
    );
    expect(findings.map((f) => [f.code, f.at])).toEqual([
      ['council/over-seats', 'c.yaml:8:33'],
      ['council/over-seats', 'c.yaml:10:33'],
    ]);
  });
});
