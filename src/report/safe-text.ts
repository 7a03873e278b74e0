/**
 * Text from outside (a file name, above all) made safe to print for people:
 * control characters, which a terminal would act on (an escape sequence can
 * recolour, move the cursor or retitle the window) or which would break a
 * line, are written as escapes (`\x1B`, `\n`), and so are the invisible
 * characters that reorder text (bidirectional controls, line and paragraph
 * separators). A backslash before such an escape is itself doubled, so the
 * escaped text says what it was; other text is left as it is.
 */
// eslint-disable-next-line no-control-regex
const UNSAFE =
  /[\u0000-\u001F\u007F-\u009F\u061C\u200E\u200F\u2028\u2029\u202A-\u202E\u2066-\u2069]/g;

const NAMED: Readonly<Record<string, string>> = { '\n': '\\n', '\r': '\\r', '\t': '\\t' };

export function escapeControls(text: string): string {
  if (!hasUnsafe(text)) return text;
  return text.replace(/\\/g, '\\\\').replace(UNSAFE, (c) => {
    const named = NAMED[c];
    if (named !== undefined) return named;
    const code = c.charCodeAt(0);
    return code <= 0xff
      ? `\\x${code.toString(16).toUpperCase().padStart(2, '0')}`
      : `\\u${code.toString(16).toUpperCase().padStart(4, '0')}`;
  });
}

function hasUnsafe(text: string): boolean {
  UNSAFE.lastIndex = 0;
  const found = UNSAFE.test(text);
  UNSAFE.lastIndex = 0;
  return found;
}
