import { statSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { describeFsError } from '../load/read.js';
import { AtomicFile } from '../load/atomic-write.js';
import { UsageError } from './errors.js';
import type { Io, OutputStream } from './io.js';

/** Where a command's report goes: stdout, or a file written as it comes and put in place at the end. */
export interface ReportOutput {
  readonly stream: OutputStream;
  /** Puts the file in place, if there is one. Call once, after the report is complete. */
  finish(): void;
  /** Removes what was written of a file not finished (a run that stopped); else nothing. */
  discard(): void;
}

/**
 * Checks `--output` before any work is done (missing folder, a folder in the
 * way), so a long validation never ends in an unwritable report.
 */
export function openReportOutput(io: Io, output: string | undefined): ReportOutput {
  if (output === undefined || output === '-') {
    return { stream: io.stdout, finish: () => undefined, discard: () => undefined };
  }
  const path = resolve(io.cwd, output);
  try {
    if (!statSync(dirname(path)).isDirectory()) {
      throw new UsageError(`--output ${output}: ${dirname(output)} is not a folder`);
    }
  } catch (error) {
    if (error instanceof UsageError) throw error;
    throw new UsageError(`--output ${output}: the folder ${dirname(output)} does not exist`);
  }
  let isFolder = false;
  try {
    isFolder = statSync(path).isDirectory();
  } catch {
    // does not exist yet: fine
  }
  if (isFolder) throw new UsageError(`--output ${output}: is a folder; give a file name`);
  const file = new AtomicFile(path);
  const failed = (error: unknown): UsageError =>
    new UsageError(`--output ${describeFsError(error, output)}`);
  return {
    stream: {
      write: (chunk) => {
        try {
          file.write(chunk);
        } catch (error) {
          throw failed(error);
        }
      },
      isTTY: false,
    },
    finish: () => {
      try {
        file.commit();
      } catch (error) {
        throw failed(error);
      }
    },
    discard: () => {
      file.discard();
    },
  };
}

/** Bytes of text gathered before they are written. */
const BUFFER_SIZE = 64 * 1024;

/**
 * Gathers a report's many small writes into fewer large ones, and lets the
 * writer wait while a stream that is behind (a pipe to a slow reader) drains.
 * On a terminal, each part is shown as soon as `drained` is awaited.
 */
export class BufferedStream {
  readonly #target: OutputStream;
  #chunks: string[] = [];
  #size = 0;

  constructor(target: OutputStream) {
    this.#target = target;
  }

  write(chunk: string): void {
    this.#chunks.push(chunk);
    this.#size += chunk.length;
    if (this.#size >= BUFFER_SIZE) this.flush();
  }

  flush(): void {
    if (this.#chunks.length === 0) return;
    const text = this.#chunks.join('');
    this.#chunks = [];
    this.#size = 0;
    this.#target.write(text);
  }

  /** Settles once the target can take more. */
  async drained(): Promise<void> {
    const target = this.#target;
    if (target.isTTY === true) this.flush();
    if (target.writableNeedDrain === true && target.once !== undefined) {
      const once = target.once.bind(target);
      await new Promise<void>((resolve) => {
        once('drain', () => {
          resolve();
        });
      });
    }
  }
}

export { parseByteSize } from './flag-values.js';
