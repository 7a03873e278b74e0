import type { ParsedDocument } from '../load/parsed-document.js';
import { KINDS } from '../model/common.js';
import { isReferenced } from '../model/references.js';
import type { TypedDocument } from '../model/typed-document.js';
import { partialDocument } from '../schema/damaged-fields.js';

/** A top-level `kind:` line naming a kind that others refer to. */
const REFERENCED_KIND = /^kind:[ \t]*(["']?)(council|directive|ordinance)\1[ \t]*(#.*)?\r?$/m;

/**
 * A document whose YAML did not parse, when its file says what kind it is:
 * a council, directive or ordinance that other documents may refer to. It
 * has no data (its errors are reported as they are), but a reference to an
 * unknown id of its kind may be to it, and is not reported once more (see
 * `hasUnidentified` in DocumentIndex). Only for a file of one document, where
 * the `kind:` line is surely this document's.
 */
export function unreadableDocument(doc: ParsedDocument, count: number): TypedDocument | undefined {
  if (count !== 1) return undefined;
  const written = REFERENCED_KIND.exec(doc.source.text)?.[2];
  const kind = KINDS.find((k) => k === written);
  if (kind === undefined || !isReferenced(kind)) return undefined;
  return partialDocument(kind, doc, ['id']);
}
