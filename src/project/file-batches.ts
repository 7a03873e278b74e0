import type { Diagnostic } from '../diagnostics/diagnostic.js';
import { decodeSource, readSourceFile } from '../load/read.js';
import { checkAcrossFiles, documentsOfFiles, type FileDocuments } from './check-across-files.js';
import {
  checkReadOutcome,
  documentsWithoutData,
  type CheckedDocument,
  type FileCheck,
} from './check-file.js';
import { DocumentRegistry } from './document-registry.js';

/** What every thread checking files needs to know. */
export interface FileCheckOptions {
  readonly maxFileSize: number;
}

/** A file to read and check: a path, or the bytes of standard input. */
export type FileTask = {
  readonly display: string;
  /** Whether to run its cross-file checks (false: another shard's file). */
  readonly check: boolean;
} & ({ readonly path: string } | { readonly bytes: Uint8Array });

/** The cross-file problems of one file, with its text when it has some. */
export interface FoundAcrossFiles {
  readonly diagnostics: readonly Diagnostic[];
  readonly text?: string | undefined;
}

/** What checking a batch of files gives, file by file. */
export interface BatchResult {
  /** Reading, parsing and schema-checking each file (the data is for this thread only). */
  readonly checks: readonly FileCheck[];
  /** The cross-file problems found at once, of the documents whose references were known. */
  readonly found: readonly (FoundAcrossFiles | undefined)[];
  /** Whether some of the file's documents wait for references still to come (see `finish`). */
  readonly waiting: readonly boolean[];
  /** Files of earlier batches that waited and have now been checked (with or without problems). */
  readonly late: readonly FoundLater[];
}

/** The cross-file problems of a file's documents that waited, found once their references came. */
export interface FoundLater extends FoundAcrossFiles {
  readonly batch: number;
  readonly index: number;
}

/** Files that waited checked at once: as many as a batch, so that few documents are parsed at a time. */
const WAITING_CHUNK = 64;

/** A file whose documents wait for what they refer to. */
interface Waiting {
  readonly batch: number;
  readonly index: number;
  readonly documents: FileDocuments;
}

/**
 * The work of one thread: read, parse and schema-check batches of files, and
 * run the cross-file checks on each document as soon as the councils,
 * measures and directives it refers to are known (`addReferences`, in path
 * order). In the usual layout (council.yaml, directives/, ordinances/,
 * roll-calls/) nearly every document is checked at once and let go; the few
 * that are not are kept as text until their references come (the answer to
 * a later batch gives them, as `late`) or, for those whose references never
 * come, until `finish`. Runs on a worker thread or
 * on the main thread alike, and gives the same results on either.
 */
export class FileBatches {
  readonly #maxFileSize: number;
  readonly #references = new DocumentRegistry();
  #waiting: Waiting[] = [];
  /** Files that waited, checked since the last answer. */
  #late: FoundLater[] = [];

  constructor(options: FileCheckOptions) {
    this.#maxFileSize = options.maxFileSize;
  }

  async checkFiles(batch: number, files: readonly FileTask[]): Promise<BatchResult> {
    const checks: FileCheck[] = [];
    const ready: FileDocuments[] = [];
    const readyAt: number[] = [];
    const waiting = files.map(() => false);
    for (const [index, file] of files.entries()) {
      const maxFileSize = this.#maxFileSize;
      const outcome =
        'path' in file
          ? readSourceFile(file.path, file.display, maxFileSize)
          : decodeSource(file.bytes, file.display, maxFileSize);
      const checking = checkReadOutcome(file.display, outcome);
      const check = checking instanceof Promise ? await checking : checking;
      checks.push(check);
      if (!file.check || check.kind !== 'read' || check.text === undefined) continue;
      const now: CheckedDocument[] = [];
      const later: CheckedDocument[] = [];
      for (const d of check.documents) (this.#references.resolves(d.refers) ? now : later).push(d);
      if (now.length > 0) {
        ready.push({ file: check.file, text: check.text, documents: now });
        readyAt.push(index);
      }
      if (later.length > 0) {
        waiting[index] = true;
        const documents = documentsWithoutData(later);
        this.#waiting.push({
          batch,
          index,
          documents: { file: check.file, text: check.text, documents },
        });
      }
    }
    const found: (FoundAcrossFiles | undefined)[] = files.map(() => undefined);
    const diagnostics = await this.#check(ready);
    diagnostics.forEach((list, i) => {
      const at = readyAt[i];
      if (at !== undefined && list.length > 0)
        found[at] = { diagnostics: list, text: ready[i]?.text };
    });
    return { checks, found, waiting, late: this.#late.splice(0) };
  }

  /** Councils, directives and ordinances, in path order, from the files read so far. */
  async addReferences(files: readonly FileDocuments[]): Promise<void> {
    const references = this.#references;
    for (const document of await documentsOfFiles(files)) references.add(document);
    // the files waiting for these references can be checked now
    const ready: Waiting[] = [];
    const still: Waiting[] = [];
    for (const w of this.#waiting) {
      (w.documents.documents.every((d) => references.resolves(d.refers)) ? ready : still).push(w);
    }
    if (ready.length === 0) return;
    this.#waiting = still;
    this.#late.push(...(await this.#checkWaiting(ready)));
  }

  /** Checks the documents that still wait, now that every file has been read: those with problems. */
  async finish(): Promise<FoundLater[]> {
    const waiting = this.#waiting;
    this.#waiting = [];
    const found = [...this.#late.splice(0), ...(await this.#checkWaiting(waiting))];
    // every file is handed on at the end: only those with problems need saying
    return found.filter((f) => f.diagnostics.length > 0);
  }

  /** Checks files that waited, a few at a time: each file's documents are parsed again to check them. */
  async #checkWaiting(waiting: readonly Waiting[]): Promise<FoundLater[]> {
    const found: FoundLater[] = [];
    for (let start = 0; start < waiting.length; start += WAITING_CHUNK) {
      const chunk = waiting.slice(start, start + WAITING_CHUNK);
      const diagnostics = await this.#check(chunk.map((w) => w.documents));
      chunk.forEach((w, i) => {
        const list = diagnostics[i] ?? [];
        // the text goes back only when it is needed, for the problems' positions
        const text = list.length > 0 ? w.documents.text : undefined;
        found.push({ batch: w.batch, index: w.index, diagnostics: list, text });
      });
    }
    return found;
  }

  #check(files: readonly FileDocuments[]): Promise<Diagnostic[][]> {
    return checkAcrossFiles(files, this.#references);
  }
}
