import { diagnosticAt } from '../load/locate.js';
import { KINDS } from '../model/common.js';
import type { TypedDocument } from '../model/typed-document.js';
import type { Check } from './check.js';
import { describePlace } from './describe.js';

/**
 * Ids are unique per kind across every file (`id/duplicate`, at the second
 * one); ids differing only in letter case are probably one thing written twice
 * (`id/possible-duplicate`, a warning).
 */
export const uniqueIdsCheck: Check = {
  name: 'unique-ids',
  run({ project, report }) {
    for (const kind of KINDS) {
      const byId = new Map<string, TypedDocument>();
      const byFoldedId = new Map<string, TypedDocument>();
      for (const current of project.ofKind(kind)) {
        const id = current.value.id;
        const first = byId.get(id);
        if (first !== undefined) {
          const where = describePlace(first.doc, ['id']);
          report(
            diagnosticAt(current.doc, ['id'], {
              code: 'id/duplicate',
              message: `another ${kind} already has the id "${id}" (${where})`,
              hint: `ids must be unique among ${kind} documents; rename one of them`,
              params: { kind, id, first: where },
            }),
          );
          continue;
        }
        byId.set(id, current);
        const folded = id.toLowerCase();
        const similar = byFoldedId.get(folded);
        if (similar === undefined) {
          byFoldedId.set(folded, current);
          continue;
        }
        const where = describePlace(similar.doc, ['id']);
        report(
          diagnosticAt(current.doc, ['id'], {
            code: 'id/possible-duplicate',
            severity: 'warning',
            message: `the ${kind} id "${id}" differs only in letter case from "${similar.value.id}" (${where})`,
            hint: 'if they are the same, keep one; if not, make the ids clearly different',
            params: { kind, id, other: similar.value.id, first: where },
          }),
        );
      }
    }
  },
};
