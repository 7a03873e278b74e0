import type { Kind } from './common.js';
import type { TypedDocument, TypedDocumentOf } from './typed-document.js';

/** The kinds other documents refer to by id. */
export type ReferencedKind = 'council' | 'directive' | 'ordinance';

/** A field of a document that holds the id of another document. */
export interface ReferenceField {
  readonly field: string;
  readonly kind: ReferencedKind;
}

/**
 * The reference graph, declared once: which field of which kind names which
 * other kind. Validation, the reference checks, `tally` and every command
 * that needs a document's council or measure follow this table. A reference
 * other than to a council must be to a document of the same council.
 */
export const REFERENCES: { readonly [K in Kind]: readonly ReferenceField[] } = {
  council: [],
  directive: [{ field: 'council', kind: 'council' }],
  ordinance: [
    { field: 'council', kind: 'council' },
    { field: 'directive', kind: 'directive' },
  ],
  'roll-call': [
    { field: 'council', kind: 'council' },
    { field: 'measure', kind: 'ordinance' },
  ],
  'whip-count': [
    { field: 'council', kind: 'council' },
    { field: 'measure', kind: 'ordinance' },
  ],
};

/** One reference a document makes: the field, the kind it names and the id it gives. */
export interface Reference extends ReferenceField {
  readonly id: string;
}

/** The references a document makes, in the order of `REFERENCES` (its council first). */
export function referencesOf(document: TypedDocument): Reference[] {
  const value = document.value as unknown as Readonly<Record<string, unknown>>;
  const found: Reference[] = [];
  for (const reference of REFERENCES[document.kind]) {
    const id = value[reference.field];
    if (typeof id === 'string') found.push({ ...reference, id });
  }
  return found;
}

/** Whether documents of a kind are referred to by others. */
export function isReferenced(kind: Kind): kind is ReferencedKind {
  return kind === 'council' || kind === 'directive' || kind === 'ordinance';
}

/**
 * The one look-up every part of overrule uses to follow a reference: the
 * first document of a kind and id, in path order, when it is valid.
 */
export interface DocumentIndex {
  find<K extends ReferencedKind>(kind: K, id: string): TypedDocumentOf<K> | undefined;
  /** The ids known of a kind, for suggestions. */
  ids(kind: ReferencedKind): readonly string[];
  /**
   * The first document of a kind and id, valid or with schema errors in some
   * fields (`damaged`, see TypedDocument): that it exists, and for the checks,
   * which read only its valid fields. Without it, `find` stands in.
   */
  findAny?<K extends ReferencedKind>(kind: K, id: string): TypedDocumentOf<K> | undefined;
  /**
   * Whether a document of the kind was read whose id could not be (its own
   * errors say why): a reference to an unknown id of the kind may be to it.
   */
  hasUnidentified?(kind: ReferencedKind): boolean;
}
