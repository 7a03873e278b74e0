import { describe, expect, it } from 'vitest';
import { whipCountPositionsCheck } from '../../src/check/whip-count-positions.js';
import { findingsOf } from '../support/project-from-text.js';
import { TESTVILLE, whipCountText } from '../support/testville.js';

describe('whip-count-positions', () => {
  it('reports a position for a member not in office on as_of, at the key', () => {
    const findings = findingsOf(
      {
        'c.yaml': TESTVILLE,
        'w.yaml': whipCountText('positions:\n  ann-adams: yes\n  cat-chen: { stance: no }\n'),
      },
      whipCountPositionsCheck,
    );
    expect(findings.map((f) => [f.code, f.at])).toEqual([['whip/not-in-office', 'w.yaml:9:3']]);
  });

  it('accepts positions of members in office', () => {
    const text = whipCountText('positions:\n  ann-adams: yes\n  dan-diaz: lean-no\n');
    expect(findingsOf({ 'c.yaml': TESTVILLE, 'w.yaml': text }, whipCountPositionsCheck)).toEqual(
      [],
    );
  });
});
