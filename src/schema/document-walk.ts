import type { DataPath } from '../diagnostics/address.js';
import type { ParsedDocument } from '../load/parsed-document.js';
import { childSchema, resolveRef, selectBranch } from './schema-walk.js';
import type { SchemaNode } from './schemas.js';

/** One node of a document as the walk sees it. */
export interface WalkedNode {
  readonly path: DataPath;
  readonly value: unknown;
  /** The schema describing the node; undefined below a key the schema does not know. */
  readonly schema: SchemaNode | undefined;
  /**
   * The source text of a number (`0x0F`), when it is written here (not
   * through an alias). Set for numbers only.
   */
  readonly text: string | undefined;
}

/**
 * Visits every node of a document's data, parents first, with the schema
 * that describes it and, for numbers, their source text as the document
 * gives it (see `ParsedDocument.numberText`).
 */
export function walkDocument(
  doc: ParsedDocument,
  root: SchemaNode,
  visit: (node: WalkedNode) => void,
): void {
  const walk = (
    path: (string | number)[],
    value: unknown,
    schema: SchemaNode | undefined,
  ): void => {
    visit({
      path,
      value,
      schema,
      text: typeof value === 'number' ? doc.numberText(path) : undefined,
    });
    if (schema === undefined || value === null || typeof value !== 'object') return;
    const chosen = selectBranch(root, schema, value);
    if (Array.isArray(value)) {
      value.forEach((item, i) => {
        walk([...path, i], item, childSchema(root, chosen, i));
      });
      return;
    }
    for (const [key, item] of Object.entries(value)) {
      walk([...path, key], item, childSchema(root, chosen, key));
    }
  };
  walk([], doc.data, resolveRef(root, root));
}
