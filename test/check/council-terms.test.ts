import { describe, expect, it } from 'vitest';
import { councilTermsCheck } from '../../src/check/council-terms.js';
import { findingsOf } from '../support/project-from-text.js';

const council = (members: string): string => `kind: council
version: 1
id: testville
name: Testville
seats: 5
members:
${members}rules: {}
`;

describe('council-terms', () => {
  it('reports a term that ends before it begins, at `to`', () => {
    const findings = findingsOf(
      { 'c.yaml': council('  - { id: ann, name: Ann, from: 2024-05-01, to: 2024-04-30 }\n') },
      councilTermsCheck,
    );
    expect(findings.map((f) => [f.code, f.at])).toEqual([['council/term-order', 'c.yaml:7:49']]);
  });

  it('accepts a one-day term and an open term', () => {
    const findings = findingsOf(
      {
        'c.yaml': council(
          '  - { id: ann, name: Ann, from: 2024-05-01, to: 2024-05-01 }\n  - { id: bob, name: Bob, from: 2024-05-01 }\n',
        ),
      },
      councilTermsCheck,
    );
    expect(findings).toEqual([]);
  });
});
