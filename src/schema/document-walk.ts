import { isMap, isScalar, isSeq, type Node, type ParsedNode } from 'yaml';
import type { DataPath } from '../load/locate.js';
import { scalarKey } from '../load/locate.js';
import type { ParsedDocument } from '../load/parse.js';
import { childSchema, resolveRef, selectBranch } from './schema-walk.js';
import type { SchemaNode } from './schemas.js';

/** One node of a document as the walk sees it. */
export interface WalkedNode {
  readonly path: DataPath;
  readonly value: unknown;
  /** The schema describing the node; undefined below a key the schema does not know. */
  readonly schema: SchemaNode | undefined;
  /** The scalar's source text (`0x0F`), when the node is a scalar written here (not an alias). */
  readonly text: string | undefined;
}

/**
 * Visits every node of a document's data, parents first, with the schema
 * that describes it and, for scalars, their source text. The YAML nodes are
 * followed alongside the data so no lookup starts from the root; below an
 * alias the data is still walked, without source text.
 */
export function walkDocument(
  doc: ParsedDocument,
  root: SchemaNode,
  visit: (node: WalkedNode) => void,
): void {
  const source = doc.source.text;
  const walk = (
    path: (string | number)[],
    value: unknown,
    schema: SchemaNode | undefined,
    yaml: Node | null | undefined,
  ): void => {
    const range = isScalar(yaml) ? (yaml as ParsedNode).range : undefined;
    visit({ path, value, schema, text: range && source.slice(range[0], range[1]) });
    if (schema === undefined || value === null || typeof value !== 'object') return;
    const chosen = selectBranch(root, schema, value);
    if (Array.isArray(value)) {
      const items = isSeq(yaml) ? yaml.items : [];
      value.forEach((item, i) => {
        walk([...path, i], item, childSchema(root, chosen, i), items[i] as Node | undefined);
      });
      return;
    }
    const valueNodes = new Map<string, Node | null>();
    if (isMap(yaml)) {
      for (const pair of yaml.items) {
        if (isScalar(pair.key))
          valueNodes.set(scalarKey(pair.key.value), pair.value as Node | null);
      }
    }
    for (const [key, item] of Object.entries(value)) {
      walk([...path, key], item, childSchema(root, chosen, key), valueNodes.get(key));
    }
  };
  walk([], doc.data, resolveRef(root, root), doc.yaml.contents);
}
