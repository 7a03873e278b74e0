import type { DiagnosticCode } from '../diagnostics/codes.js';
import type { DiagnosticParam } from '../diagnostics/diagnostic.js';
import type { DataPath, PathPart } from '../diagnostics/address.js';
import type { ParsedDocument } from '../load/parsed-document.js';
import type { JsonType, SchemaNode } from './schemas.js';

/** What turning schema errors into findings needs: the document, its data, its schema. */
export interface SchemaContext {
  readonly doc: ParsedDocument;
  readonly data: unknown;
  readonly root: SchemaNode;
}

/** A schema problem at a node of the data, before it is given a source position. */
export interface Finding {
  readonly code: DiagnosticCode;
  readonly path: DataPath;
  readonly part: PathPart;
  readonly message: string;
  readonly hint?: string;
  readonly params: Readonly<Record<string, DiagnosticParam>>;
}

/** Identifies one node: a value, or the key of a `key: value` pair. */
export function nodeKey(path: DataPath, part: PathPart): string {
  return `${part}:${JSON.stringify(path)}`;
}

/** How a node is named in messages: `"seats"`, `item 3 of "members"`, `the document`. */
export function labelOf(path: DataPath): string {
  const last = path.at(-1);
  if (last === undefined) return 'the document';
  if (typeof last === 'string') return JSON.stringify(last);
  const parent = path.slice(0, -1);
  return parent.length === 0 ? `item ${last + 1}` : `item ${last + 1} of ${labelOf(parent)}`;
}

const TYPE_WORDS: Readonly<Record<JsonType, string>> = {
  string: 'text',
  integer: 'a whole number',
  number: 'a number',
  boolean: 'true or false',
  object: 'a map',
  array: 'a list',
  null: 'empty',
};

/** `a whole number or text`. */
export function typeWords(types: readonly JsonType[]): string {
  return orList([...new Set(types.map((t) => TYPE_WORDS[t]))]);
}

/** `a`, `a or b`, `a, b or c`. */
export function orList(words: readonly string[]): string {
  if (words.length <= 1) return words[0] ?? '';
  return `${words.slice(0, -1).join(', ')} or ${words.at(-1) ?? ''}`;
}

/** `"a"`, `"a" and "b"`, `"a", "b" and "c"`. */
export function quotedAndList(words: readonly string[]): string {
  const quoted = words.map((w) => JSON.stringify(w));
  if (quoted.length <= 1) return quoted[0] ?? '';
  return `${quoted.slice(0, -1).join(', ')} and ${quoted.at(-1) ?? ''}`;
}

/** Which finding to keep when several land on one node: the first cause first. */
const PRIORITY: readonly DiagnosticCode[] = [
  'schema/kind',
  'schema/version',
  'schema/required',
  'schema/unknown-key',
  'schema/type',
  'schema/enum',
  'schema/pattern',
  'schema/format',
  'schema/range',
  'schema/length',
  'schema/number-form',
  'schema/invalid',
];

function priority(code: DiagnosticCode): number {
  const index = PRIORITY.indexOf(code);
  return index === -1 ? PRIORITY.length : index;
}

/**
 * One finding per node: the most basic problem wins (a wrong type over a
 * wrong word over a wrong form...). Missing keys of one map are merged by
 * `mergeRequired` into one finding.
 */
export function keepOnePerNode(
  findings: readonly Finding[],
  mergeRequired: (a: Finding, b: Finding) => Finding,
): Finding[] {
  const byNode = new Map<string, Finding>();
  for (const finding of findings) {
    const key = nodeKey(finding.path, finding.part);
    const existing = byNode.get(key);
    if (existing === undefined) {
      byNode.set(key, finding);
    } else if (existing.code === 'schema/required' && finding.code === 'schema/required') {
      byNode.set(key, mergeRequired(existing, finding));
    } else if (priority(finding.code) < priority(existing.code)) {
      byNode.set(key, finding);
    }
  }
  return [...byNode.values()];
}
