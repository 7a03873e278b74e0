import { describe, expect, it } from 'vitest';
import { memberReferencesCheck } from '../../src/check/member-references.js';
import { recordedTallyCheck } from '../../src/check/recorded-tally.js';
import { findingsOf } from '../support/project-from-text.js';
import { TESTVILLE, rollCallText, whipCountText } from '../support/testville.js';

/** Testville's executive is "Mayor Pat Mayor"; on 2024-09-01 its members are ann, bob, dan, eve and fay. */
const ROLL_CALL_HINT =
  'the Mayor\'s tie-breaking vote is not a member\'s vote: write "executive: aye" (or no) at the top level of the roll call, beside "votes:"; it counts only to break a tie, under a rule with executive_tie_vote: true';

describe('the executive written under votes', () => {
  it.each(['mayor', 'Mayor', 'executive', 'Pat Mayor', 'pat-mayor', 'mayor-pat-mayor'])(
    '"%s: aye" is not a member, and the hint points to the executive field',
    (id) => {
      const files = {
        'c.yaml': TESTVILLE,
        'r.yaml': rollCallText(`rule: passage\nvotes:\n  ann-adams: aye\n  ${id}: aye\n`),
      };
      const findings = findingsOf(files, memberReferencesCheck);
      expect(findings.map((f) => [f.code, f.severity, f.at])).toEqual([
        ['ref/unknown-member', 'error', 'r.yaml:9:3'],
      ]);
      expect(findings[0]?.message).toBe(`"${id}" is not a member of testville`);
      expect(findings[0]?.hint).toBe(ROLL_CALL_HINT);
    },
  );

  it('a whip count: the hint names its own executive field', () => {
    const files = { 'c.yaml': TESTVILLE, 'w.yaml': whipCountText('positions:\n  mayor: yes\n') };
    const findings = findingsOf(files, memberReferencesCheck);
    expect(findings.map((f) => [f.code, f.at])).toEqual([['ref/unknown-member', 'w.yaml:8:3']]);
    expect(findings[0]?.hint).toBe(
      'the Mayor\'s chance of breaking a tie is not a member\'s position: write "executive: yes" (or lean-yes, undecided, lean-no, no) at the top level of the whip count, beside "positions:"',
    );
  });

  it('a council without an executive: the hint says the council file needs one too', () => {
    const council = TESTVILLE.replace('executive: { title: Mayor, name: Pat Mayor }\n', '');
    const files = {
      'c.yaml': council,
      'r.yaml': rollCallText('rule: passage\nvotes:\n  mayor: aye\n'),
    };
    const findings = findingsOf(files, memberReferencesCheck);
    expect(findings.map((f) => [f.code, f.at])).toEqual([['ref/unknown-member', 'r.yaml:8:3']]);
    expect(findings[0]?.hint).toBe(
      'the executive\'s tie-breaking vote is not a member\'s vote: write "executive: aye" (or no) at the top level of the roll call, beside "votes:"; it counts only to break a tie, under a rule with executive_tie_vote: true; the council file (testville) needs an "executive:" too',
    );
  });

  it('other unknown ids keep their suggestions; a member named like the executive is a member', () => {
    const typo = findingsOf(
      {
        'c.yaml': TESTVILLE,
        'r.yaml': rollCallText('rule: passage\nvotes:\n  ann-adam: aye\n'),
      },
      memberReferencesCheck,
    );
    expect(typo[0]?.hint).toBe('did you mean "ann-adams"?');
    const sitting = TESTVILLE.replace('name: Pat Mayor }', 'name: Ann Adams }');
    const byName = findingsOf(
      { 'c.yaml': sitting, 'r.yaml': rollCallText('rule: passage\nvotes:\n  Ann Adams: aye\n') },
      memberReferencesCheck,
    );
    expect(byName[0]?.hint).toBe('did you mean "ann-adams"?');
  });
});

describe('tally/recorded-mismatch after a broken tie', () => {
  // passage, here letting the Mayor break a tie; the members tie 2-2 with one absent
  const rollCall = (recorded: string): string =>
    rollCallText(
      'rule: passage\nvotes:\n  ann-adams: aye\n  bob-brown: aye\n  dan-diaz: no\n  eve-evans: no\n  fay-fox: absent\nexecutive: aye\n' +
        `recorded: ${recorded}\n`,
    );
  const council = TESTVILLE.replace(
    'threshold: { fraction: 1/2, of: voting, compare: more-than }',
    'threshold: { fraction: 1/2, of: voting, compare: more-than }\n    executive_tie_vote: true',
  );

  it.each(['"2-2"', '"3-2"'])('accepts the tally %s: either reading', (tally) => {
    const files = { 'c.yaml': council, 'r.yaml': rollCall(`{ result: passed, tally: ${tally} }`) };
    expect(findingsOf(files, recordedTallyCheck)).toEqual([]);
  });

  it('a tally that matches neither names both readings', () => {
    const files = { 'c.yaml': council, 'r.yaml': rollCall('{ result: passed, tally: "4-1" }') };
    const findings = findingsOf(files, recordedTallyCheck);
    expect(findings.map((f) => [f.code, f.at])).toEqual([
      ['tally/recorded-mismatch', 'r.yaml:14:11'],
    ]);
    expect(findings[0]?.message).toBe(
      "recorded passed 4-1, but the votes give passed 2-2, or 3-2 with the Mayor's tie-breaking aye (3 ayes required under the rule passage)",
    );
  });
});
