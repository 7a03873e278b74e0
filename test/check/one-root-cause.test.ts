/**
 * One mistake in a roll call's votes, one finding: the checks that would
 * repeat it in other words (a missing member, a recorded tally that no
 * longer matches) stay quiet about it.
 */
import { describe, expect, it } from 'vitest';
import { findingsOf } from '../support/project-from-text.js';
import { FULL_VOTES_2024_09, TESTVILLE, rollCallText } from '../support/testville.js';

/** A roll call of every member in office on 2024-09-01 (3-2), with the record given. */
const rollCall = (votes: string, recorded: string): string =>
  rollCallText(`rule: passage\nvotes:\n${votes}recorded: ${recorded}\n`);

const codesAt = (files: Record<string, string>): string[][] =>
  findingsOf(files).map((f) => [f.code, f.at]);

describe('a mistake in the votes is reported once', () => {
  it('a clean roll call whose record matches has no findings', () => {
    const text = rollCall(FULL_VOTES_2024_09, '{ result: passed, tally: "3-2" }');
    expect(codesAt({ 'c.yaml': TESTVILLE, 'r.yaml': text })).toEqual([]);
  });

  it('a misspelt member id: only ref/unknown-member, no missing member, no recorded mismatch', () => {
    const text = rollCall(
      FULL_VOTES_2024_09.replace('ann-adams', 'ann-adam'),
      '{ result: passed, tally: "3-2" }',
    );
    expect(codesAt({ 'c.yaml': TESTVILLE, 'r.yaml': text })).toEqual([
      ['ref/unknown-member', 'r.yaml:8:3'],
    ]);
  });

  it('a name nobody is close to still leaves the member in office without a vote reported', () => {
    const text = rollCall(
      FULL_VOTES_2024_09.replace('ann-adams', 'zed-zimmer'),
      '{ result: passed, tally: "3-2" }',
    );
    expect(codesAt({ 'c.yaml': TESTVILLE, 'r.yaml': text })).toEqual([
      ['ref/unknown-member', 'r.yaml:8:3'],
      ['roll-call/missing-member', 'r.yaml:7:1'],
    ]);
  });

  it('a member with no vote: roll-call/missing-member, and the record is not compared', () => {
    const text = rollCall(
      FULL_VOTES_2024_09.replace('  ann-adams: aye\n', ''),
      '{ result: passed, tally: "3-2" }',
    );
    expect(codesAt({ 'c.yaml': TESTVILLE, 'r.yaml': text })).toEqual([
      ['roll-call/missing-member', 'r.yaml:7:1'],
    ]);
  });

  it('a vote by a member out of office: roll-call/not-in-office, and the record is not compared', () => {
    const text = rollCall(
      `${FULL_VOTES_2024_09}  cat-chen: aye\n`,
      '{ result: passed, tally: "4-2" }',
    );
    expect(codesAt({ 'c.yaml': TESTVILLE, 'r.yaml': text })).toEqual([
      ['roll-call/not-in-office', 'r.yaml:13:3'],
    ]);
  });

  it('a record that disagrees with votes that all resolve is still a mismatch', () => {
    const text = rollCall(FULL_VOTES_2024_09, '{ result: passed, tally: "4-1" }');
    expect(codesAt({ 'c.yaml': TESTVILLE, 'r.yaml': text })).toEqual([
      ['tally/recorded-mismatch', 'r.yaml:13:11'],
    ]);
  });
});
