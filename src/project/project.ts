import type { Kind } from '../model/common.js';
import type { DocumentIndex, ReferencedKind } from '../model/references.js';
import type { TypedDocument, TypedDocumentOf } from '../model/typed-document.js';
import { DocumentRegistry } from './document-registry.js';

/**
 * The documents being checked, and the index their references are followed
 * in: by default the documents themselves (the whole project), or a larger
 * whole's index when the documents are a view of it, so that their checks
 * run as they would over the whole (see check-across-files.ts).
 */
export class Project implements DocumentIndex {
  readonly documents: readonly TypedDocument[];
  readonly #index: DocumentIndex;

  constructor(documents: readonly TypedDocument[], index?: DocumentIndex) {
    this.documents = documents;
    this.#index = index ?? DocumentRegistry.of(documents);
  }

  find<K extends ReferencedKind>(kind: K, id: string): TypedDocumentOf<K> | undefined {
    return this.#index.find(kind, id);
  }

  ids(kind: ReferencedKind): readonly string[] {
    return this.#index.ids(kind);
  }

  ofKind<K extends Kind>(kind: K): TypedDocumentOf<K>[] {
    return this.documents.filter((d): d is TypedDocumentOf<K> => d.kind === kind);
  }
}
