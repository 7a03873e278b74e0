import { describe, expect, it } from 'vitest';
import { referencesCheck } from '../../src/check/references.js';
import { findingsOf } from '../support/project-from-text.js';
import { TESTVILLE, ordinanceText, directiveText } from '../support/testville.js';

describe('directive-references', () => {
  it('reports an unknown directive, suggesting a close id', () => {
    const findings = findingsOf(
      {
        'c.yaml': TESTVILLE,
        'd.yaml': directiveText(),
        'o.yaml': ordinanceText('directive: frt-polcy\n'),
      },
      referencesCheck,
    );
    const directives = findings.filter((f) => f.code === 'ref/unknown-directive');
    expect(directives.map((f) => [f.code, f.at])).toEqual([
      ['ref/unknown-directive', 'o.yaml:8:12'],
    ]);
    expect(findings[0]?.hint).toContain('"frt-policy"');
  });

  it('reports a directive addressed to another council', () => {
    const findings = findingsOf(
      {
        'd.yaml': directiveText().replace('council: testville', 'council: elsewhere'),
        'o.yaml': ordinanceText('directive: frt-policy\n'),
      },
      referencesCheck,
    );
    const directives = findings.filter((f) => f.code === 'ref/unknown-directive');
    expect(directives.map((f) => [f.code, f.at])).toEqual([
      ['ref/unknown-directive', 'o.yaml:8:12'],
    ]);
  });
});
