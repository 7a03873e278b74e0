import type { Kind } from '../model/common.js';
import type { TypedDocument, TypedDocumentOf } from '../model/typed-document.js';

/**
 * Every valid document found, indexed by kind and id. When two documents of a
 * kind share an id the first (in path order) is indexed; the duplicate is
 * reported by the `id/duplicate` check.
 */
export class Project {
  readonly documents: readonly TypedDocument[];
  readonly councils: ReadonlyMap<string, TypedDocumentOf<'council'>>;
  readonly directives: ReadonlyMap<string, TypedDocumentOf<'directive'>>;
  readonly ordinances: ReadonlyMap<string, TypedDocumentOf<'ordinance'>>;
  readonly rollCalls: ReadonlyMap<string, TypedDocumentOf<'roll-call'>>;
  readonly whipCounts: ReadonlyMap<string, TypedDocumentOf<'whip-count'>>;

  constructor(documents: readonly TypedDocument[]) {
    this.documents = documents;
    this.councils = indexById(documents, 'council');
    this.directives = indexById(documents, 'directive');
    this.ordinances = indexById(documents, 'ordinance');
    this.rollCalls = indexById(documents, 'roll-call');
    this.whipCounts = indexById(documents, 'whip-count');
  }

  ofKind<K extends Kind>(kind: K): TypedDocumentOf<K>[] {
    return this.documents.filter((d): d is TypedDocumentOf<K> => d.kind === kind);
  }
}

function indexById<K extends Kind>(
  documents: readonly TypedDocument[],
  kind: K,
): Map<string, TypedDocumentOf<K>> {
  const index = new Map<string, TypedDocumentOf<K>>();
  for (const d of documents) {
    if (d.kind === kind && !index.has(d.value.id)) index.set(d.value.id, d as TypedDocumentOf<K>);
  }
  return index;
}
