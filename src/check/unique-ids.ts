import type { Diagnostic } from '../diagnostics/diagnostic.js';
import type { DocumentPlace } from '../diagnostics/address.js';
import { diagnosticAt } from '../diagnostics/diagnostic-at.js';
import { KINDS, type Kind } from '../model/common.js';
import type { Check } from './check.js';

/**
 * Ids are unique per kind across every file (`id/duplicate`, at the second
 * one); ids differing only in letter case are probably one thing written twice
 * (`id/possible-duplicate`, a warning).
 */
export const uniqueIdsCheck: Check = {
  name: 'unique-ids',
  run({ project, report }) {
    for (const kind of KINDS) {
      const register = new IdRegister(kind);
      for (const current of project.ofKind(kind)) {
        const place = placeOfId(current.doc.source.file, current.doc.idLine());
        register.add({ id: current.value.id, doc: current.doc, place }, report);
      }
    }
  },
};

/** A document's id and where it is written. */
export interface IdEntry {
  readonly id: string;
  readonly doc: DocumentPlace;
  /**
   * Where the id is written, `file:line`, for the messages about later
   * documents with the same id (see `placeOfId`). The register keeps only
   * this string of the first document of each id.
   */
  readonly place: string;
}

/** `file:line` of a document's id, or the file alone when the line is not known. */
export function placeOfId(file: string, line: number | undefined): string {
  return line === undefined ? file : `${file}:${line}`;
}

/** What the register keeps of the first document of an id. */
interface FirstEntry {
  readonly id: string;
  readonly place: string;
}

/**
 * The ids of one kind seen so far, in path order: the check above, one
 * document at a time, for checking files as they are read. It keeps each
 * first document of each id, or only where its id is written when told.
 */
export class IdRegister {
  readonly #kind: Kind;
  readonly #byId = new Map<string, FirstEntry>();
  readonly #byFoldedId = new Map<string, FirstEntry>();

  constructor(kind: Kind) {
    this.#kind = kind;
  }

  add(current: IdEntry, report: (diagnostic: Diagnostic) => void): void {
    const kind = this.#kind;
    const { id } = current;
    const first = this.#byId.get(id);
    if (first !== undefined) {
      const where = first.place;
      report(
        diagnosticAt(current.doc, ['id'], {
          code: 'id/duplicate',
          message: `another ${kind} already has the id "${id}" (${where})`,
          hint: `ids must be unique among ${kind} documents; rename one of them`,
          params: { kind, id, first: where },
        }),
      );
      return;
    }
    const kept: FirstEntry = { id, place: current.place };
    this.#byId.set(id, kept);
    const folded = id.toLowerCase();
    const similar = this.#byFoldedId.get(folded);
    if (similar === undefined) {
      this.#byFoldedId.set(folded, kept);
      return;
    }
    const where = similar.place;
    report(
      diagnosticAt(current.doc, ['id'], {
        code: 'id/possible-duplicate',
        severity: 'warning',
        message: `the ${kind} id "${id}" differs only in letter case from "${similar.id}" (${where})`,
        hint: 'if they are the same, keep one; if not, make the ids clearly different',
        params: { kind, id, other: similar.id, first: where },
      }),
    );
  }
}
