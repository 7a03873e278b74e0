import type { Kind } from '../model/common.js';
import type { DocumentIndex, ReferencedKind } from '../model/references.js';
import type { TypedDocument, TypedDocumentOf } from '../model/typed-document.js';
import { DocumentRegistry } from './document-registry.js';

/**
 * The documents being checked, and the index their references are followed
 * in: by default the documents themselves (the whole project), or a larger
 * whole's index when the documents are a view of it, so that their checks
 * run as they would over the whole (see check-across-files.ts).
 *
 * `documents`, `ofKind` and `find` give valid documents only; those with
 * schema errors in some fields (`damaged`) are in `everyDocument` and
 * `findAny`, for the checks.
 */
export class Project implements DocumentIndex {
  readonly documents: readonly TypedDocument[];
  /** Every document in path order, those with schema errors included. */
  readonly everyDocument: readonly TypedDocument[];
  readonly #index: DocumentIndex;

  constructor(documents: readonly TypedDocument[], index?: DocumentIndex) {
    this.everyDocument = documents;
    this.documents = documents.every((d) => d.damaged === undefined)
      ? documents
      : documents.filter((d) => d.damaged === undefined);
    this.#index = index ?? DocumentRegistry.of(documents);
  }

  find<K extends ReferencedKind>(kind: K, id: string): TypedDocumentOf<K> | undefined {
    return this.#index.find(kind, id);
  }

  findAny<K extends ReferencedKind>(kind: K, id: string): TypedDocumentOf<K> | undefined {
    const index = this.#index;
    return index.findAny === undefined ? index.find(kind, id) : index.findAny(kind, id);
  }

  hasUnidentified(kind: ReferencedKind): boolean {
    return this.#index.hasUnidentified?.(kind) ?? false;
  }

  /**
   * The files a reference to a document of a kind and id depends on: the
   * file of the document of that id, valid or not, or else those of the
   * documents of the kind whose id could not be read (one may be it).
   */
  filesReferredTo(kind: ReferencedKind, id: string): string[] {
    const found = this.findAny(kind, id);
    if (found !== undefined) return [found.doc.source.file];
    const unidentified = this.everyDocument.filter(
      (d) => d.kind === kind && d.damaged?.includes('id') === true,
    );
    return [...new Set(unidentified.map((d) => d.doc.source.file))];
  }

  ids(kind: ReferencedKind): readonly string[] {
    return this.#index.ids(kind);
  }

  ofKind<K extends Kind>(kind: K): TypedDocumentOf<K>[] {
    return this.documents.filter((d): d is TypedDocumentOf<K> => d.kind === kind);
  }
}
