import { describe, expect, it } from 'vitest';
import { ordinanceDirectiveStatusCheck } from '../../src/check/ordinance-directive-status.js';
import { findingsOf } from '../support/project-from-text.js';
import { TESTVILLE, directiveText, ordinanceText } from '../support/testville.js';

const pending = ordinanceText('action: override\ndirective: frt-policy\n');

describe('ordinance-directive-status', () => {
  it.each(['rescinded', 'withdrawn', 'suspended', 'proposed'])(
    'reports a pending override of a %s directive, at `directive`',
    (status) => {
      const findings = findingsOf(
        { 'c.yaml': TESTVILLE, 'd.yaml': directiveText('', status), 'o.yaml': pending },
        ordinanceDirectiveStatusCheck,
      );
      expect(findings.map((f) => [f.code, f.at])).toEqual([
        ['ordinance/directive-status', 'o.yaml:9:12'],
      ]);
      expect(findings[0]?.message).toContain(status === 'proposed' ? 'only proposed' : status);
    },
  );

  it.each(['issued', 'modified'])('accepts an override of a %s directive', (status) => {
    const findings = findingsOf(
      { 'c.yaml': TESTVILLE, 'd.yaml': directiveText('', status), 'o.yaml': pending },
      ordinanceDirectiveStatusCheck,
    );
    expect(findings).toEqual([]);
  });

  it('leaves decided ordinances alone: the directive was suspended by this one', () => {
    const adopted = ordinanceText('action: override\ndirective: frt-policy\n', 'adopted');
    const findings = findingsOf(
      { 'c.yaml': TESTVILLE, 'd.yaml': directiveText('', 'suspended'), 'o.yaml': adopted },
      ordinanceDirectiveStatusCheck,
    );
    expect(findings).toEqual([]);
  });
});
