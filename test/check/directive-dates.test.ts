import { describe, expect, it } from 'vitest';
import { directiveDatesCheck } from '../../src/check/directive-dates.js';
import { findingsOf } from '../support/project-from-text.js';
import { directiveText } from '../support/testville.js';

describe('directive-dates', () => {
  it('reports an effective date before the issue date, at `effective`', () => {
    const findings = findingsOf(
      {
        'd.yaml': directiveText(
          'proposed: 2025-05-01\nissued: 2026-02-06\neffective: 2026-02-01\n',
        ),
      },
      directiveDatesCheck,
    );
    expect(findings.map((f) => [f.code, f.at])).toEqual([['directive/date-order', 'd.yaml:9:12']]);
  });

  it('compares across a missing date: proposed after effective', () => {
    const findings = findingsOf(
      { 'd.yaml': directiveText('proposed: 2026-03-01\neffective: 2026-02-01\n') },
      directiveDatesCheck,
    );
    expect(findings.map((f) => [f.code, f.at])).toEqual([['directive/date-order', 'd.yaml:8:12']]);
  });

  it('accepts dates in order, same days included', () => {
    const text = directiveText('proposed: 2025-05-01\nissued: 2026-02-06\neffective: 2026-02-06\n');
    expect(findingsOf({ 'd.yaml': text }, directiveDatesCheck)).toEqual([]);
  });
});
