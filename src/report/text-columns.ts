/**
 * Columns of text aligned with spaces, under a ruled header (none when the
 * header is empty): for tables that
 * may run to hundreds of rows (a 435-member body), which cli-table3 takes
 * a millisecond a row to draw. Widths count characters (graphemes), so accented names
 * line up; a cell's colour is applied after padding, so it never counts.
 */
export interface TextCell {
  readonly text: string;
  readonly color?: (text: string) => string;
}

export type Align = 'left' | 'right';

export function renderTextColumns(input: {
  readonly head: readonly TextCell[];
  readonly rows: readonly (readonly (TextCell | string)[])[];
  readonly align: readonly Align[];
}): string {
  const cell = (c: TextCell | string): TextCell => (typeof c === 'string' ? { text: c } : c);
  const rows = [input.head, ...input.rows].map((row) => row.map(cell));
  const columns = Math.max(...rows.map((row) => row.length));
  const widths = Array.from({ length: columns }, (_, i) =>
    Math.max(...rows.map((row) => width(row[i]?.text ?? ''))),
  );
  const line = (row: readonly TextCell[]): string =>
    row
      .map((c, i) => {
        const pad = ' '.repeat(Math.max(0, (widths[i] ?? 0) - width(c.text)));
        const padded = input.align[i] === 'right' ? `${pad}${c.text}` : `${c.text}${pad}`;
        return c.color === undefined ? padded : c.color(padded);
      })
      .join('  ')
      .trimEnd();
  const [head = [], ...body] = rows;
  if (input.head.length === 0) return body.map(line).join('\n');
  const rule = widths.map((w) => '─'.repeat(w)).join('  ');
  return [line(head), rule, ...body.map(line)].join('\n');
}

/** Made on first need: loading the segmenter's data takes longer than a whole report of ASCII. */
let graphemes: Intl.Segmenter | undefined;

/** Characters as a reader counts them (`é` written as e and an accent is one). */
function width(text: string): number {
  if (/^[\x20-\x7e]*$/.test(text)) return text.length;
  graphemes ??= new Intl.Segmenter('en', { granularity: 'grapheme' });
  return Array.from(graphemes.segment(text)).length;
}
