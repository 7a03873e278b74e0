import { StringDecoder } from 'node:string_decoder';
import { ScratchFile } from '../load/scratch-file.js';
import type { ReportStream } from './validation-report.js';

/** Text held in memory up to this many UTF-16 code units; past it, in a scratch file. */
const MEMORY_LIMIT = 4 << 20;

/** Bytes read back from the scratch file at a time. */
const READ_SIZE = 1 << 20;

/**
 * Text to be written later, after a part that can only be written once
 * everything is known: the totals a JSON report or a JUnit file opens with.
 * A few megabytes are kept in memory; the rest goes to a scratch file.
 */
export class Spool implements ReportStream {
  readonly #memoryLimit: number;
  #chunks: string[] = [];
  #size = 0;
  #file: ScratchFile | undefined;
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
    const file = this.#file;
    if (file !== undefined) {
      this.#spill();
      const buffer = Buffer.allocUnsafe(READ_SIZE);
      const decoder = new StringDecoder('utf8');
      for (let position = 0; position < file.size;) {
        const read = file.read(buffer, position);
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

  /** Lets go of what is held and closes the scratch file. Safe to call twice. */
  dispose(): void {
    this.#empty = true;
    this.#chunks = [];
    this.#size = 0;
    this.#file?.close();
    this.#file = undefined;
  }

  /** Moves the chunks in memory to the end of the scratch file, opening it if need be. */
  #spill(): void {
    if (this.#file === undefined && !this.#inMemoryOnly) {
      this.#file = ScratchFile.open();
      // no temporary folder to write to: keep the text in memory instead
      this.#inMemoryOnly = this.#file === undefined;
    }
    if (this.#file === undefined) return;
    this.#file.append(this.#chunks.join(''));
    this.#chunks = [];
    this.#size = 0;
  }
}
