import { describe, expect, it } from 'vitest';
import { rollCallCountsCheck } from '../../src/check/roll-call-counts.js';
import { findingsOf } from '../support/project-from-text.js';
import { TESTVILLE, rollCallText } from '../support/testville.js';

describe('roll-call-counts', () => {
  it('reports counts that do not add up to the members in office, showing both', () => {
    const findings = findingsOf(
      { 'c.yaml': TESTVILLE, 'r.yaml': rollCallText('rule: passage\ncounts: { aye: 3, no: 1 }\n') },
      rollCallCountsCheck,
    );
    expect(findings.map((f) => [f.code, f.at])).toEqual([['roll-call/counts-total', 'r.yaml:7:1']]);
    expect(findings[0]?.message).toMatch(/\b4\b.*\b5\b/);
  });

  it('counts members in office on the date, vacancies excluded', () => {
    const july = rollCallText('rule: passage\ncounts: { aye: 3, absent: 1 }\n').replace(
      '2024-09-01',
      '2024-07-15',
    );
    expect(findingsOf({ 'c.yaml': TESTVILLE, 'r.yaml': july }, rollCallCountsCheck)).toEqual([]);
  });
});
