import { describe, expect, it } from 'vitest';
import { recordedTallyCheck } from '../../src/check/recorded-tally.js';
import { findingsOf } from '../support/project-from-text.js';
import { FULL_VOTES_2024_09, TESTVILLE, rollCallText } from '../support/testville.js';

/** Testville on 2024-09-01: 5 seats, all filled; the votes are 3 aye, 2 no. */
const rollCall = (recorded: string, rule = 'passage'): string =>
  rollCallText(`rule: ${rule}\nvotes:\n${FULL_VOTES_2024_09}recorded: ${recorded}\n`);

describe('tally/recorded-mismatch', () => {
  it('accepts a record that agrees with the votes', () => {
    const files = { 'c.yaml': TESTVILLE, 'r.yaml': rollCall('{ result: passed, tally: "3-2" }') };
    expect(findingsOf(files, recordedTallyCheck)).toEqual([]);
  });

  it('accepts a colon in the tally', () => {
    const files = { 'c.yaml': TESTVILLE, 'r.yaml': rollCall('{ tally: "3:2" }') };
    expect(findingsOf(files, recordedTallyCheck)).toEqual([]);
  });

  it('reports a wrong result at the recorded node, showing both', () => {
    // two-thirds of 5 seats is 3⅓, so 4 ayes: 3-2 fails the override
    const files = {
      'c.yaml': TESTVILLE,
      'r.yaml': rollCall('{ result: passed, tally: "3-2" }', 'override'),
    };
    const findings = findingsOf(files, recordedTallyCheck);
    expect(findings.map((f) => [f.code, f.severity, f.at])).toEqual([
      ['tally/recorded-mismatch', 'error', 'r.yaml:13:11'],
    ]);
    expect(findings[0]?.message).toContain('passed');
    expect(findings[0]?.message).toContain('failed 3-2');
  });

  it('reports a wrong tally', () => {
    const files = { 'c.yaml': TESTVILLE, 'r.yaml': rollCall('{ result: passed, tally: "4-1" }') };
    const findings = findingsOf(files, recordedTallyCheck);
    expect(findings.map((f) => f.code)).toEqual(['tally/recorded-mismatch']);
    expect(findings[0]?.message).toMatch(/4-1.*3-2/);
  });

  it('is silent when the council, the rule or a version in force is missing', () => {
    const unknownRule = { 'c.yaml': TESTVILLE, 'r.yaml': rollCall('{ result: failed }', 'nope') };
    const noCouncil = { 'r.yaml': rollCall('{ result: failed }') };
    const tooEarly = {
      'c.yaml': TESTVILLE,
      'r.yaml': rollCall('{ result: failed }', 'override').replace('2024-09-01', '2023-09-01'),
    };
    expect(findingsOf(unknownRule, recordedTallyCheck)).toEqual([]);
    expect(findingsOf(noCouncil, recordedTallyCheck)).toEqual([]);
    expect(findingsOf(tooEarly, recordedTallyCheck)).toEqual([]);
  });
});
