import { describe, expect, it } from 'vitest';
import { memberReferencesCheck } from '../../src/check/member-references.js';
import { findingsOf } from '../support/project-from-text.js';
import { TESTVILLE, rollCallText, ordinanceText } from '../support/testville.js';

describe('member-references', () => {
  it('reports a vote by someone not on the roster at the key, listing close ids', () => {
    const findings = findingsOf(
      {
        'c.yaml': TESTVILLE,
        'r.yaml': rollCallText('rule: passage\nvotes:\n  ann-adams: aye\n  brown: no\n'),
      },
      memberReferencesCheck,
    );
    expect(findings.map((f) => [f.code, f.at])).toEqual([['ref/unknown-member', 'r.yaml:9:3']]);
    expect(findings[0]?.hint).toContain('"bob-brown"');
  });

  it('suggests the id when a member is named by their full name', () => {
    const findings = findingsOf(
      {
        'c.yaml': TESTVILLE,
        'r.yaml': rollCallText('rule: passage\nvotes:\n  "Ann Adams": aye\n'),
      },
      memberReferencesCheck,
    );
    expect(findings[0]?.hint).toContain('"ann-adams"');
  });

  it('reports unknown whip positions and sponsors', () => {
    const whip = `kind: whip-count
version: 1
id: w
council: testville
rule: override
as_of: 2024-09-01
positions:
  zed: yes
`;
    const findings = findingsOf(
      {
        'c.yaml': TESTVILLE,
        'w.yaml': whip,
        'o.yaml': ordinanceText('sponsors: [ann-adams, fay-foxx]\n'),
      },
      memberReferencesCheck,
    );
    expect(findings.map((f) => [f.code, f.at])).toEqual([
      ['ref/unknown-member', 'w.yaml:8:3'],
      ['ref/unknown-member', 'o.yaml:8:23'],
    ]);
  });

  it('leaves documents of an unknown council alone', () => {
    const findings = findingsOf(
      { 'r.yaml': rollCallText('rule: passage\nvotes:\n  zed: aye\n') },
      memberReferencesCheck,
    );
    expect(findings).toEqual([]);
  });
});
