/** A half-open range of offsets into the text being edited. */
export interface TextRange {
  readonly start: number;
  readonly end: number;
}

/**
 * A change to a text: `replace` puts new text in place of a range; `arrange`
 * rebuilds a range from pieces, each new text or a range of the original
 * (which keeps any edits nested inside it, so a mapping can be reordered and
 * its values reordered too).
 */
export type TextEdit =
  | { readonly type: 'replace'; readonly range: TextRange; readonly text: string }
  | {
      readonly type: 'arrange';
      readonly range: TextRange;
      readonly pieces: readonly (string | TextRange)[];
    };

/**
 * Applies edits that nest but never partly overlap. An edit inside another
 * edit's range is applied only where that range (or a piece of it) is copied.
 */
export function applyEdits(text: string, edits: readonly TextEdit[]): string {
  const sorted = [...edits].sort(
    (a, b) => a.range.start - b.range.start || b.range.end - a.range.end,
  );
  return render(text, { start: 0, end: text.length }, sorted, undefined);
}

function render(
  text: string,
  range: TextRange,
  edits: readonly TextEdit[],
  current: TextEdit | undefined,
): string {
  let out = '';
  let position = range.start;
  for (let i = firstStartingAt(edits, range.start); i < edits.length; i++) {
    const edit = edits[i];
    if (edit === undefined || edit.range.start >= range.end) break;
    if (edit === current || edit.range.start < position || edit.range.end > range.end) continue;
    out += text.slice(position, edit.range.start);
    if (edit.type === 'replace') {
      out += edit.text;
    } else {
      for (const piece of edit.pieces) {
        out += typeof piece === 'string' ? piece : render(text, piece, edits, edit);
      }
    }
    position = edit.range.end;
  }
  return out + text.slice(position, range.end);
}

/** The index of the first edit (sorted by start) starting at or after `offset`. */
function firstStartingAt(edits: readonly TextEdit[], offset: number): number {
  let lo = 0;
  let hi = edits.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((edits[mid]?.range.start ?? Infinity) < offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
