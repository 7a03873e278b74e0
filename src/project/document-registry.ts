import {
  isReferenced,
  type DocumentIndex,
  type Reference,
  type ReferencedKind,
} from '../model/references.js';
import type { TypedDocument, TypedDocumentOf } from '../model/typed-document.js';

/**
 * Councils, directives and ordinances by id, filled in path order with the
 * first document of each id (a later one with the same id is reported by
 * the `id/duplicate` check and never referred to). A document with schema
 * errors counts too: `find` then gives nothing, `findAny` the document, for
 * the checks of its valid fields; one whose id cannot be read counts as an
 * unidentified document of its kind.
 */
export class DocumentRegistry implements DocumentIndex {
  readonly #byKind = new Map<ReferencedKind, Map<string, TypedDocument>>();
  readonly #unidentified = new Set<ReferencedKind>();

  static of(documents: readonly TypedDocument[]): DocumentRegistry {
    const registry = new DocumentRegistry();
    for (const document of documents) registry.add(document);
    return registry;
  }

  /** Adds a document when it is of a referenced kind and its id is new; others are ignored. */
  add(document: TypedDocument): void {
    if (!isReferenced(document.kind)) return;
    if (document.damaged?.includes('id') === true) {
      this.#unidentified.add(document.kind);
      return;
    }
    let byId = this.#byKind.get(document.kind);
    if (byId === undefined) {
      byId = new Map();
      this.#byKind.set(document.kind, byId);
    }
    if (!byId.has(document.value.id)) byId.set(document.value.id, document);
  }

  find<K extends ReferencedKind>(kind: K, id: string): TypedDocumentOf<K> | undefined {
    const found = this.findAny(kind, id);
    return (found as TypedDocument | undefined)?.damaged === undefined ? found : undefined;
  }

  findAny<K extends ReferencedKind>(kind: K, id: string): TypedDocumentOf<K> | undefined {
    return this.#byKind.get(kind)?.get(id) as TypedDocumentOf<K> | undefined;
  }

  hasUnidentified(kind: ReferencedKind): boolean {
    return this.#unidentified.has(kind);
  }

  ids(kind: ReferencedKind): readonly string[] {
    return [...(this.#byKind.get(kind)?.keys() ?? [])];
  }

  /** Whether every document named is known (and so will not change: the first of each id stays). */
  resolves(references: readonly Reference[]): boolean {
    return references.every((r) => this.findAny(r.kind, r.id) !== undefined);
  }
}
