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

/** A document that passed its schema, with its typed data and where it came from. */
export type TypedDocument = {
  [K in Kind]: { readonly kind: K; readonly value: KindMap[K]; readonly doc: ParsedDocument };
}[Kind];

export type TypedDocumentOf<K extends Kind> = Extract<TypedDocument, { kind: K }>;
