import { diagnosticAt } from '../diagnostics/diagnostic-at.js';
import type { Check } from './check.js';

const ORDER = ['proposed', 'issued', 'effective'] as const;

/** A directive's dates are in order: proposed <= issued <= effective (`directive/date-order`). */
export const directiveDatesCheck: Check = {
  name: 'directive-dates',
  reads: {},
  run({ project, report }) {
    for (const directive of project.ofKind('directive')) {
      let previous: { key: (typeof ORDER)[number]; date: string } | undefined;
      for (const key of ORDER) {
        const date = directive.value[key];
        if (date === undefined) continue;
        if (previous !== undefined && date < previous.date) {
          report(
            diagnosticAt(directive.doc, [key], {
              code: 'directive/date-order',
              message: `${key} (${date}) is before ${previous.key} (${previous.date})`,
              hint: 'dates run proposed, issued, effective; check this one',
              params: { field: key, date, before: previous.key, beforeDate: previous.date },
            }),
          );
        }
        previous = { key, date };
      }
    }
  },
};
