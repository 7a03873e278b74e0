import type { DocumentPlace } from '../diagnostics/address.js';
import type { Diagnostic } from '../diagnostics/diagnostic.js';
import type { Kind } from '../model/common.js';
import type { DocumentIndex } from '../model/references.js';
import type { TypedDocument, TypedDocumentOf } from '../model/typed-document.js';

/** The documents a run of the checks looks at, and the index their references are followed in. */
export interface CheckScope extends DocumentIndex {
  readonly documents: readonly TypedDocument[];
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
  readonly run: (context: CheckContext) => void;
}

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
