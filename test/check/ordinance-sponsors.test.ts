import { describe, expect, it } from 'vitest';
import { ordinanceSponsorsCheck } from '../../src/check/ordinance-sponsors.js';
import { findingsOf } from '../support/project-from-text.js';
import { TESTVILLE, ordinanceText } from '../support/testville.js';

describe('ordinance-sponsors', () => {
  it('reports a sponsor not in office on `introduced`, at the sponsor', () => {
    const findings = findingsOf(
      {
        'c.yaml': TESTVILLE,
        'o.yaml': ordinanceText('introduced: 2024-09-01\nsponsors:\n  - ann-adams\n  - cat-chen\n'),
      },
      ordinanceSponsorsCheck,
    );
    expect(findings.map((f) => [f.code, f.at])).toEqual([
      ['ordinance/sponsor-not-in-office', 'o.yaml:11:5'],
    ]);
  });

  it('accepts sponsors in office, and ordinances with no introduction date', () => {
    const findings = findingsOf(
      {
        'c.yaml': TESTVILLE,
        'o.yaml': ordinanceText('introduced: 2024-03-01\nsponsors: [ann-adams, cat-chen]\n'),
        'p.yaml': ordinanceText('sponsors: [cat-chen]\n').replace('"24-001"', '"24-002"'),
      },
      ordinanceSponsorsCheck,
    );
    expect(findings).toEqual([]);
  });
});
