import { didYouMean } from '../basics/suggest.js';
import { diagnosticAt } from '../load/locate.js';
import type { Check } from './check.js';

/** Every directive, ordinance, roll call and whip count names a council that exists. */
export const councilReferencesCheck: Check = {
  name: 'council-references',
  run({ project, report }) {
    for (const document of project.documents) {
      if (document.kind === 'council') continue;
      const council = document.value.council;
      if (project.councils.has(council)) continue;
      const councilIds = [...project.councils.keys()];
      const suggestion = didYouMean(council, councilIds);
      report(
        diagnosticAt(document.doc, ['council'], {
          code: 'ref/unknown-council',
          message: `no council with the id "${council}" was found`,
          hint:
            suggestion ??
            (councilIds.length === 0
              ? 'no council file was checked: include the folder holding the `kind: council` file'
              : `known councils: ${councilIds.join(', ')}`),
          params: { council, known: councilIds },
        }),
      );
    }
  },
};
