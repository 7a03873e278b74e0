import {
  CLOSE_BRACE,
  CLOSE_BRACKET,
  COLON,
  COMMA,
  CR,
  DASH,
  DOT,
  DOUBLE_QUOTE,
  HASH,
  LF,
  OPEN_BRACE,
  OPEN_BRACKET,
  PERCENT,
  PIPE,
  SINGLE_QUOTE,
  SPACE,
  isFlowIndicator,
  isIndicator,
  notPlain,
} from './plain-scalar.js';

/**
 * Reads line by line. The reader always stands on a line holding content (not
 * blank, not only a comment), described by `lineStart`, `indent` (its
 * leading spaces), `lineEnd` (before its line break, CR excluded), and
 * `cursor`, the offset being read within it; or at the end of the text.
 */
export abstract class PlainCursor {
  protected readonly text: string;
  protected lineStart = 0;
  protected lineEnd = 0;
  protected indent = 0;
  protected cursor = 0;
  protected atEnd = false;

  /** Whether a `-` at the cursor starts a plain scalar rather than a sequence item. */
  protected abstract startsPlainDash(inFlow: boolean): boolean;

  constructor(text: string) {
    this.text = text;
  }

  /** Moves to the first line at or after `from` holding content; checks document markers. */
  protected seekContentLine(from: number): void {
    const text = this.text;
    let start = from;
    while (start < text.length) {
      let end = text.indexOf('\n', start);
      const next = end === -1 ? text.length : end + 1;
      if (end === -1) end = text.length;
      if (end > start && text.charCodeAt(end - 1) === CR) end--;
      let first = start;
      while (first < end && text.charCodeAt(first) === SPACE) first++;
      if (first < end && text.charCodeAt(first) !== HASH) {
        if (first === start) this.checkColumnZero(start, end);
        this.lineStart = start;
        this.lineEnd = end;
        this.indent = first - start;
        this.cursor = first;
        return;
      }
      start = next;
    }
    this.atEnd = true;
  }

  /** Directives (`%YAML`) and document markers (`---`, `...`) are for the yaml library. */
  protected checkColumnZero(start: number, end: number): void {
    const text = this.text;
    const c = text.charCodeAt(start);
    if (c === PERCENT) notPlain();
    if ((c === DASH || c === DOT) && text.startsWith(c === DASH ? '---' : '...', start)) {
      const after = start + 3;
      if (after === end || text.charCodeAt(after) === SPACE) notPlain();
    }
  }

  /** After a value on the current line: only spaces and a comment may follow. */
  protected finishLine(): void {
    const text = this.text;
    let i = this.cursor;
    while (i < this.lineEnd && text.charCodeAt(i) === SPACE) i++;
    if (i < this.lineEnd) {
      if (text.charCodeAt(i) !== HASH || i === this.cursor) notPlain();
    }
    this.nextLine();
  }

  protected nextLine(): void {
    const next = this.text.indexOf('\n', this.lineEnd);
    if (next === -1) {
      this.atEnd = true;
      return;
    }
    this.seekContentLine(next + 1);
  }

  protected skipSpaces(): void {
    const text = this.text;
    while (this.cursor < this.lineEnd && text.charCodeAt(this.cursor) === SPACE) this.cursor++;
  }

  /** A quoted scalar closed on the same line, without escapes; the cursor is left after it. */
  protected readQuoted(start: number): string {
    const text = this.text;
    const quote = text.charCodeAt(start);
    let value = '';
    let from = start + 1;
    for (;;) {
      const close = text.indexOf(quote === DOUBLE_QUOTE ? '"' : "'", from);
      if (close === -1 || close >= this.lineEnd) notPlain();
      if (quote === SINGLE_QUOTE && text.charCodeAt(close + 1) === SINGLE_QUOTE) {
        value += text.slice(from, close + 1);
        from = close + 2;
        continue;
      }
      value += text.slice(from, close);
      this.cursor = close + 1;
      break;
    }
    if (quote === DOUBLE_QUOTE && value.includes('\\')) notPlain();
    return value;
  }

  /**
   * A plain scalar in a flow collection: up to a flow indicator, a `:` before
   * a space or the end of the line, or the end of the line (a flow collection
   * continuing on the next line is for the yaml library). The cursor is left
   * after the scalar's last non-space character.
   */
  protected readFlowPlain(isKey: boolean): string {
    const text = this.text;
    const start = this.cursor;
    const c = text.charCodeAt(start);
    if (isIndicator(c) && !this.startsPlainDash(true)) notPlain();
    let i = start;
    for (; i < this.lineEnd; i++) {
      const k = text.charCodeAt(i);
      if (k === COMMA || k === CLOSE_BRACKET || k === CLOSE_BRACE) break;
      if (k === OPEN_BRACKET || k === OPEN_BRACE) notPlain();
      if (k === COLON) {
        const after = i + 1 < this.lineEnd ? text.charCodeAt(i + 1) : LF;
        if (after === SPACE || after === LF || isFlowIndicator(after)) break;
      } else if (k === HASH && text.charCodeAt(i - 1) === SPACE) {
        notPlain();
      }
    }
    if (i === this.lineEnd) notPlain();
    let end = i;
    while (text.charCodeAt(end - 1) === SPACE) end--;
    if (end === start) notPlain();
    this.cursor = isKey ? i : end;
    if (isKey && end !== i) notPlain(); // `{ a : b }`
    return text.slice(start, end);
  }

  /**
   * A `|` or `>` block scalar, with clip or strip chomping and its indentation
   * found from its first line. More-indented folded lines, lines of spaces,
   * leading blank lines, trailing spaces and keep chomping (`+`) are for the
   * yaml library.
   */
  protected readBlockScalar(indent: number): string {
    const text = this.text;
    const literal = text.charCodeAt(this.cursor) === PIPE;
    this.cursor++;
    let strip = false;
    if (text.charCodeAt(this.cursor) === DASH) {
      strip = true;
      this.cursor++;
    }
    if (this.cursor !== this.lineEnd) notPlain(); // indentation indicator, `+`, a comment
    const lines: string[] = [];
    let blankRun = 0;
    let value = '';
    let contentIndent = -1;
    let start = this.text.indexOf('\n', this.lineEnd) + 1;
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
    this.seekContentLine(start);
    return strip ? value : `${value}\n`;
  }
}
