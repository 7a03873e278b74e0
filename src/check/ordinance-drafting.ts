import { diagnosticAt } from '../diagnostics/diagnostic-at.js';
import type { Check } from './check.js';

/**
 * The council's house style (`drafting`) holds on its ordinances
 * (`ordinance/drafting-style`): the enacting clause, where the council sets
 * one, is present and word for word the same (spacing aside); and where the
 * council requires whereas clauses, there is at least one.
 */
export const ordinanceDraftingCheck: Check = {
  name: 'ordinance-drafting',
  run({ project, report }) {
    for (const ordinance of project.ofKind('ordinance')) {
      const drafting = project.find('council', ordinance.value.council)?.value.drafting;
      if (drafting === undefined) continue;
      const { enacting_clause: clause, whereas, sections } = ordinance.value;
      const expected = drafting.enacting_clause;
      if (expected !== undefined && clause === undefined) {
        report(
          diagnosticAt(ordinance.doc, sections === undefined ? [] : ['sections'], {
            code: 'ordinance/drafting-style',
            message: 'the enacting clause is missing',
            hint: `add enacting_clause: "${expected}"`,
            part: 'key',
            params: { expected },
          }),
        );
      } else if (
        expected !== undefined &&
        clause !== undefined &&
        normalize(clause) !== normalize(expected)
      ) {
        report(
          diagnosticAt(ordinance.doc, ['enacting_clause'], {
            code: 'ordinance/drafting-style',
            message: "the enacting clause differs from the council's",
            hint: `the council's drafting style says: "${expected}"`,
            params: { expected, found: clause },
          }),
        );
      }
      if (drafting.require_whereas === true && (whereas === undefined || whereas.length === 0)) {
        report(
          diagnosticAt(ordinance.doc, whereas === undefined ? [] : ['whereas'], {
            code: 'ordinance/drafting-style',
            message: 'the council requires at least one whereas clause',
            hint: 'add whereas: ["..."]',
            part: 'key',
            params: { require_whereas: true },
          }),
        );
      }
    }
  },
};

function normalize(text: string): string {
  return text.trim().replace(/\s+/g, ' ');
}
