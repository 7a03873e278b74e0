import { describe, expect, it } from 'vitest';
import { ordinanceDraftingCheck } from '../../src/check/ordinance-drafting.js';
import { findingsOf } from '../support/project-from-text.js';
import { TESTVILLE, ordinanceText } from '../support/testville.js';

const sections = 'sections:\n  - { number: 1, text: a }\n';

describe('ordinance-drafting', () => {
  it("reports an enacting clause that differs from the council's, at the clause", () => {
    const findings = findingsOf(
      {
        'c.yaml': TESTVILLE,
        'o.yaml': ordinanceText(`enacting_clause: Be it ordained\n${sections}`),
      },
      ordinanceDraftingCheck,
    );
    expect(findings.map((f) => [f.code, f.at])).toEqual([
      ['ordinance/drafting-style', 'o.yaml:8:18'],
    ]);
  });

  it('reports a missing enacting clause, at `sections:`', () => {
    const findings = findingsOf(
      { 'c.yaml': TESTVILLE, 'o.yaml': ordinanceText(sections) },
      ordinanceDraftingCheck,
    );
    expect(findings.map((f) => [f.code, f.at])).toEqual([
      ['ordinance/drafting-style', 'o.yaml:8:1'],
    ]);
  });

  it('accepts the same clause, spacing aside', () => {
    const text = ordinanceText(
      `enacting_clause: >-\n  The Testville Council\n  does ordain as follows\n${sections}`,
    );
    expect(findingsOf({ 'c.yaml': TESTVILLE, 'o.yaml': text }, ordinanceDraftingCheck)).toEqual([]);
  });

  it('reports a missing whereas clause where the council requires one', () => {
    const council = `${TESTVILLE}  require_whereas: true\n`;
    const text = ordinanceText(
      `whereas: []\nenacting_clause: The Testville Council does ordain as follows\n${sections}`,
    );
    const findings = findingsOf({ 'c.yaml': council, 'o.yaml': text }, ordinanceDraftingCheck);
    expect(findings.map((f) => [f.code, f.at])).toEqual([
      ['ordinance/drafting-style', 'o.yaml:8:1'],
    ]);
  });
});
