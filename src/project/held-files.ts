import { StringDecoder } from 'node:string_decoder';
import type { Diagnostic } from '../diagnostics/diagnostic.js';
import { ScratchFile } from '../load/scratch-file.js';

/** A file reported, kept until it is handed on: its problems, and its text when it has some. */
export interface FileResult {
  readonly file: string;
  text: string | undefined;
  readonly diagnostics: Diagnostic[];
  /** Some of its documents wait for references still to come: it cannot be handed on yet. */
  waiting: boolean;
}

/** Files held in memory behind one that waits, before those with problems go to a scratch file. */
export const HOLD_IN_MEMORY = 256;

/** Bytes read back from the scratch file at a time. */
const READ_SIZE = 1 << 20;

/** In the queue, a file whose result is the next one in the scratch file. */
const SPILLED = Symbol('spilled');

/**
 * The files not yet handed on, in path order. Files go on in that order, so
 * one that waits (for a council, say, that no file has yet defined) holds
 * back every file after it. Past a few hundred held, those whose problems are
 * all known and which have some go to a scratch file, a line each, and are
 * read back in turn: what is held in memory is then the files still waiting,
 * and a few bytes for each clean one.
 */
export class HeldFiles {
  readonly #holdInMemory: number;
  #queue: (FileResult | typeof SPILLED | undefined)[] = [];
  #head = 0;
  /** Where to look next for files to move to the scratch file. */
  #scan = 0;
  #file: ScratchFile | undefined;
  #noScratchFile = false;
  #readPosition = 0;
  #decoder = new StringDecoder('utf8');
  #buffer = '';
  #bufferAt = 0;
  #readBuffer: Buffer | undefined;

  constructor(options: { readonly holdInMemory?: number } = {}) {
    this.#holdInMemory = options.holdInMemory ?? HOLD_IN_MEMORY;
  }

  push(result: FileResult): void {
    this.#queue.push(result);
  }

  /** The files at the head whose problems are all known (`all`: every file), in order, each once. */
  *take(all: boolean): Generator<FileResult> {
    const queue = this.#queue;
    while (this.#head < queue.length) {
      const entry = queue[this.#head];
      if (entry === SPILLED) {
        queue[this.#head++] = undefined;
        yield this.#readBack();
        continue;
      }
      if (entry !== undefined && entry.waiting && !all) break;
      queue[this.#head++] = undefined;
      if (entry !== undefined) yield entry;
    }
    // let go of the slots handed on, now and then, so the queue does not grow with the run
    if (this.#head > 1024 && this.#head * 2 > queue.length) {
      queue.splice(0, this.#head);
      this.#scan = Math.max(0, this.#scan - this.#head);
      this.#head = 0;
    }
    if (queue.length - this.#head > this.#holdInMemory) this.#spill();
  }

  /** Closes the scratch file, if there is one. */
  close(): void {
    this.#file?.close();
    this.#file = undefined;
  }

  /** Moves the held files whose problems are all known, and which have some, to the scratch file. */
  #spill(): void {
    if (this.#noScratchFile) return;
    const queue = this.#queue;
    const moved: number[] = [];
    const lines: string[] = [];
    let at = Math.max(this.#scan, this.#head + 1);
    for (; at < queue.length; at++) {
      const entry = queue[at];
      if (entry === undefined || entry === SPILLED || entry.waiting) continue;
      if (entry.diagnostics.length === 0) continue;
      lines.push(`${JSON.stringify([entry.file, entry.text ?? null, entry.diagnostics])}\n`);
      moved.push(at);
    }
    this.#scan = at;
    if (lines.length === 0) return;
    this.#file ??= ScratchFile.open();
    if (this.#file === undefined) {
      // no temporary folder to write to: hold them in memory instead
      this.#noScratchFile = true;
      return;
    }
    this.#file.append(lines.join(''));
    for (const index of moved) queue[index] = SPILLED;
  }

  #readBack(): FileResult {
    const [file, text, diagnostics] = JSON.parse(this.#readLine()) as [
      string,
      string | null,
      Diagnostic[],
    ];
    return { file, text: text ?? undefined, diagnostics, waiting: false };
  }

  #readLine(): string {
    for (;;) {
      const end = this.#buffer.indexOf('\n', this.#bufferAt);
      if (end !== -1) {
        const line = this.#buffer.slice(this.#bufferAt, end);
        this.#bufferAt = end + 1;
        return line;
      }
      const file = this.#file;
      this.#readBuffer ??= Buffer.allocUnsafe(READ_SIZE);
      const read = file === undefined ? 0 : file.read(this.#readBuffer, this.#readPosition);
      if (read === 0) throw new Error('a held file is missing from the scratch file');
      this.#readPosition += read;
      this.#buffer =
        this.#buffer.slice(this.#bufferAt) +
        this.#decoder.write(this.#readBuffer.subarray(0, read));
      this.#bufferAt = 0;
    }
  }
}
