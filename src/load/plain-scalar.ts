/** The plain subset's characters, scalars and the few questions asked of its texts without parsing them (see plain-yaml.ts). */

/**
 * Characters the subset leaves to the yaml library: tabs, control characters
 * (a lone CR among them), C1 controls, byte order marks, line and paragraph
 * separators, and the non-characters U+FFFE and U+FFFF.
 */
export const UNSUPPORTED_CHARACTER =
  // eslint-disable-next-line no-control-regex
  /[\u0000-\u0009\u000B\u000C\u000E-\u001F\u007F-\u009F\uFEFF\u2028\u2029\uFFFE\uFFFF]|\r(?!\n)/;

/** Thrown (never an Error: no stack to capture) when the text leaves the subset. */
export const NOT_PLAIN = Symbol('not plain YAML');

/** Nesting the subset reads; deeper documents go to the yaml library, which limits depth. */
export const MAX_NESTING = 32;

/** Keys at least this long go to the yaml library, which reports those over 1024 characters. */
export const MAX_KEY_LENGTH = 1000;

/** Whole and decimal numbers written as `String(value)` writes them: `15`, `-3`, `0.95`. */
export const WHOLE_NUMBER = /^(?:0|-?[1-9][0-9]*)$/;
export const DECIMAL_NUMBER = /^-?(?:0|[1-9][0-9]*)\.[0-9]+$/;

/** Every other spelling the core schema reads as a number (`0x0F`, `+15`, `1e3`, `.nan`, `015`). */
export const OTHER_NUMBER =
  /^(?:[-+]?[0-9]+|0o[0-7]+|0x[0-9a-fA-F]+|[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)(?:[eE][-+]?[0-9]+)?|[-+]?\.(?:inf|Inf|INF)|\.nan|\.NaN|\.NAN)$/;

/** Spellings of booleans and null other than `true`, `false`, `null` and `~`. */
export const OTHER_WORD = /^(?:True|TRUE|False|FALSE|Null|NULL)$/;

export const SPACE = 0x20;
export const LF = 0x0a;
export const CR = 0x0d;
export const HASH = 0x23;
export const COLON = 0x3a;
export const DASH = 0x2d;
export const COMMA = 0x2c;
export const DOUBLE_QUOTE = 0x22;
export const SINGLE_QUOTE = 0x27;
export const OPEN_BRACKET = 0x5b;
export const CLOSE_BRACKET = 0x5d;
export const OPEN_BRACE = 0x7b;
export const CLOSE_BRACE = 0x7d;
export const PIPE = 0x7c;
export const GREATER = 0x3e;
export const DOT = 0x2e;
export const PERCENT = 0x25;

/** Characters that cannot start a plain scalar or a plain key here (YAML's indicators). */
export function isIndicator(c: number): boolean {
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

export function isFlowIndicator(c: number): boolean {
  return (
    c === COMMA ||
    c === OPEN_BRACKET ||
    c === CLOSE_BRACKET ||
    c === OPEN_BRACE ||
    c === CLOSE_BRACE
  );
}

export function notPlain(): never {
  // eslint-disable-next-line @typescript-eslint/only-throw-error -- a sentinel, caught in parsePlainYaml
  throw NOT_PLAIN;
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
