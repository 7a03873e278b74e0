import { isVoteKey, type SessionKey } from './roll-call-session.js';

/** What one character (or escape) of a key stream means. */
export type KeyToken =
  | { readonly kind: 'key'; readonly key: SessionKey }
  /** Not a key: shown to the clerk, never journaled. */
  | { readonly kind: 'unknown'; readonly text: string };

/**
 * Turns text into keys, for `--keys STRING` and a standard input that is not
 * a terminal: the vote letters (either case), `u` or Backspace (DEL, BS) to
 * undo, a newline or carriage return (CRLF counts once) for Enter. `\n`,
 * `\r` and `\b` written as two characters count as Enter and Backspace, so a
 * shell string can hold them. Spaces and tabs separate groups of keys and
 * mean nothing. Text may come in pieces (a pipe): an escape or a CRLF split
 * between two pieces is read as one.
 */
export class KeyDecoder {
  #afterCarriageReturn = false;
  #pendingBackslash = false;

  push(text: string): KeyToken[] {
    const tokens: KeyToken[] = [];
    for (const char of text) {
      const afterCarriageReturn = this.#afterCarriageReturn;
      this.#afterCarriageReturn = false;
      if (this.#pendingBackslash) {
        this.#pendingBackslash = false;
        tokens.push(escaped(char));
        continue;
      }
      if (char === '\\') {
        this.#pendingBackslash = true;
        continue;
      }
      if (char === '\n' && afterCarriageReturn) continue;
      if (char === '\r') this.#afterCarriageReturn = true;
      const token = tokenOf(char);
      if (token !== undefined) tokens.push(token);
    }
    return tokens;
  }

  /** The end of the stream: a lone trailing backslash is not a key. */
  end(): KeyToken[] {
    if (!this.#pendingBackslash) return [];
    this.#pendingBackslash = false;
    return [{ kind: 'unknown', text: '\\' }];
  }
}

/** Decodes a whole string at once. */
export function decodeKeys(text: string): KeyToken[] {
  const decoder = new KeyDecoder();
  return [...decoder.push(text), ...decoder.end()];
}

function tokenOf(char: string): KeyToken | undefined {
  switch (char) {
    case ' ':
    case '\t':
      return undefined;
    case '\n':
    case '\r':
      return { kind: 'key', key: 'enter' };
    case '\x7f':
    case '\b':
      return { kind: 'key', key: 'undo' };
    default: {
      const lower = char.toLowerCase();
      if (lower === 'u') return { kind: 'key', key: 'undo' };
      if (isVoteKey(lower)) return { kind: 'key', key: lower };
      return { kind: 'unknown', text: char };
    }
  }
}

function escaped(char: string): KeyToken {
  switch (char) {
    case 'n':
    case 'r':
      return { kind: 'key', key: 'enter' };
    case 'b':
      return { kind: 'key', key: 'undo' };
    default:
      return { kind: 'unknown', text: `\\${char}` };
  }
}
