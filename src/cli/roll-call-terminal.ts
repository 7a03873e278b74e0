import { clearScreenDown, cursorTo, emitKeypressEvents, moveCursor } from 'node:readline';
import type { KeyToken } from '../tally/roll-call-keys.js';
import { isVoteKey } from '../tally/roll-call-session.js';
import type { FrameTarget } from './roll-call-display.js';

/**
 * The terminal under the roll call: keys from Node.js's own keypress events
 * (readline parses the escape sequences), frames redrawn in place with
 * readline's cursor functions. Nothing else here knows about terminals.
 */

/** What a keypress means: a key for the state machine, or stop (Ctrl-C, Ctrl-D). */
export type TerminalKey = KeyToken | { readonly kind: 'stop' };

interface Keypress {
  readonly name?: string;
  readonly ctrl?: boolean;
  readonly meta?: boolean;
  readonly sequence?: string;
}

export function keyOfKeypress(text: string | undefined, key: Keypress | undefined): TerminalKey {
  if (key?.ctrl === true && (key.name === 'c' || key.name === 'd')) return { kind: 'stop' };
  if (key?.name === 'backspace') return { kind: 'key', key: 'undo' };
  if (key?.name === 'return' || key?.name === 'enter') return { kind: 'key', key: 'enter' };
  if (key?.ctrl !== true && key?.meta !== true && text !== undefined) {
    const lower = text.toLowerCase();
    if (lower === 'u') return { kind: 'key', key: 'undo' };
    if (isVoteKey(lower)) return { kind: 'key', key: lower };
  }
  const label = key?.name ?? text ?? key?.sequence ?? '?';
  return { kind: 'unknown', text: key?.ctrl === true ? `Ctrl-${label}` : label };
}

/**
 * Reads keys from the terminal in raw mode, handing each to `onKey` in
 * order, until it answers 'done', Ctrl-C or Ctrl-D is pressed, or the
 * process is asked to stop (SIGTERM, SIGHUP). The terminal is put back as
 * it was in every case; an error thrown by `onKey` rejects the promise.
 */
export function readTerminalKeys(
  onKey: (token: KeyToken) => 'continue' | 'done',
  onResize: () => void,
): Promise<'done' | 'stopped'> {
  const stdin = process.stdin;
  return new Promise((resolve, reject) => {
    const finish = (outcome: 'done' | 'stopped' | { readonly error: unknown }): void => {
      stdin.removeListener('keypress', onKeypress);
      process.stdout.removeListener('resize', onResize);
      for (const signal of SIGNALS) process.removeListener(signal, onSignal);
      if (stdin.isTTY) stdin.setRawMode(false);
      stdin.pause();
      if (typeof outcome === 'string') resolve(outcome);
      else
        reject(outcome.error instanceof Error ? outcome.error : new Error(String(outcome.error)));
    };
    const onSignal = (): void => {
      finish('stopped');
    };
    const onKeypress = (text: string | undefined, key: Keypress | undefined): void => {
      const token = keyOfKeypress(text, key);
      if (token.kind === 'stop') {
        finish('stopped');
        return;
      }
      try {
        if (onKey(token) === 'done') finish('done');
      } catch (error) {
        finish({ error });
      }
    };
    emitKeypressEvents(stdin);
    stdin.setRawMode(true);
    stdin.on('keypress', onKeypress);
    process.stdout.on('resize', onResize);
    for (const signal of SIGNALS) process.on(signal, onSignal);
    stdin.resume();
  });
}

const SIGNALS = ['SIGTERM', 'SIGHUP', 'SIGINT'] as const;

/** Draws frames in place: each one replaces the last, from the line the first began on. */
export class TerminalFrames implements FrameTarget {
  readonly #out: NodeJS.WriteStream;
  /** Rows of the frame on screen. */
  #rows = 0;

  constructor(out: NodeJS.WriteStream) {
    this.#out = out;
  }

  get size(): { readonly width: number; readonly height: number } {
    return { width: this.#out.columns || 80, height: this.#out.rows || 24 };
  }

  paint(lines: readonly string[]): void {
    if (this.#rows > 0) {
      cursorTo(this.#out, 0);
      moveCursor(this.#out, 0, -(this.#rows - 1));
    }
    clearScreenDown(this.#out);
    this.#out.write(lines.join('\n'));
    this.#rows = lines.length;
  }

  /** After a resize the terminal may have rewrapped the old frame: clear the screen first. */
  resized(): void {
    cursorTo(this.#out, 0, 0);
    clearScreenDown(this.#out);
    this.#rows = 0;
  }

  /** Ends the last frame with a newline, so what follows starts on a line of its own. */
  leave(): void {
    if (this.#rows > 0) this.#out.write('\n');
    this.#rows = 0;
  }
}
