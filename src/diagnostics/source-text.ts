import type { Diagnostic, ResolvedDiagnostic } from './diagnostic.js';

/** A file's decoded text with its line starts, for turning offsets into line:column. */
export class SourceText {
  readonly file: string;
  readonly text: string;
  #lineStarts: number[] | undefined;

  constructor(file: string, text: string) {
    this.file = file;
    this.text = text;
  }

  /** Where each line starts, found on first use: most texts are never asked for a position. */
  get #starts(): number[] {
    if (this.#lineStarts === undefined) {
      const text = this.text;
      const starts = [0];
      for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) starts.push(i + 1);
      this.#lineStarts = starts;
    }
    return this.#lineStarts;
  }

  /** 1-based line and column (in UTF-16 code units) of an offset. */
  position(offset: number): { line: number; column: number } {
    const starts = this.#starts;
    let lo = 0;
    let hi = starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if ((starts[mid] ?? 0) <= offset) lo = mid;
      else hi = mid - 1;
    }
    return { line: lo + 1, column: offset - (starts[lo] ?? 0) + 1 };
  }

  /** The text of a 1-based line, without its line ending. */
  lineText(line: number): string {
    const starts = this.#starts;
    const start = starts[line - 1];
    if (start === undefined) return '';
    const next = starts[line];
    const end = next === undefined ? this.text.length : next - 1;
    return this.text.slice(start, end).replace(/\r$/, '');
  }

  get lineCount(): number {
    return this.#starts.length;
  }
}

/** Source texts by file name, so any diagnostic can be resolved to line:column. */
export type SourceTexts = ReadonlyMap<string, SourceText>;

export function resolveDiagnostic(d: Diagnostic, sources: SourceTexts): ResolvedDiagnostic {
  return resolveDiagnosticIn(d, sources.get(d.file));
}

/** A diagnostic with line:column from its file's text (none without the text or a span). */
export function resolveDiagnosticIn(
  d: Diagnostic,
  source: SourceText | undefined,
): ResolvedDiagnostic {
  if (d.span === undefined || source === undefined) {
    return { ...d, line: null, column: null, endLine: null, endColumn: null };
  }
  const start = source.position(d.span.start);
  const end = source.position(Math.max(d.span.end, d.span.start));
  return {
    ...d,
    line: start.line,
    column: start.column,
    endLine: end.line,
    endColumn: end.column,
  };
}
