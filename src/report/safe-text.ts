/**
 * Text from outside (a file name, above all) made safe to print for people:
 * control characters, which a terminal would act on (an escape sequence can
 * recolour, move the cursor or retitle the window) or which would break a
 * line, are written as escapes (`\x1B`, `\n`), and so are the invisible
 * characters that reorder text (bidirectional controls, line and paragraph
 * separators). When anything is escaped, backslashes are doubled too, so the
 * text says unambiguously what it was; other text is left as it is.
 */
const UNSAFE =
  // eslint-disable-next-line no-control-regex
  /[\u0000-\u001F\u007F-\u009F\u061C\u200E\u200F\u2028\u2029\u202A-\u202E\u2066-\u2069]/g;

/** The same without tab and line feed, which lay a message out. */
const UNSAFE_IN_MESSAGE =
  // eslint-disable-next-line no-control-regex
  /[\u0000-\u0008\u000B-\u001F\u007F-\u009F\u061C\u200E\u200F\u2028\u2029\u202A-\u202E\u2066-\u2069]/g;

const NAMED: Readonly<Record<string, string>> = { '\n': '\\n', '\r': '\\r', '\t': '\\t' };

/** A file name or another one-line text, every control character escaped. */
export function escapeControls(text: string): string {
  return escapeWith(text, UNSAFE);
}

/** A message: its line breaks and tabs kept, every other control character escaped. */
export function escapeInMessage(text: string): string {
  return escapeWith(text, UNSAFE_IN_MESSAGE);
}

function escapeWith(text: string, unsafe: RegExp): string {
  unsafe.lastIndex = 0;
  if (!unsafe.test(text)) return text;
  unsafe.lastIndex = 0;
  return text.replace(/\\/g, '\\\\').replace(unsafe, (c) => {
    const named = NAMED[c];
    if (named !== undefined) return named;
    const code = c.charCodeAt(0);
    return code <= 0xff
      ? `\\x${code.toString(16).toUpperCase().padStart(2, '0')}`
      : `\\u${code.toString(16).toUpperCase().padStart(4, '0')}`;
  });
}
