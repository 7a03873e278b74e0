import { closeSync, mkdtempSync, openSync, readSync, rmSync, writeSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { StringDecoder } from 'node:string_decoder';
import type { ReportStream } from './validation-report.js';

/** Text held in memory up to this many UTF-16 code units; past it, in a temporary file. */
const MEMORY_LIMIT = 4 << 20;

/** Bytes read back from the temporary file at a time. */
const READ_SIZE = 1 << 20;

/**
 * Text to be written later, after a part that can only be written once
 * everything is known: the totals a JSON report or a JUnit file opens with.
 * A few megabytes are kept in memory; the rest goes to a temporary file,
 * which is removed as soon as it is opened (on systems that allow it) so
 * that nothing is left behind even if the process is killed.
 */
export class Spool implements ReportStream {
  readonly #memoryLimit: number;
  #chunks: string[] = [];
  #size = 0;
  #fd: number | undefined;
  #folder: string | undefined;
  #inMemoryOnly = false;
  #empty = true;

  constructor(options: { readonly memoryLimit?: number } = {}) {
    this.#memoryLimit = options.memoryLimit ?? MEMORY_LIMIT;
  }

  write(chunk: string): void {
    if (chunk === '') return;
    this.#empty = false;
    this.#chunks.push(chunk);
    this.#size += chunk.length;
    if (this.#size > this.#memoryLimit) this.#spill();
  }

  /** True when nothing has been written to it. */
  get isEmpty(): boolean {
    return this.#empty;
  }

  /** Writes everything held, in order, to `out` (waiting for it as it asks), and lets it go. */
  async copyTo(out: ReportStream): Promise<void> {
    if (this.#fd !== undefined) {
      this.#spill();
      const fd = this.#fd;
      const buffer = Buffer.allocUnsafe(READ_SIZE);
      const decoder = new StringDecoder('utf8');
      let position = 0;
      for (;;) {
        const read = readSync(fd, buffer, 0, READ_SIZE, position);
        if (read === 0) break;
        position += read;
        out.write(decoder.write(buffer.subarray(0, read)));
        await out.drained?.();
      }
      out.write(decoder.end());
    }
    for (const chunk of this.#chunks) {
      out.write(chunk);
      await out.drained?.();
    }
    this.dispose();
  }

  /** Lets go of what is held and removes the temporary file. Safe to call twice. */
  dispose(): void {
    this.#empty = true;
    this.#chunks = [];
    this.#size = 0;
    if (this.#fd !== undefined) closeSync(this.#fd);
    this.#fd = undefined;
    if (this.#folder !== undefined) rmSync(this.#folder, { recursive: true, force: true });
    this.#folder = undefined;
  }

  /** Moves the chunks in memory to the end of the temporary file, opening it if need be. */
  #spill(): void {
    if (this.#fd === undefined && !this.#inMemoryOnly) this.#open();
    if (this.#fd === undefined) return;
    const text = this.#chunks.join('');
    this.#chunks = [];
    this.#size = 0;
    const bytes = Buffer.from(text, 'utf8');
    for (let done = 0; done < bytes.length;) {
      done += writeSync(this.#fd, bytes, done, bytes.length - done);
    }
  }

  #open(): void {
    try {
      this.#folder = mkdtempSync(join(tmpdir(), 'overrule-spool-'));
      this.#fd = openSync(join(this.#folder, 'report'), 'w+', 0o600);
    } catch {
      // no temporary folder to write to: keep the text in memory instead
      if (this.#folder !== undefined) rmSync(this.#folder, { recursive: true, force: true });
      this.#folder = undefined;
      this.#inMemoryOnly = true;
      return;
    }
    try {
      // Gone from the folder at once where the system allows; the file lives on while open.
      rmSync(this.#folder, { recursive: true, force: true });
      this.#folder = undefined;
    } catch {
      // removed by dispose() instead
    }
  }
}
