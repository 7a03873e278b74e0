import { existsSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { FileDocuments } from './check-across-files.js';
import { unpackBatch } from './check-transport.js';
import {
  FileBatches,
  type BatchResult,
  type FileCheckOptions,
  type FileTask,
  type FoundLater,
} from './file-batches.js';
import type { WorkerRequest, WorkerResponse } from './file-worker.js';

/**
 * Where files are checked, batch by batch: on this thread, or on worker
 * threads. The answers are the same either way; see FileBatches.
 */
export interface FileCheckers {
  /** How many batches to keep asked for at once. */
  readonly ahead: number;
  checkFiles(batch: number, files: readonly FileTask[]): Promise<BatchResult>;
  /** Councils, directives and ordinances found, in path order, for every thread. */
  addReferences(references: readonly FileDocuments[]): void;
  /** Once every batch has been answered: the documents that waited, checked. */
  finish(): Promise<readonly FoundLater[]>;
  close(): Promise<void>;
}

/**
 * Below this many files, threads cost more than they save: each must load
 * and compile overrule's code, and warm it up, on its own. Measured on a
 * two-core machine (see the README's performance section), threads first pay
 * off at about 20,000 small files.
 */
export const DEFAULT_WORKER_THRESHOLD = 20_000;

/**
 * The worker's script: next to the bundle's chunks in dist/. Running from
 * the TypeScript sources (tests) there is none, and files are checked on
 * this thread.
 */
const WORKER_SCRIPT = new URL('./file-worker.cjs', import.meta.url);

/**
 * A worker's young generation, in MiB. What a worker makes lives for one
 * batch, so a small young generation costs no time, and it keeps each
 * thread's heap small. On two cores, 100,000 files with 200,000 findings
 * peaked at 243 MiB with it and 305 MiB without, in the same time.
 */
const WORKER_YOUNG_GENERATION_MB = 8;

/**
 * The threads to check files on: `jobs` when given; otherwise every core
 * when there are enough files for threads to pay off, else this thread.
 */
export function startFileCheckers(
  jobs: number | undefined,
  fileCount: number,
  options: FileCheckOptions,
): FileCheckers {
  const fileOptions: FileCheckOptions = { maxFileSize: options.maxFileSize };
  const threads = jobs ?? (fileCount >= DEFAULT_WORKER_THRESHOLD ? availableParallelism() : 1);
  if (threads > 1 && existsSync(fileURLToPath(WORKER_SCRIPT))) {
    return new WorkerCheckers(threads, fileOptions);
  }
  return new ThreadCheckers(fileOptions);
}

/**
 * Runs `run` on batches 0 to `count - 1`, up to `ahead` at once, starting
 * the next whenever one finishes, and yields the results in batch order.
 */
export async function* inOrder<R>(
  count: number,
  ahead: number,
  run: (batch: number) => Promise<R>,
): AsyncGenerator<R> {
  const results = new Map<number, Promise<R>>();
  let started = 0;
  let running = 0;
  let consumed = 0;
  const start = (): void => {
    // Finished batches wait to be used; never hold more than a few rounds of them.
    while (started < count && running < ahead && started - consumed < ahead * 4) {
      running++;
      const result = run(started);
      results.set(started++, result);
      result.then(
        () => {
          running--;
          start();
        },
        () => undefined,
      );
    }
  };
  start();
  for (; consumed < count;) {
    const result = results.get(consumed);
    if (result === undefined) throw new Error('a batch was not started');
    const batch = await result;
    results.delete(consumed);
    consumed++;
    start();
    yield batch;
  }
}

/** This thread. */
class ThreadCheckers implements FileCheckers {
  readonly ahead = 1;
  readonly #batches: FileBatches;
  #references = Promise.resolve();

  constructor(options: FileCheckOptions) {
    this.#batches = new FileBatches(options);
  }

  async checkFiles(batch: number, files: readonly FileTask[]): Promise<BatchResult> {
    await this.#references;
    return this.#batches.checkFiles(batch, files);
  }

  addReferences(references: readonly FileDocuments[]): void {
    this.#references = this.#references.then(() => this.#batches.addReferences(references));
  }

  async finish(): Promise<readonly FoundLater[]> {
    await this.#references;
    return this.#batches.finish();
  }

  close(): Promise<void> {
    return Promise.resolve();
  }
}

interface WorkerEntry {
  readonly worker: Worker;
  /** Batches asked of it and not yet answered. */
  busy: number;
}

interface Waiting<T> {
  readonly resolve: (value: T) => void;
  readonly reject: (error: Error) => void;
}

/**
 * Worker threads, each answering its requests in turn; each batch goes to
 * the one with the fewest in hand. This thread puts their answers in order.
 */
class WorkerCheckers implements FileCheckers {
  readonly ahead: number;
  readonly #workers: WorkerEntry[] = [];
  readonly #batches = new Map<number, Waiting<BatchResult>>();
  readonly #finishing = new Map<WorkerEntry, Waiting<readonly FoundLater[]>>();
  #failure: { readonly error: Error } | undefined;
  #closing = false;

  constructor(size: number, options: FileCheckOptions) {
    this.ahead = size * 2;
    for (let i = 0; i < size; i++) {
      const worker = new Worker(WORKER_SCRIPT, {
        resourceLimits: { maxYoungGenerationSizeMb: WORKER_YOUNG_GENERATION_MB },
      });
      const entry: WorkerEntry = { worker, busy: 0 };
      entry.worker.on('message', (response: WorkerResponse) => {
        if (response.type === 'finish') {
          this.#finishing.get(entry)?.resolve(response.found);
          this.#finishing.delete(entry);
          return;
        }
        entry.busy--;
        this.#batches.get(response.batch)?.resolve(unpackBatch(response.result));
        this.#batches.delete(response.batch);
      });
      entry.worker.on('error', (error) => {
        this.#fail(error);
      });
      entry.worker.on('exit', (code) => {
        if (!this.#closing) this.#fail(new Error(`a worker thread stopped (exit code ${code})`));
      });
      entry.worker.postMessage({ type: 'options', options } satisfies WorkerRequest);
      this.#workers.push(entry);
    }
  }

  checkFiles(batch: number, files: readonly FileTask[]): Promise<BatchResult> {
    if (this.#failure !== undefined) return Promise.reject(this.#failure.error);
    const entry = this.#workers.reduce((a, b) => (b.busy < a.busy ? b : a));
    entry.busy++;
    const result = new Promise<BatchResult>((resolve, reject) => {
      this.#batches.set(batch, { resolve, reject });
    });
    entry.worker.postMessage({ type: 'files', batch, files } satisfies WorkerRequest);
    return result;
  }

  addReferences(references: readonly FileDocuments[]): void {
    const request: WorkerRequest = { type: 'references', references };
    for (const { worker } of this.#workers) worker.postMessage(request);
  }

  async finish(): Promise<readonly FoundLater[]> {
    if (this.#failure !== undefined) throw this.#failure.error;
    const all = this.#workers.map(
      (entry) =>
        new Promise<readonly FoundLater[]>((resolve, reject) => {
          this.#finishing.set(entry, { resolve, reject });
          entry.worker.postMessage({ type: 'finish' } satisfies WorkerRequest);
        }),
    );
    return (await Promise.all(all)).flat();
  }

  async close(): Promise<void> {
    this.#closing = true;
    await Promise.all(this.#workers.map(({ worker }) => worker.terminate()));
  }

  #fail(error: unknown): void {
    const reason = error instanceof Error ? error : new Error(String(error));
    this.#failure ??= { error: reason };
    for (const waiting of [...this.#batches.values(), ...this.#finishing.values()]) {
      waiting.reject(reason);
    }
    this.#batches.clear();
    this.#finishing.clear();
  }
}
