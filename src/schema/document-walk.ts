import type { Node, ParsedNode } from 'yaml';
import type { DataPath } from '../load/locate.js';
import { scalarKey } from '../load/locate.js';
import type { ParsedDocument } from '../load/parsed-document.js';
import { yamlRuntime } from '../load/yaml-runtime.js';
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
 * that describes it and, for numbers, their source text. The YAML nodes are
 * followed alongside the data so no lookup starts from the root; below an
 * alias the data is still walked, without source text. A document the plain
 * parser read needs no syntax tree: every number in it is written as
 * `String(value)` writes it.
 */
export function walkDocument(
  doc: ParsedDocument,
  root: SchemaNode,
  visit: (node: WalkedNode) => void,
): void {
  if (doc.plain) {
    walkPlain(root, doc.data, visit);
    return;
  }
  const { isMap, isScalar, isSeq } = yamlRuntime();
  const source = doc.source.text;
  const walk = (
    path: (string | number)[],
    value: unknown,
    schema: SchemaNode | undefined,
    yaml: Node | null | undefined,
  ): void => {
    const range =
      typeof value === 'number' && isScalar(yaml) ? (yaml as ParsedNode).range : undefined;
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

function walkPlain(root: SchemaNode, data: unknown, visit: (node: WalkedNode) => void): void {
  const walk = (
    path: (string | number)[],
    value: unknown,
    schema: SchemaNode | undefined,
  ): void => {
    visit({ path, value, schema, text: typeof value === 'number' ? String(value) : undefined });
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
  walk([], data, resolveRef(root, root));
}
