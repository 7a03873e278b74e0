import { fstatSync, realpathSync, statSync, type Stats } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { UsageError } from './errors.js';
import { openFileWrite } from './file-write.js';
import { removeStaleTemporaryFiles } from './temporary-files.js';
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
 * Opens `--output` before any work is done, checking it (a missing folder, a
 * folder in the way, a FIFO, a read-only file: see file-write.ts), so a long
 * validation never ends in an unwritable report. A regular file is written
 * beside the old one and put in place by `finish`; a device is written to as
 * the report comes; a path that is this process's own standard output (such
 * as `/dev/stdout` when it is a pipe) is standard output.
 */
export function openReportOutput(io: Io, output: string | undefined): ReportOutput {
  if (output === undefined || output === '-') return toStream(io.stdout);
  const path = resolve(io.cwd, output);
  try {
    if (!statSync(dirname(path)).isDirectory()) {
      throw new UsageError(`--output ${output}: ${dirname(output)} is not a folder`);
    }
  } catch (error) {
    if (error instanceof UsageError) throw error;
    throw new UsageError(`--output ${output}: the folder ${dirname(output)} does not exist`);
  }
  let stat: Stats | undefined;
  try {
    stat = statSync(path);
  } catch {
    // does not exist yet: fine
  }
  if (stat?.isDirectory() === true) {
    throw new UsageError(`--output ${output}: is a folder; give a file name`);
  }
  // `/dev/stdout`, or the file standard output is redirected to: written as standard output
  if (stat !== undefined && isStandardOutput(stat)) return toStream(io.stdout);
  const file = openFileWrite(path, `--output ${output}`);
  if (stat === undefined || stat.isFile()) removeStaleTemporaryFiles(dirname(realPathOf(path)));
  let open = true;
  return {
    stream: {
      write: (chunk) => {
        file.write(chunk);
      },
      isTTY: false,
    },
    finish: () => {
      open = false;
      file.commit();
    },
    discard: () => {
      if (open) file.discard();
      open = false;
    },
  };
}

function toStream(stream: OutputStream): ReportOutput {
  return { stream, finish: () => undefined, discard: () => undefined };
}

/** Whether a file is the one this process's standard output writes to. */
function isStandardOutput(stat: Stats): boolean {
  try {
    const stdout = fstatSync(1);
    return stdout.dev === stat.dev && stdout.ino === stat.ino;
  } catch {
    return false;
  }
}

function realPathOf(path: string): string {
  try {
    return realpathSync(path);
  } catch {
    return path;
  }
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
