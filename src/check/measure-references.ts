import { didYouMean } from '../basics/suggest.js';
import { diagnosticAt } from '../load/locate.js';
import type { Check } from './check.js';

/**
 * A roll call's or whip count's `measure` is the id of an ordinance that was
 * checked, and of the same council.
 */
export const measureReferencesCheck: Check = {
  name: 'measure-references',
  run({ project, report }) {
    for (const document of [...project.ofKind('roll-call'), ...project.ofKind('whip-count')]) {
      const measure = document.value.measure;
      if (measure === undefined) continue;
      const ordinance = project.ordinances.get(measure);
      if (ordinance === undefined) {
        report(
          diagnosticAt(document.doc, ['measure'], {
            code: 'ref/unknown-measure',
            message: `no ordinance or resolution with the id "${measure}" was found`,
            hint:
              didYouMean(measure, [...project.ordinances.keys()]) ??
              'add the measure as a `kind: ordinance` file, or remove `measure:`',
            params: { measure },
          }),
        );
      } else if (ordinance.value.council !== document.value.council) {
        report(
          diagnosticAt(document.doc, ['measure'], {
            code: 'ref/unknown-measure',
            message: `the measure "${measure}" belongs to the council ${ordinance.value.council}, not ${document.value.council}`,
            params: { measure, council: ordinance.value.council },
          }),
        );
      }
    }
  },
};
