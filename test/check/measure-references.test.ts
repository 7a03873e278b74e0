import { describe, expect, it } from 'vitest';
import { referencesCheck } from '../../src/check/references.js';
import { findingsOf } from '../support/project-from-text.js';
import { TESTVILLE, rollCallText, ordinanceText } from '../support/testville.js';

describe('measure-references', () => {
  it('reports a measure that is not an ordinance of the project', () => {
    const findings = findingsOf(
      {
        'c.yaml': TESTVILLE,
        'o.yaml': ordinanceText(''),
        'r.yaml': rollCallText('measure: "24-002"\nrule: passage\ncounts: { aye: 5 }\n'),
      },
      referencesCheck,
    );
    expect(findings.map((f) => [f.code, f.at])).toEqual([['ref/unknown-measure', 'r.yaml:6:10']]);
  });

  it('accepts a measure that exists', () => {
    const findings = findingsOf(
      {
        'c.yaml': TESTVILLE,
        'o.yaml': ordinanceText(''),
        'r.yaml': rollCallText('measure: "24-001"\nrule: passage\ncounts: { aye: 5 }\n'),
      },
      referencesCheck,
    );
    expect(findings).toEqual([]);
  });
});
