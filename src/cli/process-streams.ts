import { describeWriteError } from './write-errors.js';
import type { OutputStream } from './output-stream.js';

/**
 * Standard output closed by its reader (`overrule validate | head -1`):
 * the run ends at once and quietly.
 */
export class OutputClosed extends Error {
  override readonly name = 'OutputClosed';
}

/** Standard output failed otherwise (`> /dev/full`): one line, exit 2. */
export class OutputFailed extends Error {
  override readonly name = 'OutputFailed';
  constructor(readonly code: string | undefined) {
    super(`cannot write to standard output: ${describeWriteError({ code })}`);
  }
}

/** What a write to a standard stream needs of the process's stream. */
export interface ProcessStream {
  write(chunk: string): boolean;
  on(event: 'error', listener: (error: Error) => void): unknown;
  once(event: 'drain' | 'error' | 'close', listener: () => void): unknown;
  removeListener(event: 'drain' | 'error' | 'close', listener: () => void): unknown;
  readonly isTTY?: boolean;
  readonly writableNeedDrain?: boolean;
}

/** Standard output or error, whose failures end the run in words, never in a stack trace. */
export interface GuardedStream extends OutputStream {
  /** Settles once what was written is handed on; throws OutputClosed or OutputFailed if it failed. */
  settle(): Promise<void>;
}

/**
 * A process stream guarded against its write errors. Node.js reports them
 * as an 'error' event, after the write (a stack trace and exit 1 when
 * nothing listens); here the first one is kept, and the next write, or
 * `settle` at the end of the run, throws it as OutputClosed (EPIPE) or
 * OutputFailed. With `quiet` (standard error, where nothing can be said of
 * it) failures are only swallowed.
 */
export function guardStream(stream: ProcessStream, quiet: boolean): GuardedStream {
  let failure: Error | undefined;
  stream.on('error', (error) => {
    failure ??= error;
  });
  const check = (): void => {
    if (failure === undefined || quiet) return;
    const code = (failure as { code?: unknown }).code;
    if (code === 'EPIPE' || code === 'ERR_STREAM_DESTROYED') throw new OutputClosed('EPIPE');
    throw new OutputFailed(typeof code === 'string' ? code : undefined);
  };
  return {
    write: (chunk) => {
      check();
      if (failure !== undefined) return true;
      try {
        return stream.write(chunk);
      } catch (error) {
        failure ??= error instanceof Error ? error : new Error(String(error));
        check();
        return true;
      }
    },
    get isTTY() {
      return stream.isTTY === true;
    },
    get writableNeedDrain() {
      return failure === undefined && stream.writableNeedDrain === true;
    },
    once: (event, listener) => {
      // a stream that failed never drains: the next write throws instead
      const settled = (): void => {
        stream.removeListener('error', settled);
        stream.removeListener('close', settled);
        stream.removeListener('drain', settled);
        listener();
      };
      stream.once(event, settled);
      stream.once('error', settled);
      stream.once('close', settled);
    },
    settle: async () => {
      // errors are reported on a later turn of the event loop
      await new Promise((resolve) => setImmediate(resolve));
      if (failure === undefined && stream.writableNeedDrain === true) {
        await new Promise<void>((resolve) => {
          const done = (): void => {
            stream.removeListener('drain', done);
            stream.removeListener('error', done);
            stream.removeListener('close', done);
            resolve();
          };
          stream.once('drain', done);
          stream.once('error', done);
          stream.once('close', done);
        });
        await new Promise((resolve) => setImmediate(resolve));
      }
      check();
    },
  };
}
