import { describe, expect, it } from 'vitest';
import { rollCallMembersCheck } from '../../src/check/roll-call-members.js';
import { findingsOf } from '../support/project-from-text.js';
import { TESTVILLE, rollCallText } from '../support/testville.js';

describe('roll-call-members', () => {
  it('accepts a vote by every member in office, synonyms included', () => {
    const votes =
      'rule: passage\nvotes:\n  ann-adams: yes\n  bob-brown: nay\n  dan-diaz: no\n  eve-evans: absent\n  fay-fox: aye\n';
    expect(
      findingsOf({ 'c.yaml': TESTVILLE, 'r.yaml': rollCallText(votes) }, rollCallMembersCheck),
    ).toEqual([]);
  });

  it('reports each member in office with no vote, at `votes:`, naming them', () => {
    const findings = findingsOf(
      {
        'c.yaml': TESTVILLE,
        'r.yaml': rollCallText(
          'rule: passage\nvotes:\n  ann-adams: aye\n  bob-brown: aye\n  dan-diaz: no\n',
        ),
      },
      rollCallMembersCheck,
    );
    expect(findings.map((f) => [f.code, f.at])).toEqual([
      ['roll-call/missing-member', 'r.yaml:7:1'],
      ['roll-call/missing-member', 'r.yaml:7:1'],
    ]);
    expect(findings[0]?.message).toContain('eve-evans');
    expect(findings[1]?.message).toContain('fay-fox');
  });

  it('reports a vote by a member whose term has ended, at the key', () => {
    const text = rollCallText(
      'rule: passage\nvotes:\n  ann-adams: aye\n  bob-brown: aye\n  cat-chen: no\n  dan-diaz: no\n  eve-evans: aye\n  fay-fox: aye\n',
    );
    const findings = findingsOf({ 'c.yaml': TESTVILLE, 'r.yaml': text }, rollCallMembersCheck);
    expect(findings.map((f) => [f.code, f.at])).toEqual([
      ['roll-call/not-in-office', 'r.yaml:10:3'],
    ]);
  });

  it('reports a vote for a vacant seat when nobody holds the district that day', () => {
    const text = rollCallText(
      'rule: passage\nvotes:\n  ann-adams: aye\n  bob-brown: aye\n  dan-diaz: no\n  eve-evans: aye\n  fay-fox: aye\n',
    ).replace('date: 2024-09-01', 'date: 2024-07-15');
    const findings = findingsOf({ 'c.yaml': TESTVILLE, 'r.yaml': text }, rollCallMembersCheck);
    expect(findings.map((f) => [f.code, f.at])).toEqual([['roll-call/vacant-seat', 'r.yaml:10:3']]);
    expect(findings[0]?.message).toContain('vacant seat');
  });

  it('leaves roll calls given as counts alone', () => {
    const text = rollCallText('rule: passage\ncounts: { aye: 1 }\n');
    expect(findingsOf({ 'c.yaml': TESTVILLE, 'r.yaml': text }, rollCallMembersCheck)).toEqual([]);
  });
});
