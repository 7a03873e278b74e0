import { describe, expect, it } from 'vitest';
import { rollCallExecutiveCheck } from '../../src/check/roll-call-executive.js';
import { findingsOf } from '../support/project-from-text.js';
import { TESTVILLE, rollCallText } from '../support/testville.js';

describe('roll-call-executive', () => {
  it('reports an executive vote where the rule in force allows no tie vote', () => {
    const findings = findingsOf(
      {
        'c.yaml': TESTVILLE,
        'r.yaml': rollCallText(
          'rule: override\ncounts: { aye: 2, no: 2, absent: 1 }\nexecutive: aye\n',
        ),
      },
      rollCallExecutiveCheck,
    );
    expect(findings.map((f) => [f.code, f.at])).toEqual([
      ['council/executive-vote', 'r.yaml:8:12'],
    ]);
  });

  it('accepts a tie-break where the version in force allows it', () => {
    const text = rollCallText(
      'rule: override\ncounts: { aye: 2, no: 2, absent: 1 }\nexecutive: aye\n',
    ).replace('2024-09-01', '2025-02-01');
    expect(findingsOf({ 'c.yaml': TESTVILLE, 'r.yaml': text }, rollCallExecutiveCheck)).toEqual([]);
  });

  it('reports an executive vote when the members are not tied', () => {
    const text = rollCallText(
      'rule: override\ncounts: { aye: 3, no: 2 }\nexecutive: aye\n',
    ).replace('2024-09-01', '2025-02-01');
    const findings = findingsOf({ 'c.yaml': TESTVILLE, 'r.yaml': text }, rollCallExecutiveCheck);
    expect(findings.map((f) => [f.code, f.at])).toEqual([
      ['council/executive-vote', 'r.yaml:8:12'],
    ]);
  });

  it('reports a tie-break by an executive who already voted as a member', () => {
    // Pat Mayor sits on the council as a member too, and votes in the roll call.
    const council = TESTVILLE.replace(
      '  - { id: fay-fox, name: Fay Fox, district: 5, from: 2024-01-01 }',
      '  - { id: pat-mayor, name: Pat  mayor, district: 5, from: 2024-01-01 }',
    );
    const votes =
      'votes:\n  ann-adams: aye\n  bob-brown: no\n  dan-diaz: aye\n  eve-evans: no\n  pat-mayor: absent\n';
    const text = rollCallText(`rule: override\n${votes}executive: aye\n`).replace(
      '2024-09-01',
      '2025-02-01',
    );
    const findings = findingsOf({ 'c.yaml': council, 'r.yaml': text }, rollCallExecutiveCheck);
    expect(findings.map((f) => [f.code, f.at])).toEqual([
      ['council/executive-vote', 'r.yaml:13:12'],
    ]);
    expect(findings[0]?.message).toContain('pat-mayor');
  });
});
