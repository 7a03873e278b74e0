/**
 * Where a tab in a line's indentation is the root cause of a document's
 * syntax errors. yaml reports a tab in the indentation as TAB_AS_INDENT only
 * where it happens to notice it; elsewhere it reads the rest of the line as
 * part of the line before, or closes the mapping, and every later line of the
 * mapping gets an error of its own ("All mapping items must start at the
 * same column", a value that "reads as a second key"). One tab, one problem:
 * this finds the tab, so that only it is reported.
 *
 * A tab is blamed when it is in the indentation of the line of the
 * document's first error, or of the line after it (yaml can stop on the line
 * before, taking the tab's line as a continuation of a plain value). A tab
 * elsewhere may be the content of a block scalar, which YAML allows.
 */
export function tabIndentCause(
  text: string,
  firstErrorAt: number,
  documentEnd: number,
): number | undefined {
  const lineStart = text.lastIndexOf('\n', firstErrorAt - 1) + 1;
  const next = text.indexOf('\n', lineStart);
  const candidates = next === -1 ? [lineStart] : [lineStart, next + 1];
  for (const start of candidates) {
    if (start >= documentEnd) break;
    const tab = tabInIndentation(text, start);
    if (tab !== undefined) return tab;
  }
  return undefined;
}

/** The offset of the first tab in the leading white space of the line at `start`, if the line holds more. */
function tabInIndentation(text: string, start: number): number | undefined {
  let tab: number | undefined;
  for (let at = start; at < text.length; at++) {
    const c = text[at];
    if (c === '\t') tab ??= at;
    else if (c !== ' ') return c === '\n' || c === '\r' ? undefined : tab;
  }
  return undefined;
}
