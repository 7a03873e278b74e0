import { didYouMean } from '../basics/suggest.js';
import { diagnosticAt } from '../load/locate.js';
import type { Check } from './check.js';

/** An ordinance's `directive` is the id of a directive that was checked, of the same council. */
export const directiveReferencesCheck: Check = {
  name: 'directive-references',
  run({ project, report }) {
    for (const ordinance of project.ofKind('ordinance')) {
      const id = ordinance.value.directive;
      if (id === undefined) continue;
      const directive = project.directives.get(id);
      if (directive === undefined) {
        report(
          diagnosticAt(ordinance.doc, ['directive'], {
            code: 'ref/unknown-directive',
            message: `no directive with the id "${id}" was found`,
            hint:
              didYouMean(id, [...project.directives.keys()]) ??
              'add the directive as a `kind: directive` file, or remove `directive:`',
            params: { directive: id },
          }),
        );
      } else if (directive.value.council !== ordinance.value.council) {
        report(
          diagnosticAt(ordinance.doc, ['directive'], {
            code: 'ref/unknown-directive',
            message: `the directive "${id}" is addressed to the council ${directive.value.council}, not ${ordinance.value.council}`,
            params: { directive: id, council: directive.value.council },
          }),
        );
      }
    }
  },
};
