import { PlainCursor } from './plain-cursor.js';
import {
  CLOSE_BRACE,
  CLOSE_BRACKET,
  COLON,
  COMMA,
  DASH,
  DOUBLE_QUOTE,
  GREATER,
  HASH,
  LF,
  MAX_KEY_LENGTH,
  MAX_NESTING,
  NOT_PLAIN,
  OPEN_BRACE,
  OPEN_BRACKET,
  PIPE,
  SINGLE_QUOTE,
  SPACE,
  UNSUPPORTED_CHARACTER,
  isFlowIndicator,
  isIndicator,
  notPlain,
  resolvePlainScalar,
} from './plain-scalar.js';

/**
 * A fast reader for the plain subset of YAML that council data is written in:
 * one document, block mappings and sequences, one-line flow `{ ... }` and
 * `[ ... ]`, plain and quoted one-line scalars, `|` and `>` block scalars,
 * comments. It gives the same data as the yaml library would under overrule's
 * options (YAML 1.2, core schema, string keys) — or `undefined` for anything
 * outside the subset (anchors, aliases, tags, directives, `---`, multi-line
 * plain or quoted scalars, escapes, tabs, duplicate keys, control characters,
 * numbers not written plainly, anything unusual), and the caller reads the
 * file with the yaml library instead. A document it accepts is one the yaml
 * library reads without a single error or warning; `test/load/plain-yaml.test.ts`
 * holds the two side by side on every fixture and on generated documents.
 *
 * It keeps no positions: a diagnostic in a document read here is placed by
 * the yaml library, which reads the document again when a position is needed.
 */
export function parsePlainYaml(text: string): Record<string, unknown> | undefined {
  if (UNSUPPORTED_CHARACTER.test(text)) return undefined;
  try {
    return new PlainYamlReader(text).readDocument();
  } catch (error) {
    if (error === NOT_PLAIN) return undefined;
    throw error;
  }
}

/** The structure of the subset: block mappings and sequences, flow collections, over a PlainCursor. */
class PlainYamlReader extends PlainCursor {
  readDocument(): Record<string, unknown> {
    this.seekContentLine(0);
    if (this.atEnd || this.indent !== 0) notPlain();
    // A mapping at column 0 takes every line that follows.
    return this.readBlockMap(0, this.lineStart, 0);
  }

  /** A block mapping whose keys stand at column `indent`; the first key starts at `keyStart`. */
  private readBlockMap(indent: number, keyStart: number, depth: number): Record<string, unknown> {
    if (depth > MAX_NESTING) notPlain();
    const out = Object.create(null) as Record<string, unknown>;
    this.cursor = keyStart;
    for (;;) {
      const key = this.readKey();
      if (key === undefined || key in out) notPlain();
      out[key] = this.readMapValue(indent, depth);
      if (this.atEnd || this.indent < indent) return out;
      if (this.indent > indent) notPlain();
    }
  }

  /**
   * A key at the cursor, followed by `:` and a space or the end of the line;
   * the cursor is left after the `:`. Undefined when the line holds no key there.
   */
  private readKey(): string | undefined {
    const text = this.text;
    const start = this.cursor;
    const c = text.charCodeAt(start);
    let key: string;
    let colon: number;
    if (c === DOUBLE_QUOTE || c === SINGLE_QUOTE) {
      const quoted = this.readQuoted(start);
      colon = this.cursor;
      if (text.charCodeAt(colon) !== COLON) return undefined;
      if (colon + 1 < this.lineEnd && text.charCodeAt(colon + 1) !== SPACE) notPlain();
      key = quoted;
    } else {
      if (isIndicator(c)) return undefined;
      colon = -1;
      for (let i = start; i < this.lineEnd; i++) {
        const k = text.charCodeAt(i);
        if (k === COLON) {
          const after = i + 1 < this.lineEnd ? text.charCodeAt(i + 1) : SPACE;
          if (after === SPACE) {
            colon = i;
            break;
          }
        } else if (k === HASH && text.charCodeAt(i - 1) === SPACE) {
          return undefined;
        }
      }
      if (colon === -1) return undefined;
      key = text.slice(start, colon);
      if (key.charCodeAt(key.length - 1) === SPACE) notPlain();
      if (resolvePlainScalar(key) !== key || key === '<<') notPlain();
    }
    if (key.length >= MAX_KEY_LENGTH) notPlain();
    this.cursor = colon + 1;
    return key;
  }

  /** The value after `key:` in a block mapping whose keys stand at column `indent`. */
  private readMapValue(indent: number, depth: number): unknown {
    const text = this.text;
    this.skipSpaces();
    const c = this.cursor < this.lineEnd ? text.charCodeAt(this.cursor) : LF;
    if (c === LF || c === HASH) {
      if (c === HASH && text.charCodeAt(this.cursor - 1) !== SPACE) notPlain();
      this.nextLine();
      if (this.atEnd) return null;
      if (this.indent > indent) {
        return this.startsSequenceItem()
          ? this.readBlockSeq(this.indent, false, depth + 1)
          : this.readBlockMap(this.indent, this.cursor, depth + 1);
      }
      if (this.indent === indent && this.startsSequenceItem()) {
        return this.readBlockSeq(indent, true, depth + 1);
      }
      return null;
    }
    if (c === PIPE || c === GREATER) return this.readBlockScalar(indent);
    const value = this.readInlineValue(depth);
    this.finishLine();
    return value;
  }

  private startsSequenceItem(): boolean {
    const text = this.text;
    if (text.charCodeAt(this.cursor) !== DASH) return false;
    const after = this.cursor + 1;
    return after === this.lineEnd || text.charCodeAt(after) === SPACE;
  }

  /**
   * A block sequence whose dashes stand at column `indent`. An indentless one
   * (dashes at the column of its parent's keys) ends at the next key there.
   */
  private readBlockSeq(indent: number, indentless: boolean, depth: number): unknown[] {
    if (depth > MAX_NESTING) notPlain();
    const out: unknown[] = [];
    for (;;) {
      this.cursor++; // the dash
      this.skipSpaces();
      const itemStart = this.cursor;
      if (itemStart === this.lineEnd) notPlain(); // `-` alone, the item below it
      const c = this.text.charCodeAt(itemStart);
      if (c === HASH || (c === DASH && this.startsSequenceItem())) notPlain();
      if (c === PIPE || c === GREATER) {
        out.push(this.readBlockScalar(indent));
      } else if (c !== OPEN_BRACKET && c !== OPEN_BRACE && this.peekKey()) {
        out.push(this.readBlockMap(itemStart - this.lineStart, itemStart, depth + 1));
      } else {
        this.cursor = itemStart;
        out.push(this.readInlineValue(depth));
        this.finishLine();
      }
      if (this.atEnd || this.indent < indent) return out;
      if (this.indent > indent) notPlain();
      if (!this.startsSequenceItem()) {
        if (indentless) return out;
        notPlain();
      }
    }
  }

  /** Whether the cursor is on a `-` that starts a plain scalar (`-1`, `-x`), not a sequence item. */
  protected startsPlainDash(inFlow: boolean): boolean {
    const text = this.text;
    const after = this.cursor + 1;
    if (text.charCodeAt(this.cursor) !== DASH || after >= this.lineEnd) return false;
    const c = text.charCodeAt(after);
    return c !== SPACE && !(inFlow && isFlowIndicator(c));
  }

  /** Whether a key starts at the cursor; the cursor is left where it was. */
  private peekKey(): boolean {
    const start = this.cursor;
    const key = this.readKey();
    this.cursor = start;
    return key !== undefined;
  }

  /** A scalar or a one-line flow collection at the cursor, in block context. */
  private readInlineValue(depth: number): unknown {
    const text = this.text;
    const c = text.charCodeAt(this.cursor);
    if (c === DOUBLE_QUOTE || c === SINGLE_QUOTE) return this.readQuoted(this.cursor);
    if (c === OPEN_BRACKET || c === OPEN_BRACE) return this.readFlow(depth + 1);
    if (isIndicator(c) && !this.startsPlainDash(false)) notPlain();
    const start = this.cursor;
    let end = this.lineEnd;
    for (let i = start; i < this.lineEnd; i++) {
      const k = text.charCodeAt(i);
      if (k === COLON) {
        if (i + 1 === this.lineEnd || text.charCodeAt(i + 1) === SPACE) notPlain();
      } else if (k === HASH && text.charCodeAt(i - 1) === SPACE) {
        end = i;
        break;
      }
    }
    while (text.charCodeAt(end - 1) === SPACE) end--;
    this.cursor = end;
    return resolvePlainScalar(text.slice(start, end));
  }

  /** A flow sequence or mapping that opens and closes on the current line. */
  private readFlow(depth: number): unknown {
    if (depth > MAX_NESTING) notPlain();
    const text = this.text;
    const isSeq = text.charCodeAt(this.cursor) === OPEN_BRACKET;
    const close = isSeq ? CLOSE_BRACKET : CLOSE_BRACE;
    this.cursor++;
    this.skipSpaces();
    const seq: unknown[] = [];
    const map = Object.create(null) as Record<string, unknown>;
    if (text.charCodeAt(this.cursor) === close) {
      this.cursor++;
      return isSeq ? seq : map;
    }
    for (;;) {
      if (isSeq) {
        seq.push(this.readFlowNode(depth, true));
      } else {
        const key = this.readFlowKey();
        if (key in map) notPlain();
        this.skipSpaces();
        const c = text.charCodeAt(this.cursor);
        if (this.cursor >= this.lineEnd || c === COMMA || c === close) notPlain();
        map[key] = this.readFlowNode(depth, false);
      }
      this.skipSpaces();
      const c = this.cursor < this.lineEnd ? text.charCodeAt(this.cursor) : LF;
      this.cursor++;
      if (c === close) return isSeq ? seq : map;
      if (c !== COMMA) notPlain();
      this.skipSpaces();
      const next = this.cursor < this.lineEnd ? text.charCodeAt(this.cursor) : LF;
      if (next === close || next === COMMA || next === LF) notPlain();
    }
  }

  /** A key in a flow mapping, with its `: `; the cursor is left after the colon. */
  private readFlowKey(): string {
    const text = this.text;
    const start = this.cursor;
    const c = text.charCodeAt(start);
    let key: string;
    if (c === DOUBLE_QUOTE || c === SINGLE_QUOTE) {
      key = this.readQuoted(start);
      if (text.charCodeAt(this.cursor) !== COLON) notPlain();
    } else {
      key = this.readFlowPlain(true);
      if (text.charCodeAt(this.cursor) !== COLON) notPlain();
      if (resolvePlainScalar(key) !== key || key === '<<') notPlain();
    }
    if (key.length >= MAX_KEY_LENGTH) notPlain();
    this.cursor++;
    if (this.cursor >= this.lineEnd || text.charCodeAt(this.cursor) !== SPACE) notPlain();
    return key;
  }

  /** A value in a flow collection. */
  private readFlowNode(depth: number, inSeq: boolean): unknown {
    const text = this.text;
    const c = text.charCodeAt(this.cursor);
    if (c === OPEN_BRACKET || c === OPEN_BRACE) return this.readFlow(depth + 1);
    if (c === DOUBLE_QUOTE || c === SINGLE_QUOTE) {
      const value = this.readQuoted(this.cursor);
      if (inSeq && text.charCodeAt(this.cursor) === COLON) notPlain();
      return value;
    }
    const value = this.readFlowPlain(false);
    if (text.charCodeAt(this.cursor) === COLON) notPlain(); // `a: b` inside a flow sequence, `a: b: c`
    return resolvePlainScalar(value);
  }
}
