import { statSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { describeFsError } from '../load/read.js';
import { writeFileAtomic } from '../load/atomic-write.js';
import { UsageError } from './errors.js';
import type { Io, OutputStream } from './io.js';

/** Where a command's report goes: stdout, or a file written atomically at the end. */
export interface ReportOutput {
  readonly stream: OutputStream;
  /** Writes the file, if there is one. Call once, after the report is complete. */
  finish(): void;
}

/**
 * Checks `--output` before any work is done (missing folder, a folder in the
 * way), so a long validation never ends in an unwritable report.
 */
export function openReportOutput(io: Io, output: string | undefined): ReportOutput {
  if (output === undefined || output === '-') return { stream: io.stdout, finish: () => undefined };
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
  const chunks: string[] = [];
  return {
    stream: { write: (chunk) => chunks.push(chunk), isTTY: false },
    finish: () => {
      try {
        writeFileAtomic(path, chunks.join(''));
      } catch (error) {
        throw new UsageError(`--output ${describeFsError(error, output)}`);
      }
    },
  };
}

/** Parses `4MB`, `512KiB`, `1048576` into bytes. */
export function parseByteSize(text: string): number {
  const match = /^\s*(\d+(?:\.\d+)?)\s*(b|k|kb|kib|m|mb|mib|g|gb|gib)?\s*$/i.exec(text);
  if (match === null) {
    throw new UsageError(`"${text}" is not a size; write it like 8MB, 512KB or 1048576`);
  }
  const unit = (match[2] ?? 'b').toLowerCase();
  const factor = unit.startsWith('g')
    ? 1024 ** 3
    : unit.startsWith('m')
      ? 1024 ** 2
      : unit.startsWith('k')
        ? 1024
        : 1;
  return Math.floor(Number(match[1]) * factor);
}
