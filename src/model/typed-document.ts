import type { ParsedDocument } from '../load/parsed-document.js';
import type { Kind } from './common.js';
import type { Council } from './council.js';
import type { Directive } from './directive.js';
import type { Ordinance } from './ordinance.js';
import type { RollCall } from './roll-call.js';
import type { WhipCount } from './whip-count.js';

export interface KindMap {
  council: Council;
  directive: Directive;
  ordinance: Ordinance;
  'roll-call': RollCall;
  'whip-count': WhipCount;
}

/**
 * A document that passed its schema, with its typed data and where it came
 * from; or, with `damaged`, one that did not, as far as it can be used: the
 * top-level fields with schema errors (or missing) are named in `damaged` and
 * left out of `value`, as are unknown keys. Only the checks see such a
 * document, and each only when it needs none of the damaged fields (see
 * `reads` in check/check.ts); `id` among them means its id could not be read.
 */
export type TypedDocument = {
  [K in Kind]: {
    readonly kind: K;
    readonly value: KindMap[K];
    readonly doc: ParsedDocument;
    readonly damaged?: readonly string[];
  };
}[Kind];

export type TypedDocumentOf<K extends Kind> = Extract<TypedDocument, { kind: K }>;
