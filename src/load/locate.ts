import type { Node, Pair, ParsedNode, YAMLMap } from 'yaml';
import type { DiagnosticCode } from '../diagnostics/codes.js';
import type { Diagnostic, DiagnosticParam, Severity, Span } from '../diagnostics/diagnostic.js';
import type { ParsedDocument } from './parsed-document.js';
import { yamlRuntime, type YamlRuntime } from './yaml-runtime.js';

/** A path into a document's data, as in a JSON pointer: keys and list indexes. */
export type DataPath = readonly (string | number)[];

/** Which part of a `key: value` pair a diagnostic points at. */
export type PathPart = 'key' | 'value';

/**
 * The source span of the node at `path`. With `part: 'key'` the span of the
 * key is returned (for unknown keys, duplicate ids); otherwise the value's.
 * When the path runs out early, the deepest node found is used, so a
 * diagnostic always points somewhere sensible. Needs the yaml runtime.
 */
export function locate(doc: ParsedDocument, path: DataPath, part: PathPart = 'value'): Span {
  const yaml = yamlRuntime();
  const { isAlias, isMap, isSeq } = yaml;
  let node: Node | null = doc.yaml.contents;
  let pair: Pair | undefined;
  let fallback = spanOf(node) ?? { start: doc.yaml.range[0], end: doc.yaml.range[0] };
  for (const segment of path) {
    if (isAlias(node)) node = node.resolve(doc.yaml) ?? null;
    pair = undefined;
    if (isMap(node)) {
      const found = pairWithKey(yaml, node, String(segment));
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

/** The original source text of the scalar at `path` (e.g. `0012`), if it is one. */
export function sourceTextAt(doc: ParsedDocument, path: DataPath): string | undefined {
  const span = locate(doc, path);
  const text = doc.source.text.slice(span.start, span.end);
  return text === '' ? undefined : text;
}

/**
 * The pairs of each mapping by key, built on first use, so that locating the
 * diagnostics of a map with thousands of keys is not quadratic. Parsed
 * documents are not modified after parsing, so the index never goes stale.
 */
const pairsByKey = new WeakMap<YAMLMap, Map<string, Pair>>();

function pairWithKey(yaml: YamlRuntime, map: YAMLMap, key: string): Pair | undefined {
  let index = pairsByKey.get(map);
  if (index === undefined) {
    index = new Map();
    for (const pair of map.items) {
      if (!yaml.isPair(pair)) continue;
      const keyNode = pair.key as Node | null;
      const k = yaml.isScalar(keyNode) ? scalarKey(keyNode.value) : undefined;
      if (k !== undefined && !index.has(k)) index.set(k, pair); // the first, as before
    }
    pairsByKey.set(map, index);
  }
  return index.get(key);
}

function spanOf(node: Node | null | undefined): Span | undefined {
  const range = (node as ParsedNode | null | undefined)?.range;
  if (!range) return undefined;
  return { start: range[0], end: range[1] };
}

export interface DiagnosticInit {
  readonly code: DiagnosticCode;
  readonly message: string;
  readonly severity?: Severity;
  readonly hint?: string;
  readonly part?: PathPart;
  readonly params?: Readonly<Record<string, DiagnosticParam>>;
}

/** A diagnostic pointing at the node at `path` in a document. */
export function diagnosticAt(
  doc: ParsedDocument,
  path: DataPath,
  init: DiagnosticInit,
): Diagnostic {
  return {
    code: init.code,
    severity: init.severity ?? 'error',
    message: init.message,
    file: doc.source.file,
    span: locate(doc, path, init.part ?? 'value'),
    ...(doc.count > 1 ? { document: doc.index } : {}),
    ...(init.hint === undefined ? {} : { hint: init.hint }),
    ...(init.params === undefined ? {} : { params: init.params }),
  };
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
