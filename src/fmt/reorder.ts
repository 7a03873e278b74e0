import {
  CST,
  isMap,
  isPair,
  isScalar,
  isSeq,
  Scalar,
  type Document,
  type Node,
  type Pair,
  type ParsedNode,
} from 'yaml';
import type { SchemaNode } from '../schema/schemas.js';
import { branchFor, canonicalKeyOrder, canonicalVoteWord, schemaOfChild } from './canonical.js';
import type { TextEdit, TextRange } from './edits.js';

/** Something fmt will not do to a file, and where. */
export interface Refusal {
  readonly message: string;
  readonly offset: number;
  readonly hint?: string;
}

export interface PlannedEdits {
  readonly edits: readonly TextEdit[];
  readonly refusals: readonly Refusal[];
}

interface Context {
  readonly text: string;
  readonly root: SchemaNode;
  readonly eol: string;
  readonly comments: readonly number[];
  readonly edits: TextEdit[];
  readonly refusals: Refusal[];
}

/**
 * The edits that put a document's keys in canonical order and its vote
 * synonyms in canonical words. The text must already be reindented, so the
 * keys of one mapping share a column.
 */
export function planDocumentEdits(
  text: string,
  doc: Document.Parsed,
  root: SchemaNode,
  eol: string,
  comments: readonly number[],
): PlannedEdits {
  const context: Context = { text, root, eol, comments, edits: [], refusals: [] };
  visit(doc.contents, root, context);
  return { edits: context.edits, refusals: context.refusals };
}

function visit(node: Node | null, schema: SchemaNode | undefined, context: Context): void {
  if (node === null) return;
  if (isMap(node)) {
    const branch = branchFor(context.root, schema, 'map');
    const pairs = node.items.filter(isPair);
    const keys = pairs.map((p) => keyText(p));
    if (keys.every((k): k is string => k !== undefined)) {
      const order = canonicalKeyOrder(branch, keys);
      if (order !== undefined && order.some((k, i) => k !== keys[i])) {
        const permutation = order.map((k) => keys.indexOf(k));
        planReorder(node as unknown as ParsedMap, pairs, permutation, context);
      }
    }
    for (const pair of pairs) {
      const key = keyText(pair);
      const child = key === undefined ? undefined : schemaOfChild(context.root, branch, key);
      visit(pair.value as Node | null, child, context);
    }
    return;
  }
  if (isSeq(node)) {
    const branch = branchFor(context.root, schema, 'seq');
    node.items.forEach((item, index) => {
      visit(item as Node | null, schemaOfChild(context.root, branch, index), context);
    });
    return;
  }
  if (isScalar(node)) {
    const word = canonicalVoteWord(context.root, schema, node.value);
    if (word === undefined) return;
    const range = (node as ParsedNode).range;
    const quote =
      node.type === Scalar.QUOTE_DOUBLE ? '"' : node.type === Scalar.QUOTE_SINGLE ? "'" : '';
    if (node.type !== Scalar.PLAIN && quote === '') return;
    context.edits.push({
      type: 'replace',
      range: { start: range[0], end: range[1] },
      text: `${quote}${word}${quote}`,
    });
  }
}

function keyText(pair: Pair): string | undefined {
  const key = pair.key as Node | null;
  if (!isScalar(key)) return undefined;
  const value = key.value;
  return typeof value === 'string' ? value : String(value);
}

type ParsedMap = Node & { srcToken?: CST.Token; range?: [number, number, number] };

function planReorder(
  map: ParsedMap,
  pairs: readonly Pair[],
  permutation: readonly number[],
  context: Context,
): void {
  const token = map.srcToken;
  if (token?.type === 'block-map') planBlockReorder(token, pairs, permutation, context);
  else if (token?.type === 'flow-collection') planFlowReorder(token, pairs, permutation, context);
}

/** Where an item's first token starts. */
function itemStart(item: CST.CollectionItem): number | undefined {
  const first = item.start[0] ?? item.key ?? item.sep?.[0] ?? item.value;
  return first?.offset ?? undefined;
}

interface BlockChunk {
  /** The comment and blank lines above the key, which move with it. */
  readonly leading: readonly string[];
  readonly body: TextRange;
}

function planBlockReorder(
  token: CST.BlockMap,
  pairs: readonly Pair[],
  permutation: readonly number[],
  context: Context,
): void {
  const { text, eol } = context;
  const items = token.items;
  const keyed = items.filter((item) => item.key !== undefined);
  const firstKeyless = items.findIndex((item) => item.key === undefined);
  const refuse = (offset: number, message: string, hint?: string): void => {
    context.refusals.push(hint === undefined ? { message, offset } : { message, offset, hint });
  };
  if (keyed.length !== pairs.length) {
    refuse(token.offset, 'a mapping fmt cannot read');
    return;
  }
  if (firstKeyless !== -1 && items.slice(firstKeyless).some((item) => item.key !== undefined)) {
    refuse(token.offset, 'comments between the keys of a mapping fmt cannot follow');
    return;
  }
  const mapStart = itemStart(items[0] ?? { start: [] }) ?? token.offset;
  const mapEnd = mapStart + CST.stringify(token).length;
  // an item's tokens may begin with the line break that ends the line before
  // (after a comment or an empty value): chunks begin at line starts
  const lineStartAtOrAfter = (offset: number, limit: number): number => {
    if (offset === 0 || text[offset - 1] === '\n') return offset;
    const lineBreak = text.indexOf('\n', offset);
    return lineBreak === -1 || lineBreak >= limit ? offset : lineBreak + 1;
  };
  const tailStart =
    firstKeyless === -1
      ? mapEnd
      : lineStartAtOrAfter(itemStart(items[firstKeyless] ?? { start: [] }) ?? mapEnd, mapEnd);

  const chunks: BlockChunk[] = [];
  for (let i = 0; i < keyed.length; i++) {
    const item = keyed[i];
    const key = item?.key;
    if (item === undefined || key === undefined || key === null) {
      refuse(token.offset, 'a key fmt cannot read');
      return;
    }
    if (item.explicitKey === true || item.start.some((t) => !LEADING_TYPES.has(t.type))) {
      refuse(
        key.offset,
        'a key with an explicit-key marker, anchor or tag; fmt does not move such keys',
        'put the keys in order by hand',
      );
      return;
    }
    const start =
      i === 0 ? key.offset : lineStartAtOrAfter(itemStart(item) ?? key.offset, key.offset);
    const next = keyed[i + 1];
    const nextKey = next?.key;
    const end =
      next === undefined || nextKey === undefined || nextKey === null
        ? tailStart
        : lineStartAtOrAfter(itemStart(next) ?? tailStart, nextKey.offset);
    const leading = text.slice(start, key.offset);
    const cut = leading.lastIndexOf('\n') + 1;
    const indentation = leading.slice(cut);
    const lines = cut === 0 ? [] : leading.slice(0, cut).split(/(?<=\n)/);
    if (indentation.trim() !== '') {
      refuse(key.offset, 'a key that does not start its line');
      return;
    }
    if (i === 0 && lines.length > 0) {
      refuse(key.offset, 'comments before the first key of a mapping fmt cannot follow');
      return;
    }
    chunks.push({
      leading: lines,
      body: { start: key.offset, end },
    });
  }

  const firstKey = keyed[0]?.key;
  if (firstKey === undefined || firstKey === null) return;
  const lineStart = text.lastIndexOf('\n', firstKey.offset - 1) + 1;
  // the first key may share its line with `- `; the lines above a key moved
  // there go above that line, at its indentation
  const prefix = text.slice(lineStart, firstKey.offset);
  const prefixIndent = /^ */.exec(prefix)?.[0] ?? '';
  const indent = ' '.repeat(firstKey.offset - lineStart);
  const firstChunk = chunks[permutation[0] ?? 0];
  const leadingFirst = firstChunk !== undefined && firstChunk.leading.length > 0;

  const pieces: (string | TextRange)[] = [];
  permutation.forEach((from, position) => {
    const chunk = chunks[from];
    if (chunk === undefined) return;
    const lineIndent = position === 0 ? prefixIndent : indent;
    for (const line of chunk.leading) {
      const trimmed = line.trimStart();
      pieces.push(trimmed.trim() === '' ? line.replace(/^[ \t]+/, '') : lineIndent + trimmed);
    }
    if (position === 0) {
      if (leadingFirst) pieces.push({ start: lineStart, end: firstKey.offset });
    } else {
      pieces.push(indent);
    }
    pieces.push(chunk.body);
    const last = position === permutation.length - 1;
    if (!last && text[chunk.body.end - 1] !== '\n') pieces.push(eol);
  });
  context.edits.push({
    type: 'arrange',
    range: {
      start: leadingFirst ? lineStart : firstKey.offset,
      end: chunks[chunks.length - 1]?.body.end ?? tailStart,
    },
    pieces,
  });
}

const LEADING_TYPES = new Set(['space', 'newline', 'comment']);

function planFlowReorder(
  token: CST.FlowCollection,
  pairs: readonly Pair[],
  permutation: readonly number[],
  context: Context,
): void {
  const ranges: TextRange[] = [];
  for (const pair of pairs) {
    const key = pair.key as ParsedNode | null;
    const value = pair.value as ParsedNode | null;
    if (key === null) return;
    ranges.push({ start: key.range[0], end: (value ?? key).range[1] });
  }
  const first = ranges[0];
  const last = ranges[ranges.length - 1];
  if (first === undefined || last === undefined) return;
  if (context.comments.some((offset) => offset >= first.start && offset < last.end)) {
    context.refusals.push({
      message: 'a flow mapping ({ ... }) with comments inside, whose keys are out of order',
      offset: token.offset,
      hint: 'put the keys in order by hand, or move the comments out of the braces',
    });
    return;
  }
  const pieces: (string | TextRange)[] = [];
  permutation.forEach((from, position) => {
    const range = ranges[from];
    if (range !== undefined) pieces.push(range);
    const here = ranges[position];
    const next = ranges[position + 1];
    if (here !== undefined && next !== undefined) pieces.push({ start: here.end, end: next.start });
  });
  context.edits.push({ type: 'arrange', range: { start: first.start, end: last.end }, pieces });
}
