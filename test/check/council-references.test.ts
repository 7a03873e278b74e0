import { describe, expect, it } from 'vitest';
import { referencesCheck } from '../../src/check/references.js';
import { findingsOf } from '../support/project-from-text.js';
import { TESTVILLE, directiveText } from '../support/testville.js';

describe('council-references', () => {
  it('reports an unknown council at its value, suggesting a close one', () => {
    const findings = findingsOf(
      {
        'c.yaml': TESTVILLE,
        'd.yaml': directiveText().replace('council: testville', 'council: testvile'),
      },
      referencesCheck,
    );
    expect(findings.map((f) => [f.code, f.at])).toEqual([['ref/unknown-council', 'd.yaml:4:10']]);
    expect(findings[0]?.hint).toContain('"testville"');
  });

  it('accepts a known council', () => {
    expect(findingsOf({ 'c.yaml': TESTVILLE, 'd.yaml': directiveText() }, referencesCheck)).toEqual(
      [],
    );
  });
});
