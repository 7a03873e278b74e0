import type { Kind } from '../model/common.js';
import type { TypedDocument, TypedDocumentOf } from '../model/typed-document.js';

/** The documents other documents refer to, by id: councils, directives, ordinances. */
export interface ReferenceIndex {
  readonly councils: ReadonlyMap<string, TypedDocumentOf<'council'>>;
  readonly directives: ReadonlyMap<string, TypedDocumentOf<'directive'>>;
  readonly ordinances: ReadonlyMap<string, TypedDocumentOf<'ordinance'>>;
}

/**
 * Every valid document found, indexed by kind and id. When two documents of a
 * kind share an id the first (in path order) is indexed; the duplicate is
 * reported by the `id/duplicate` check.
 *
 * A project can also be a view: some documents, with the references of a
 * larger whole, so that the checks of those documents run as they would over
 * the whole (see project-checker.ts).
 */
export class Project implements ReferenceIndex {
  readonly documents: readonly TypedDocument[];
  readonly councils: ReadonlyMap<string, TypedDocumentOf<'council'>>;
  readonly directives: ReadonlyMap<string, TypedDocumentOf<'directive'>>;
  readonly ordinances: ReadonlyMap<string, TypedDocumentOf<'ordinance'>>;
  #rollCalls: ReadonlyMap<string, TypedDocumentOf<'roll-call'>> | undefined;
  #whipCounts: ReadonlyMap<string, TypedDocumentOf<'whip-count'>> | undefined;

  constructor(documents: readonly TypedDocument[], references?: ReferenceIndex) {
    this.documents = documents;
    this.councils = references?.councils ?? indexById(documents, 'council');
    this.directives = references?.directives ?? indexById(documents, 'directive');
    this.ordinances = references?.ordinances ?? indexById(documents, 'ordinance');
  }

  get rollCalls(): ReadonlyMap<string, TypedDocumentOf<'roll-call'>> {
    this.#rollCalls ??= indexById(this.documents, 'roll-call');
    return this.#rollCalls;
  }

  get whipCounts(): ReadonlyMap<string, TypedDocumentOf<'whip-count'>> {
    this.#whipCounts ??= indexById(this.documents, 'whip-count');
    return this.#whipCounts;
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
