import { relatedMarker, type FilePlace } from '../diagnostics/address.js';
import { diagnosticAt } from '../diagnostics/diagnostic-at.js';
import type { Diagnostic } from '../diagnostics/diagnostic.js';
import type { Kind } from '../model/common.js';
import type { DocumentSummary, OrderedCheck } from './check.js';

/**
 * Ids are unique per kind across every file (`id/duplicate`, at the second
 * one, naming where the first is); ids differing only in letter case are
 * probably one thing written twice (`id/possible-duplicate`, a warning).
 * Documents come one at a time, in path order; what is kept of each id is
 * where it is written.
 */
export const uniqueIdsCheck: OrderedCheck = {
  name: 'unique-ids',
  start() {
    const registers = new Map<Kind, IdRegister>();
    return (document, report) => {
      // a document whose id could not be read has its errors said in its file
      if (document.id === '') return;
      let register = registers.get(document.kind);
      if (register === undefined) {
        register = new IdRegister(document.kind);
        registers.set(document.kind, register);
      }
      register.add(document, report);
    };
  },
};

/** What is kept of the first document of an id: the id, and where it is written. */
interface FirstEntry {
  readonly id: string;
  readonly place: FilePlace;
}

/** The ids of one kind seen so far, in path order. */
class IdRegister {
  readonly #kind: Kind;
  readonly #byId = new Map<string, FirstEntry>();
  readonly #byFoldedId = new Map<string, FirstEntry>();

  constructor(kind: Kind) {
    this.#kind = kind;
  }

  add(current: DocumentSummary, report: (diagnostic: Diagnostic) => void): void {
    const kind = this.#kind;
    const { id } = current;
    const first = this.#byId.get(id);
    const where = relatedMarker(0);
    if (first !== undefined) {
      report(
        diagnosticAt(current.doc, ['id'], {
          code: 'id/duplicate',
          message: `another ${kind} already has the id "${id}" (${where})`,
          hint: `ids must be unique among ${kind} documents; rename one of them`,
          params: { kind, id, first: where },
          related: [first.place],
        }),
      );
      return;
    }
    const kept: FirstEntry = {
      id,
      place: { file: current.doc.source.file, line: current.idLine },
    };
    this.#byId.set(id, kept);
    const folded = id.toLowerCase();
    const similar = this.#byFoldedId.get(folded);
    if (similar === undefined) {
      this.#byFoldedId.set(folded, kept);
      return;
    }
    report(
      diagnosticAt(current.doc, ['id'], {
        code: 'id/possible-duplicate',
        severity: 'warning',
        message: `the ${kind} id "${id}" differs only in letter case from "${similar.id}" (${where})`,
        hint: 'if they are the same, keep one; if not, make the ids clearly different',
        params: { kind, id, other: similar.id, first: where },
        related: [similar.place],
      }),
    );
  }
}
