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

/**
 * Characters the subset leaves to the yaml library: tabs, control characters
 * (a lone CR among them), C1 controls, byte order marks, line and paragraph
 * separators, and the non-characters U+FFFE and U+FFFF.
 */
const UNSUPPORTED_CHARACTER =
  // eslint-disable-next-line no-control-regex
  /[\u0000-\u0009\u000B\u000C\u000E-\u001F\u007F-\u009F\uFEFF\u2028\u2029\uFFFE\uFFFF]|\r(?!\n)/;

/** Thrown (never an Error: no stack to capture) when the text leaves the subset. */
const NOT_PLAIN = Symbol('not plain YAML');

/** Nesting the subset reads; deeper documents go to the yaml library, which limits depth. */
const MAX_NESTING = 32;

/** Keys at least this long go to the yaml library, which reports those over 1024 characters. */
const MAX_KEY_LENGTH = 1000;

/** Whole and decimal numbers written as `String(value)` writes them: `15`, `-3`, `0.95`. */
const WHOLE_NUMBER = /^(?:0|-?[1-9][0-9]*)$/;
const DECIMAL_NUMBER = /^-?(?:0|[1-9][0-9]*)\.[0-9]+$/;

/** Every other spelling the core schema reads as a number (`0x0F`, `+15`, `1e3`, `.nan`, `015`). */
const OTHER_NUMBER =
  /^(?:[-+]?[0-9]+|0o[0-7]+|0x[0-9a-fA-F]+|[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)(?:[eE][-+]?[0-9]+)?|[-+]?\.(?:inf|Inf|INF)|\.nan|\.NaN|\.NAN)$/;

/** Spellings of booleans and null other than `true`, `false`, `null` and `~`. */
const OTHER_WORD = /^(?:True|TRUE|False|FALSE|Null|NULL)$/;

const SPACE = 0x20;
const LF = 0x0a;
const CR = 0x0d;
const HASH = 0x23;
const COLON = 0x3a;
const DASH = 0x2d;
const COMMA = 0x2c;
const DOUBLE_QUOTE = 0x22;
const SINGLE_QUOTE = 0x27;
const OPEN_BRACKET = 0x5b;
const CLOSE_BRACKET = 0x5d;
const OPEN_BRACE = 0x7b;
const CLOSE_BRACE = 0x7d;
const PIPE = 0x7c;
const GREATER = 0x3e;
const DOT = 0x2e;
const PERCENT = 0x25;

/** Characters that cannot start a plain scalar or a plain key here (YAML's indicators). */
function isIndicator(c: number): boolean {
  switch (c) {
    case DASH:
    case 0x3f: // ?
    case COLON:
    case COMMA:
    case OPEN_BRACKET:
    case CLOSE_BRACKET:
    case OPEN_BRACE:
    case CLOSE_BRACE:
    case HASH:
    case 0x26: // &
    case 0x2a: // *
    case 0x21: // !
    case PIPE:
    case GREATER:
    case SINGLE_QUOTE:
    case DOUBLE_QUOTE:
    case PERCENT:
    case 0x40: // @
    case 0x60: // `
      return true;
    default:
      return false;
  }
}

function isFlowIndicator(c: number): boolean {
  return (
    c === COMMA ||
    c === OPEN_BRACKET ||
    c === CLOSE_BRACKET ||
    c === OPEN_BRACE ||
    c === CLOSE_BRACE
  );
}

function notPlain(): never {
  // eslint-disable-next-line @typescript-eslint/only-throw-error -- a sentinel, caught in parsePlainYaml
  throw NOT_PLAIN;
}

/**
 * Reads line by line. The reader always stands on a line holding content (not
 * blank, not only a comment), described by `#lineStart`, `#indent` (its
 * leading spaces), `#lineEnd` (before its line break, CR excluded), and
 * `#cursor`, the offset being read within it; or at the end of the text.
 */
class PlainYamlReader {
  readonly #text: string;
  #lineStart = 0;
  #lineEnd = 0;
  #indent = 0;
  #cursor = 0;
  #atEnd = false;

  constructor(text: string) {
    this.#text = text;
  }

  readDocument(): Record<string, unknown> {
    this.#seekContentLine(0);
    if (this.#atEnd || this.#indent !== 0) notPlain();
    // A mapping at column 0 takes every line that follows.
    return this.#readBlockMap(0, this.#lineStart, 0);
  }

  /** Moves to the first line at or after `from` holding content; checks document markers. */
  #seekContentLine(from: number): void {
    const text = this.#text;
    let start = from;
    while (start < text.length) {
      let end = text.indexOf('\n', start);
      const next = end === -1 ? text.length : end + 1;
      if (end === -1) end = text.length;
      if (end > start && text.charCodeAt(end - 1) === CR) end--;
      let first = start;
      while (first < end && text.charCodeAt(first) === SPACE) first++;
      if (first < end && text.charCodeAt(first) !== HASH) {
        if (first === start) this.#checkColumnZero(start, end);
        this.#lineStart = start;
        this.#lineEnd = end;
        this.#indent = first - start;
        this.#cursor = first;
        return;
      }
      start = next;
    }
    this.#atEnd = true;
  }

  /** Directives (`%YAML`) and document markers (`---`, `...`) are for the yaml library. */
  #checkColumnZero(start: number, end: number): void {
    const text = this.#text;
    const c = text.charCodeAt(start);
    if (c === PERCENT) notPlain();
    if ((c === DASH || c === DOT) && text.startsWith(c === DASH ? '---' : '...', start)) {
      const after = start + 3;
      if (after === end || text.charCodeAt(after) === SPACE) notPlain();
    }
  }

  /** After a value on the current line: only spaces and a comment may follow. */
  #finishLine(): void {
    const text = this.#text;
    let i = this.#cursor;
    while (i < this.#lineEnd && text.charCodeAt(i) === SPACE) i++;
    if (i < this.#lineEnd) {
      if (text.charCodeAt(i) !== HASH || i === this.#cursor) notPlain();
    }
    this.#nextLine();
  }

  #nextLine(): void {
    const next = this.#text.indexOf('\n', this.#lineEnd);
    if (next === -1) {
      this.#atEnd = true;
      return;
    }
    this.#seekContentLine(next + 1);
  }

  #skipSpaces(): void {
    const text = this.#text;
    while (this.#cursor < this.#lineEnd && text.charCodeAt(this.#cursor) === SPACE) this.#cursor++;
  }

  /** A block mapping whose keys stand at column `indent`; the first key starts at `keyStart`. */
  #readBlockMap(indent: number, keyStart: number, depth: number): Record<string, unknown> {
    if (depth > MAX_NESTING) notPlain();
    const out = Object.create(null) as Record<string, unknown>;
    this.#cursor = keyStart;
    for (;;) {
      const key = this.#readKey();
      if (key === undefined || key in out) notPlain();
      out[key] = this.#readMapValue(indent, depth);
      if (this.#atEnd || this.#indent < indent) return out;
      if (this.#indent > indent) notPlain();
    }
  }

  /**
   * A key at the cursor, followed by `:` and a space or the end of the line;
   * the cursor is left after the `:`. Undefined when the line holds no key there.
   */
  #readKey(): string | undefined {
    const text = this.#text;
    const start = this.#cursor;
    const c = text.charCodeAt(start);
    let key: string;
    let colon: number;
    if (c === DOUBLE_QUOTE || c === SINGLE_QUOTE) {
      const quoted = this.#readQuoted(start);
      colon = this.#cursor;
      if (text.charCodeAt(colon) !== COLON) return undefined;
      if (colon + 1 < this.#lineEnd && text.charCodeAt(colon + 1) !== SPACE) notPlain();
      key = quoted;
    } else {
      if (isIndicator(c)) return undefined;
      colon = -1;
      for (let i = start; i < this.#lineEnd; i++) {
        const k = text.charCodeAt(i);
        if (k === COLON) {
          const after = i + 1 < this.#lineEnd ? text.charCodeAt(i + 1) : SPACE;
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
    this.#cursor = colon + 1;
    return key;
  }

  /** The value after `key:` in a block mapping whose keys stand at column `indent`. */
  #readMapValue(indent: number, depth: number): unknown {
    const text = this.#text;
    this.#skipSpaces();
    const c = this.#cursor < this.#lineEnd ? text.charCodeAt(this.#cursor) : LF;
    if (c === LF || c === HASH) {
      if (c === HASH && text.charCodeAt(this.#cursor - 1) !== SPACE) notPlain();
      this.#nextLine();
      if (this.#atEnd) return null;
      if (this.#indent > indent) {
        return this.#startsSequenceItem()
          ? this.#readBlockSeq(this.#indent, false, depth + 1)
          : this.#readBlockMap(this.#indent, this.#cursor, depth + 1);
      }
      if (this.#indent === indent && this.#startsSequenceItem()) {
        return this.#readBlockSeq(indent, true, depth + 1);
      }
      return null;
    }
    if (c === PIPE || c === GREATER) return this.#readBlockScalar(indent);
    const value = this.#readInlineValue(depth);
    this.#finishLine();
    return value;
  }

  #startsSequenceItem(): boolean {
    const text = this.#text;
    if (text.charCodeAt(this.#cursor) !== DASH) return false;
    const after = this.#cursor + 1;
    return after === this.#lineEnd || text.charCodeAt(after) === SPACE;
  }

  /**
   * A block sequence whose dashes stand at column `indent`. An indentless one
   * (dashes at the column of its parent's keys) ends at the next key there.
   */
  #readBlockSeq(indent: number, indentless: boolean, depth: number): unknown[] {
    if (depth > MAX_NESTING) notPlain();
    const out: unknown[] = [];
    for (;;) {
      this.#cursor++; // the dash
      this.#skipSpaces();
      const itemStart = this.#cursor;
      if (itemStart === this.#lineEnd) notPlain(); // `-` alone, the item below it
      const c = this.#text.charCodeAt(itemStart);
      if (c === HASH || (c === DASH && this.#startsSequenceItem())) notPlain();
      if (c === PIPE || c === GREATER) {
        out.push(this.#readBlockScalar(indent));
      } else if (c !== OPEN_BRACKET && c !== OPEN_BRACE && this.#peekKey()) {
        out.push(this.#readBlockMap(itemStart - this.#lineStart, itemStart, depth + 1));
      } else {
        this.#cursor = itemStart;
        out.push(this.#readInlineValue(depth));
        this.#finishLine();
      }
      if (this.#atEnd || this.#indent < indent) return out;
      if (this.#indent > indent) notPlain();
      if (!this.#startsSequenceItem()) {
        if (indentless) return out;
        notPlain();
      }
    }
  }

  /** Whether the cursor is on a `-` that starts a plain scalar (`-1`, `-x`), not a sequence item. */
  #startsPlainDash(inFlow: boolean): boolean {
    const text = this.#text;
    const after = this.#cursor + 1;
    if (text.charCodeAt(this.#cursor) !== DASH || after >= this.#lineEnd) return false;
    const c = text.charCodeAt(after);
    return c !== SPACE && !(inFlow && isFlowIndicator(c));
  }

  /** Whether a key starts at the cursor; the cursor is left where it was. */
  #peekKey(): boolean {
    const start = this.#cursor;
    const key = this.#readKey();
    this.#cursor = start;
    return key !== undefined;
  }

  /** A scalar or a one-line flow collection at the cursor, in block context. */
  #readInlineValue(depth: number): unknown {
    const text = this.#text;
    const c = text.charCodeAt(this.#cursor);
    if (c === DOUBLE_QUOTE || c === SINGLE_QUOTE) return this.#readQuoted(this.#cursor);
    if (c === OPEN_BRACKET || c === OPEN_BRACE) return this.#readFlow(depth + 1);
    if (isIndicator(c) && !this.#startsPlainDash(false)) notPlain();
    const start = this.#cursor;
    let end = this.#lineEnd;
    for (let i = start; i < this.#lineEnd; i++) {
      const k = text.charCodeAt(i);
      if (k === COLON) {
        if (i + 1 === this.#lineEnd || text.charCodeAt(i + 1) === SPACE) notPlain();
      } else if (k === HASH && text.charCodeAt(i - 1) === SPACE) {
        end = i;
        break;
      }
    }
    while (text.charCodeAt(end - 1) === SPACE) end--;
    this.#cursor = end;
    return resolvePlainScalar(text.slice(start, end));
  }

  /** A quoted scalar closed on the same line, without escapes; the cursor is left after it. */
  #readQuoted(start: number): string {
    const text = this.#text;
    const quote = text.charCodeAt(start);
    let value = '';
    let from = start + 1;
    for (;;) {
      const close = text.indexOf(quote === DOUBLE_QUOTE ? '"' : "'", from);
      if (close === -1 || close >= this.#lineEnd) notPlain();
      if (quote === SINGLE_QUOTE && text.charCodeAt(close + 1) === SINGLE_QUOTE) {
        value += text.slice(from, close + 1);
        from = close + 2;
        continue;
      }
      value += text.slice(from, close);
      this.#cursor = close + 1;
      break;
    }
    if (quote === DOUBLE_QUOTE && value.includes('\\')) notPlain();
    return value;
  }

  /** A flow sequence or mapping that opens and closes on the current line. */
  #readFlow(depth: number): unknown {
    if (depth > MAX_NESTING) notPlain();
    const text = this.#text;
    const isSeq = text.charCodeAt(this.#cursor) === OPEN_BRACKET;
    const close = isSeq ? CLOSE_BRACKET : CLOSE_BRACE;
    this.#cursor++;
    this.#skipSpaces();
    const seq: unknown[] = [];
    const map = Object.create(null) as Record<string, unknown>;
    if (text.charCodeAt(this.#cursor) === close) {
      this.#cursor++;
      return isSeq ? seq : map;
    }
    for (;;) {
      if (isSeq) {
        seq.push(this.#readFlowNode(depth, true));
      } else {
        const key = this.#readFlowKey();
        if (key in map) notPlain();
        this.#skipSpaces();
        const c = text.charCodeAt(this.#cursor);
        if (this.#cursor >= this.#lineEnd || c === COMMA || c === close) notPlain();
        map[key] = this.#readFlowNode(depth, false);
      }
      this.#skipSpaces();
      const c = this.#cursor < this.#lineEnd ? text.charCodeAt(this.#cursor) : LF;
      this.#cursor++;
      if (c === close) return isSeq ? seq : map;
      if (c !== COMMA) notPlain();
      this.#skipSpaces();
      const next = this.#cursor < this.#lineEnd ? text.charCodeAt(this.#cursor) : LF;
      if (next === close || next === COMMA || next === LF) notPlain();
    }
  }

  /** A key in a flow mapping, with its `: `; the cursor is left after the colon. */
  #readFlowKey(): string {
    const text = this.#text;
    const start = this.#cursor;
    const c = text.charCodeAt(start);
    let key: string;
    if (c === DOUBLE_QUOTE || c === SINGLE_QUOTE) {
      key = this.#readQuoted(start);
      if (text.charCodeAt(this.#cursor) !== COLON) notPlain();
    } else {
      key = this.#readFlowPlain(true);
      if (text.charCodeAt(this.#cursor) !== COLON) notPlain();
      if (resolvePlainScalar(key) !== key || key === '<<') notPlain();
    }
    if (key.length >= MAX_KEY_LENGTH) notPlain();
    this.#cursor++;
    if (this.#cursor >= this.#lineEnd || text.charCodeAt(this.#cursor) !== SPACE) notPlain();
    return key;
  }

  /** A value in a flow collection. */
  #readFlowNode(depth: number, inSeq: boolean): unknown {
    const text = this.#text;
    const c = text.charCodeAt(this.#cursor);
    if (c === OPEN_BRACKET || c === OPEN_BRACE) return this.#readFlow(depth + 1);
    if (c === DOUBLE_QUOTE || c === SINGLE_QUOTE) {
      const value = this.#readQuoted(this.#cursor);
      if (inSeq && text.charCodeAt(this.#cursor) === COLON) notPlain();
      return value;
    }
    const value = this.#readFlowPlain(false);
    if (text.charCodeAt(this.#cursor) === COLON) notPlain(); // `a: b` inside a flow sequence, `a: b: c`
    return resolvePlainScalar(value);
  }

  /**
   * A plain scalar in a flow collection: up to a flow indicator, a `:` before
   * a space or the end of the line, or the end of the line (a flow collection
   * continuing on the next line is for the yaml library). The cursor is left
   * after the scalar's last non-space character.
   */
  #readFlowPlain(isKey: boolean): string {
    const text = this.#text;
    const start = this.#cursor;
    const c = text.charCodeAt(start);
    if (isIndicator(c) && !this.#startsPlainDash(true)) notPlain();
    let i = start;
    for (; i < this.#lineEnd; i++) {
      const k = text.charCodeAt(i);
      if (k === COMMA || k === CLOSE_BRACKET || k === CLOSE_BRACE) break;
      if (k === OPEN_BRACKET || k === OPEN_BRACE) notPlain();
      if (k === COLON) {
        const after = i + 1 < this.#lineEnd ? text.charCodeAt(i + 1) : LF;
        if (after === SPACE || after === LF || isFlowIndicator(after)) break;
      } else if (k === HASH && text.charCodeAt(i - 1) === SPACE) {
        notPlain();
      }
    }
    if (i === this.#lineEnd) notPlain();
    let end = i;
    while (text.charCodeAt(end - 1) === SPACE) end--;
    if (end === start) notPlain();
    this.#cursor = isKey ? i : end;
    if (isKey && end !== i) notPlain(); // `{ a : b }`
    return text.slice(start, end);
  }

  /**
   * A `|` or `>` block scalar, with clip or strip chomping and its indentation
   * found from its first line. More-indented folded lines, lines of spaces,
   * leading blank lines, trailing spaces and keep chomping (`+`) are for the
   * yaml library.
   */
  #readBlockScalar(indent: number): string {
    const text = this.#text;
    const literal = text.charCodeAt(this.#cursor) === PIPE;
    this.#cursor++;
    let strip = false;
    if (text.charCodeAt(this.#cursor) === DASH) {
      strip = true;
      this.#cursor++;
    }
    if (this.#cursor !== this.#lineEnd) notPlain(); // indentation indicator, `+`, a comment
    const lines: string[] = [];
    let blankRun = 0;
    let value = '';
    let contentIndent = -1;
    let start = this.#text.indexOf('\n', this.#lineEnd) + 1;
    if (start === 0) notPlain();
    while (start < text.length) {
      let end = text.indexOf('\n', start);
      const next = end === -1 ? text.length : end + 1;
      if (end === -1) end = text.length;
      if (end > start && text.charCodeAt(end - 1) === CR) end--;
      if (end === start) {
        if (lines.length === 0) notPlain(); // leading blank lines
        blankRun++;
        start = next;
        continue;
      }
      let first = start;
      while (first < end && text.charCodeAt(first) === SPACE) first++;
      if (first === end) notPlain(); // a line of spaces
      const lineIndent = first - start;
      if (contentIndent === -1) {
        if (lineIndent <= indent) notPlain(); // an empty block scalar
        contentIndent = lineIndent;
      }
      if (lineIndent < contentIndent) break;
      if (lineIndent > contentIndent && !literal) notPlain();
      if (text.charCodeAt(end - 1) === SPACE) notPlain();
      if (end === text.length) notPlain(); // the last line without a line break
      const line = text.slice(start + contentIndent, end);
      if (lines.length > 0) {
        value += literal || blankRun > 0 ? '\n'.repeat(literal ? blankRun + 1 : blankRun) : ' ';
      }
      value += line;
      lines.push(line);
      blankRun = 0;
      start = next;
    }
    if (lines.length === 0) notPlain();
    this.#seekContentLine(start);
    return strip ? value : `${value}\n`;
  }
}

/**
 * The 1-based line of a top-level key in a text `parsePlainYaml` reads: the
 * line where its value starts, when that value is a scalar (the line
 * `locate` gives). In such a text the lines that start at column 0 with
 * something other than `#` are exactly the top-level keys, each written once.
 */
export function plainTopLevelKeyLine(text: string, key: string): number | undefined {
  const written = [key, `"${key}"`, `'${key}'`];
  let start = 0;
  for (let line = 1; start < text.length; line++) {
    let end = text.indexOf('\n', start);
    if (end === -1) end = text.length;
    for (const w of written) {
      if (text.startsWith(w, start) && text.charCodeAt(start + w.length) === COLON) {
        const after = text.charCodeAt(start + w.length + 1);
        if (after === SPACE || after === LF || after === CR || Number.isNaN(after)) return line;
      }
    }
    start = end + 1;
  }
  return undefined;
}

/**
 * A plain scalar as the core schema reads it, for the spellings the subset
 * accepts; anything read otherwise (`True`, `0x0F`, `015`, `1e3`, `-0`) is
 * for the yaml library.
 */
export function resolvePlainScalar(text: string): unknown {
  switch (text) {
    case 'true':
      return true;
    case 'false':
      return false;
    case 'null':
    case '~':
      return null;
  }
  const c = text.charCodeAt(0);
  if ((c >= 0x30 && c <= 0x39) || c === DASH || c === 0x2b || c === DOT) {
    if (WHOLE_NUMBER.test(text) || DECIMAL_NUMBER.test(text)) {
      const n = Number(text);
      if (String(n) === text) return n;
      notPlain();
    }
    if (OTHER_NUMBER.test(text)) notPlain();
    return text;
  }
  if (OTHER_WORD.test(text)) notPlain();
  return text;
}
