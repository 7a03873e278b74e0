import type { DocumentPlace } from '../diagnostics/address.js';
import type { Diagnostic } from '../diagnostics/diagnostic.js';
import type { Kind } from '../model/common.js';
import type { DocumentIndex, ReferencedKind } from '../model/references.js';
import { isDamaged } from '../schema/damaged-fields.js';
import type { KindMap, TypedDocument, TypedDocumentOf } from '../model/typed-document.js';

/** The documents a run of the checks looks at, and the index their references are followed in. */
export interface CheckScope extends DocumentIndex {
  /** The valid documents. */
  readonly documents: readonly TypedDocument[];
  /** Every document in path order, those with schema errors in some fields included. */
  readonly everyDocument?: readonly TypedDocument[];
  ofKind<K extends Kind>(kind: K): TypedDocumentOf<K>[];
}

export interface CheckContext {
  readonly project: CheckScope;
  readonly report: (diagnostic: Diagnostic) => void;
}

/** One cross-file rule. Adding a check is one file and one line in `CHECKS`. */
export interface Check {
  /** A short name for tests and debugging: `roll-call-members`. */
  readonly name: string;
  /**
   * The top-level fields, per kind, that the check cannot do without: a
   * document with schema errors (see `damaged` in TypedDocument) is shown to
   * it, and found by it, only when none of these is damaged; its damaged
   * fields are absent from its value, and the check must take any other
   * absent field as "not known" (no finding, no crash); a map of members
   * (`votes`, `positions`) not named here may lack its damaged entries. A
   * kind not named here is one whose fields the check can do without.
   * Without `reads`, the check sees valid documents only.
   */
  readonly reads?: FieldsRead;
  readonly run: (context: CheckContext) => void;
}

/** Top-level field names of each kind. */
export type FieldsRead = {
  readonly [K in Kind]?: readonly (keyof KindMap[K] & string)[];
};

/** A document as an ordered check sees it: what it is and where, without its data. */
export interface DocumentSummary {
  readonly kind: Kind;
  readonly id: string;
  readonly doc: DocumentPlace;
  /** The 1-based line its id is written on, when known. */
  readonly idLine: number | undefined;
}

/**
 * A check over every document of a run in path order, one at a time,
 * keeping what it needs between them (the ids seen so far): `validate`
 * gives it each document as its file comes, without holding the documents.
 */
export interface OrderedCheck {
  readonly name: string;
  /** A new run: the function to give each document, in path order. */
  readonly start: () => (document: DocumentSummary, report: (d: Diagnostic) => void) => void;
}

/** The document as an ordered check sees it. */
export function summaryOf(document: TypedDocument): DocumentSummary {
  return {
    kind: document.kind,
    id: document.value.id,
    doc: document.doc,
    idLine: document.doc.idLine(),
  };
}

/**
 * The documents a check may see: the valid ones, and those with schema
 * errors that it can check on their valid fields (see `reads`). A document
 * whose id could not be read is shown to no check.
 */
export function scopeFor(project: CheckScope, check: Check): CheckScope {
  const { reads } = check;
  // the valid documents, and `find` of valid ones only, are the project's own
  if (reads === undefined) return project;
  const visible = (d: TypedDocument): boolean => {
    const damaged = d.damaged;
    if (damaged === undefined) return true;
    if (damaged.includes('id')) return false;
    const needed: readonly string[] = reads[d.kind] ?? [];
    return !needed.some((field) => isDamaged(field, damaged));
  };
  const documents = (project.everyDocument ?? project.documents).filter(visible);
  const findAny = project.findAny?.bind(project) ?? project.find.bind(project);
  return {
    documents,
    ofKind: <K extends Kind>(kind: K) =>
      documents.filter((d): d is TypedDocumentOf<K> => d.kind === kind),
    find: <K extends ReferencedKind>(kind: K, id: string) => {
      const found = findAny(kind, id);
      return found !== undefined && visible(found) ? found : undefined;
    },
    ids: (kind) => project.ids(kind),
    hasUnidentified: (kind) => project.hasUnidentified?.(kind) ?? false,
  };
}
