import { describe, expect, it } from 'vitest';
import { whipCountExecutiveCheck } from '../../src/check/whip-count-executive.js';
import { findingsOf } from '../support/project-from-text.js';
import { TESTVILLE, whipCountText } from '../support/testville.js';

describe('whip-count-executive', () => {
  it('warns, at `executive:`, when the rule in force gives the executive no tie vote', () => {
    // On 2024-09-01 the override rule's first version is in force: no tie vote.
    const findings = findingsOf(
      { 'c.yaml': TESTVILLE, 'w.yaml': whipCountText('executive: yes\n') },
      whipCountExecutiveCheck,
    );
    expect(findings.map((f) => [f.code, f.severity, f.at])).toEqual([
      ['whip/executive-tie-vote', 'warning', 'w.yaml:7:1'],
    ]);
  });

  it('accepts the stance where the rule in force allows a tie vote', () => {
    const text = whipCountText('executive: { stance: lean-yes, probability: 0.6 }\n', '2025-03-01');
    expect(findingsOf({ 'c.yaml': TESTVILLE, 'w.yaml': text }, whipCountExecutiveCheck)).toEqual(
      [],
    );
  });

  it('warns when the council has no executive to vote', () => {
    const council = TESTVILLE.replace('executive: { title: Mayor, name: Pat Mayor }\n', '');
    const text = whipCountText('executive: no\n', '2025-03-01');
    const findings = findingsOf({ 'c.yaml': council, 'w.yaml': text }, whipCountExecutiveCheck);
    expect(findings.map((f) => [f.code, f.at])).toEqual([
      ['whip/executive-tie-vote', 'w.yaml:7:1'],
    ]);
  });

  it('says nothing without an executive stance, or when the rule has no version in force', () => {
    expect(
      findingsOf({ 'c.yaml': TESTVILLE, 'w.yaml': whipCountText('') }, whipCountExecutiveCheck),
    ).toEqual([]);
    const early = whipCountText('executive: yes\n', '2023-01-01');
    expect(findingsOf({ 'c.yaml': TESTVILLE, 'w.yaml': early }, whipCountExecutiveCheck)).toEqual(
      [],
    );
  });
});
