import { describe, expect, it } from 'vitest';
import { ordinanceSectionsCheck } from '../../src/check/ordinance-sections.js';
import { findingsOf } from '../support/project-from-text.js';
import { ordinanceText } from '../support/testville.js';

describe('ordinance-sections', () => {
  it('reports the first section out of sequence, at its number', () => {
    const findings = findingsOf(
      {
        'o.yaml': ordinanceText(
          'sections:\n  - { number: 1, text: a }\n  - { number: 3, text: b }\n  - { number: 4, text: c }\n',
        ),
      },
      ordinanceSectionsCheck,
    );
    expect(findings.map((f) => [f.code, f.at])).toEqual([
      ['ordinance/section-numbering', 'o.yaml:10:15'],
    ]);
  });

  it('reports sections that do not start at 1', () => {
    const findings = findingsOf(
      { 'o.yaml': ordinanceText('sections:\n  - number: 0\n    text: a\n') },
      ordinanceSectionsCheck,
    );
    expect(findings.map((f) => [f.code, f.at])).toEqual([
      ['ordinance/section-numbering', 'o.yaml:9:13'],
    ]);
  });

  it('accepts 1..n', () => {
    const text = ordinanceText(
      'sections:\n  - { number: 1, text: a }\n  - { number: 2, text: b }\n',
    );
    expect(findingsOf({ 'o.yaml': text }, ordinanceSectionsCheck)).toEqual([]);
  });
});
