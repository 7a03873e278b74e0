import { diagnosticAt } from '../diagnostics/diagnostic-at.js';
import type { Check } from './check.js';

/** Sections are numbered 1, 2, …, n in order (`ordinance/section-numbering`); the first gap is reported. */
export const ordinanceSectionsCheck: Check = {
  name: 'ordinance-sections',
  reads: {},
  run({ project, report }) {
    for (const ordinance of project.ofKind('ordinance')) {
      const sections = ordinance.value.sections ?? [];
      const index = sections.findIndex((s, i) => s.number !== i + 1);
      const section = sections[index];
      if (section === undefined) continue;
      report(
        diagnosticAt(ordinance.doc, ['sections', index, 'number'], {
          code: 'ordinance/section-numbering',
          message: `section ${index + 1} is numbered ${section.number}; sections are numbered 1 to ${sections.length} in order`,
          hint: `number this section ${index + 1}`,
          params: { expected: index + 1, found: section.number },
        }),
      );
    }
  },
};
