import { closeSync, mkdtempSync, openSync, readSync, rmSync, writeSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/**
 * A temporary file for text that would otherwise be held in memory: written
 * at its end, read from anywhere. It is removed from its folder as soon as it
 * is open (on systems that allow it; otherwise at `close`), so that nothing
 * is left behind even if the process is killed.
 */
export class ScratchFile {
  readonly #fd: number;
  #folder: string | undefined;
  #size = 0;

  private constructor(fd: number, folder: string | undefined) {
    this.#fd = fd;
    this.#folder = folder;
  }

  /** A new scratch file, or none when no temporary folder can be written to. */
  static open(): ScratchFile | undefined {
    let folder: string | undefined;
    let fd: number;
    try {
      folder = mkdtempSync(join(tmpdir(), 'overrule-scratch-'));
      fd = openSync(join(folder, 'scratch'), 'w+', 0o600);
    } catch {
      if (folder !== undefined) rmSync(folder, { recursive: true, force: true });
      return undefined;
    }
    try {
      rmSync(folder, { recursive: true, force: true });
      folder = undefined;
    } catch {
      // removed by close() instead
    }
    return new ScratchFile(fd, folder);
  }

  /** Bytes written so far. */
  get size(): number {
    return this.#size;
  }

  append(text: string): void {
    const bytes = Buffer.from(text, 'utf8');
    for (let done = 0; done < bytes.length;) {
      done += writeSync(this.#fd, bytes, done, bytes.length - done, this.#size + done);
    }
    this.#size += bytes.length;
  }

  /** Reads up to `buffer.length` bytes from `position`; how many were read. */
  read(buffer: Buffer, position: number): number {
    return readSync(this.#fd, buffer, 0, buffer.length, position);
  }

  close(): void {
    closeSync(this.#fd);
    if (this.#folder !== undefined) rmSync(this.#folder, { recursive: true, force: true });
    this.#folder = undefined;
  }
}
