import { isAlias, isMap, isPair, isScalar, isSeq } from 'yaml';
import type { Document, Node, Pair, ParsedNode, YAMLMap } from 'yaml';
import type { DataPath, PathPart } from '../diagnostics/address.js';
import type { Span } from '../diagnostics/diagnostic.js';

/**
 * The source span of the node at `path` in a document's syntax tree. With
 * `part: 'key'` the span of the key is returned (for unknown keys, duplicate
 * ids); otherwise the value's. When the path runs out early, the deepest node
 * found is used, so a finding always points somewhere sensible.
 */
export function locate(tree: Document.Parsed, path: DataPath, part: PathPart = 'value'): Span {
  let node: Node | null = tree.contents;
  let pair: Pair | undefined;
  let fallback = spanOf(node) ?? { start: tree.range[0], end: tree.range[0] };
  for (const segment of path) {
    if (isAlias(node)) node = node.resolve(tree) ?? null;
    pair = undefined;
    if (isMap(node)) {
      const found = pairWithKey(node, String(segment));
      if (found === undefined) return fallback;
      pair = found;
      node = found.value as Node | null;
    } else if (isSeq(node) && typeof segment === 'number') {
      const item = node.items[segment] as Node | null | undefined;
      if (item === undefined) return fallback;
      node = item;
    } else {
      return fallback;
    }
    fallback = spanOf(node) ?? spanOf(pair?.key as Node | null) ?? fallback;
  }
  if (part === 'key' && pair !== undefined) {
    return spanOf(pair.key as Node | null) ?? fallback;
  }
  const value = spanOf(node);
  // `vote:` with no value: point at the key instead of an empty span after it.
  if (pair !== undefined && (value === undefined || value.start === value.end)) {
    return spanOf(pair.key as Node | null) ?? fallback;
  }
  return value ?? fallback;
}

/** The node at `path` when it is written there, following no alias; undefined otherwise. */
export function nodeWrittenAt(tree: Document.Parsed, path: DataPath): Node | undefined {
  let node: Node | null = tree.contents;
  for (const segment of path) {
    if (isMap(node)) {
      node = (pairWithKey(node, String(segment))?.value as Node | null | undefined) ?? null;
    } else if (isSeq(node) && typeof segment === 'number') {
      node = (node.items[segment] as Node | null | undefined) ?? null;
    } else {
      return undefined;
    }
  }
  return node === null || isAlias(node) ? undefined : node;
}

/**
 * The pairs of each mapping by key, built on first use, so that locating the
 * findings of a map with thousands of keys is not quadratic. Parsed
 * documents are not modified after parsing, so the index never goes stale.
 */
const pairsByKey = new WeakMap<YAMLMap, Map<string, Pair>>();

function pairWithKey(map: YAMLMap, key: string): Pair | undefined {
  let index = pairsByKey.get(map);
  if (index === undefined) {
    index = new Map();
    for (const pair of map.items) {
      if (!isPair(pair)) continue;
      const keyNode = pair.key as Node | null;
      const k = isScalar(keyNode) ? scalarKey(keyNode.value) : undefined;
      if (k !== undefined && !index.has(k)) index.set(k, pair); // the first, as before
    }
    pairsByKey.set(map, index);
  }
  return index.get(key);
}

export function spanOf(node: Node | null | undefined): Span | undefined {
  const range = (node as ParsedNode | null | undefined)?.range;
  if (!range) return undefined;
  return { start: range[0], end: range[1] };
}

/** A map key as text: keys are read as strings (`stringKeys`), but be safe. */
export function scalarKey(value: unknown): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'boolean' || typeof value === 'bigint') {
    return String(value);
  }
  return JSON.stringify(value);
}
