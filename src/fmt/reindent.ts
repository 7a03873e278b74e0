import { CST } from 'yaml';
import { INDENT_STEP } from './yaml-options.js';

/** A stretch of source whose lines move together by `delta` columns. */
interface Owned {
  readonly start: number;
  readonly end: number;
  readonly delta: number;
  /** Whitespace-only lines inside it are content (block scalars, multi-line scalars). */
  readonly keepsBlankIndent: boolean;
}

export interface Reindented {
  readonly text: string;
  /** For each line, the columns its indentation moved by (to map positions back). */
  readonly lineShifts: readonly number[];
}

/**
 * Gives every block collection of the documents to format the canonical
 * indentation: two spaces per level, sequences indented under their key, one
 * space after `-`. Each line moves with the innermost block collection that
 * owns its first character, so block scalars, multi-line scalars, flow
 * collections and comments keep their place relative to their parent, and
 * lines keep their endings (CRLF stays CRLF).
 *
 * `formatDocument[i]` says whether the i-th document is one overrule knows; the
 * others are left as they are.
 */
export function reindent(
  text: string,
  tokens: readonly CST.Token[],
  formatDocument: readonly boolean[],
): Reindented {
  const owned: Owned[] = [];
  const spaceFixes = new Map<number, number>(); // offset of a space token → its length
  let documentIndex = 0;
  for (const token of tokens) {
    if (token.type === 'document') {
      const format = formatDocument[documentIndex] ?? false;
      documentIndex++;
      const value = token.value;
      if (format && value !== undefined && isBlockCollection(value)) {
        collectBlock(value, 0, owned, spaceFixes);
      }
      continue;
    }
  }
  owned.sort((a, b) => a.start - b.start);

  const lines = text.split(/(?<=\n)/);
  const out: string[] = [];
  const lineShifts: number[] = [];
  let lineStart = 0;
  for (const line of lines) {
    const body = line.replace(/\r?\n$/, '');
    const ending = line.slice(body.length);
    const spaces = /^ */.exec(body)?.[0].length ?? 0;
    let shift = 0;
    let rest = body.slice(spaces);
    if (rest === '') {
      const owner = findOwner(owned, lineStart);
      if (owner?.keepsBlankIndent === true && spaces > 0) {
        shift = Math.max(-spaces, owner.delta);
      }
    } else {
      const owner = findOwner(owned, lineStart + spaces);
      if (owner !== undefined) shift = Math.max(-spaces, owner.delta);
      rest = fixSpaces(rest, lineStart + spaces, spaceFixes);
    }
    out.push(' '.repeat(spaces + shift) + rest + ending);
    lineShifts.push(shift);
    lineStart += line.length;
  }
  return { text: out.join(''), lineShifts };
}

function isBlockCollection(token: CST.Token): token is CST.BlockMap | CST.BlockSequence {
  return token.type === 'block-map' || token.type === 'block-seq';
}

function collectBlock(
  block: CST.BlockMap | CST.BlockSequence,
  indent: number,
  owned: Owned[],
  spaceFixes: Map<number, number>,
): void {
  const delta = indent - block.indent;
  const own = (token: CST.Token | CST.SourceToken, by: number): void => {
    const length = CST.stringify(token).length;
    if (length === 0) return;
    owned.push({
      start: token.offset,
      end: token.offset + length,
      delta: by,
      keepsBlankIndent: token.type !== 'space' && token.type !== 'newline',
    });
  };
  const childIndent = indent + INDENT_STEP;
  for (const item of block.items) {
    for (const t of item.start) own(t, delta);
    if (block.type === 'block-seq') markSpaceAfterDash(item, spaceFixes);
    const key: CST.Token | null | undefined = 'key' in item ? item.key : undefined;
    if (key !== undefined && key !== null) {
      if (isBlockCollection(key)) collectBlock(key, childIndent, owned, spaceFixes);
      else own(key, delta);
    }
    const value = item.value;
    const valueIsBlock = value !== undefined && isBlockCollection(value);
    if (item.sep !== undefined) {
      // comment lines between `key:` and a nested collection move with the collection
      let afterNewline = false;
      for (const t of item.sep) {
        own(t, afterNewline && valueIsBlock ? childIndent - value.indent : delta);
        if (t.type === 'newline') afterNewline = true;
      }
    }
    if (value !== undefined) {
      if (valueIsBlock) collectBlock(value, childIndent, owned, spaceFixes);
      else if (value.type === 'block-scalar') ownBlockScalar(value, delta, childIndent, own);
      else own(value, delta);
    }
  }
}

/**
 * A block scalar's header moves with its key; its content is put two columns
 * in from the key, all lines by the same amount, so the text is unchanged.
 * With an explicit indentation indicator (`|2`) it moves with the key instead.
 */
function ownBlockScalar(
  scalar: CST.BlockScalar,
  delta: number,
  contentIndent: number,
  own: (token: CST.Token | CST.SourceToken, by: number) => void,
): void {
  for (const t of scalar.props) own(t, delta);
  const header = scalar.props.find((t) => t.type === 'block-scalar-header');
  const explicit = header !== undefined && 'source' in header && /\d/.test(header.source);
  const firstContent = /^( *)[^ \r\n]/m.exec(scalar.source);
  const by =
    explicit || firstContent === null ? delta : contentIndent - (firstContent[1] ?? '').length;
  const last = scalar.props[scalar.props.length - 1];
  const start = last === undefined ? scalar.offset : last.offset + CST.stringify(last).length;
  own({ type: 'scalar', offset: start, indent: scalar.indent, source: scalar.source }, by);
}

/** `-   value` becomes `- value` when the value follows on the same line. */
function markSpaceAfterDash(
  item: Pick<CST.CollectionItem, 'start' | 'value'>,
  spaceFixes: Map<number, number>,
): void {
  const last = item.start[item.start.length - 1];
  const before = item.start[item.start.length - 2];
  if (
    item.value !== undefined &&
    last?.type === 'space' &&
    before?.type === 'seq-item-ind' &&
    last.source !== ' ' &&
    !last.source.includes('\t')
  ) {
    spaceFixes.set(last.offset, last.source.length);
  }
}

function fixSpaces(
  rest: string,
  restStart: number,
  spaceFixes: ReadonlyMap<number, number>,
): string {
  if (spaceFixes.size === 0) return rest;
  let out = '';
  let i = 0;
  while (i < rest.length) {
    const length = spaceFixes.get(restStart + i);
    if (length !== undefined) {
      out += ' ';
      i += length;
    } else {
      out += rest[i] ?? '';
      i++;
    }
  }
  return out;
}

function findOwner(owned: readonly Owned[], offset: number): Owned | undefined {
  let lo = 0;
  let hi = owned.length - 1;
  let found: Owned | undefined;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const candidate = owned[mid];
    if (candidate === undefined) break;
    if (candidate.start <= offset) {
      found = candidate;
      lo = mid + 1;
    } else {
      hi = mid - 1;
    }
  }
  return found !== undefined && offset < found.end ? found : undefined;
}
