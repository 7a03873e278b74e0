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
