import { describe, expect, it } from 'vitest';
import { whipCountSizeCheck } from '../../src/check/whip-count-size.js';
import { findingsOf } from '../support/project-from-text.js';
import { TESTVILLE, whipCountText } from '../support/testville.js';

describe('whip-count-size', () => {
  it('reports positions and blocs exceeding the members in office, at `blocs:`', () => {
    const findings = findingsOf(
      {
        'c.yaml': TESTVILLE,
        'w.yaml': whipCountText(
          'positions:\n  ann-adams: yes\n  bob-brown: no\nblocs:\n  - { size: 4, stance: yes }\n',
        ),
      },
      whipCountSizeCheck,
    );
    expect(findings.map((f) => [f.code, f.at])).toEqual([['whip/over-members', 'w.yaml:10:1']]);
    expect(findings[0]?.message).toContain('6');
  });

  it('counts the members in office on as_of: four during the vacancy', () => {
    const text = whipCountText('blocs:\n  - { size: 5, stance: yes }\n', '2024-07-15');
    const findings = findingsOf({ 'c.yaml': TESTVILLE, 'w.yaml': text }, whipCountSizeCheck);
    expect(findings.map((f) => [f.code, f.at])).toEqual([['whip/over-members', 'w.yaml:7:1']]);
  });

  it('accepts positions and blocs that fit', () => {
    const text = whipCountText(
      'positions:\n  ann-adams: yes\nblocs:\n  - { size: 4, stance: no }\n',
    );
    expect(findingsOf({ 'c.yaml': TESTVILLE, 'w.yaml': text }, whipCountSizeCheck)).toEqual([]);
  });
});
