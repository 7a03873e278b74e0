/**
 * One mistake in a roll call's votes, one finding: the checks that would
 * repeat it in other words (a missing member, a recorded tally that no
 * longer matches) stay quiet about it.
 */
import { describe, expect, it } from 'vitest';
import { findingsOf } from '../support/project-from-text.js';
import { FULL_VOTES_2024_09, TESTVILLE, rollCallText } from '../support/testville.js';

describe('a mistake in the votes is reported once', () => {
  it.each([
    ['a clean roll call whose record matches: nothing', FULL_VOTES_2024_09, '3-2', []],
    [
      'a misspelt member id: only ref/unknown-member, no missing member, no recorded mismatch',
      FULL_VOTES_2024_09.replace('ann-adams', 'ann-adam'),
      '3-2',
      [['ref/unknown-member', 'r.yaml:8:3']],
    ],
    [
      'a name close to nobody: the member in office without a vote is still reported',
      FULL_VOTES_2024_09.replace('ann-adams', 'zed-zimmer'),
      '3-2',
      [
        ['ref/unknown-member', 'r.yaml:8:3'],
        ['roll-call/missing-member', 'r.yaml:7:1'],
      ],
    ],
    [
      'a member with no vote: roll-call/missing-member, and the record is not compared',
      FULL_VOTES_2024_09.replace('  ann-adams: aye\n', ''),
      '3-2',
      [['roll-call/missing-member', 'r.yaml:7:1']],
    ],
    [
      'a vote by a member out of office: roll-call/not-in-office, and the record is not compared',
      `${FULL_VOTES_2024_09}  cat-chen: aye\n`,
      '4-2',
      [['roll-call/not-in-office', 'r.yaml:13:3']],
    ],
    [
      'a record that disagrees with votes that all resolve: still a mismatch',
      FULL_VOTES_2024_09,
      '4-1',
      [['tally/recorded-mismatch', 'r.yaml:13:11']],
    ],
  ])('%s', (_, votes, tally, expected) => {
    const text = rollCallText(
      `rule: passage\nvotes:\n${votes}recorded: { result: passed, tally: "${tally}" }\n`,
    );
    const found = findingsOf({ 'c.yaml': TESTVILLE, 'r.yaml': text }).map((f) => [f.code, f.at]);
    expect(found).toEqual(expected);
  });
});
