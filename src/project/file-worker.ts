import { parentPort } from 'node:worker_threads';
import type { FileDocuments } from './check-across-files.js';
import { packBatch, type PackedBatch } from './check-transport.js';
import {
  FileBatches,
  type FileCheckOptions,
  type FileTask,
  type FoundLater,
} from './file-batches.js';

/** What the pool asks of a worker. */
export type WorkerRequest =
  | { readonly type: 'options'; readonly options: FileCheckOptions }
  | { readonly type: 'files'; readonly batch: number; readonly files: readonly FileTask[] }
  | { readonly type: 'references'; readonly references: readonly FileDocuments[] }
  | { readonly type: 'finish' };

/** A worker's answer to a `files` or `finish` request. */
export type WorkerResponse =
  | { readonly type: 'files'; readonly batch: number; readonly result: PackedBatch }
  | { readonly type: 'finish'; readonly found: readonly FoundLater[] };

/**
 * What a worker thread of file-pool.ts runs (dist/file-worker.cjs starts it):
 * it answers the pool's requests in turn; see FileBatches for what they do.
 */
export function serveFileWorker(): void {
  const port = parentPort;
  if (port === null) throw new Error('serveFileWorker runs on a worker thread');
  let batches: FileBatches | undefined;
  let queue = Promise.resolve();
  const answer = async (request: WorkerRequest): Promise<void> => {
    switch (request.type) {
      case 'options':
        batches = new FileBatches(request.options);
        return;
      case 'files': {
        const result = packBatch(await required(batches).checkFiles(request.batch, request.files));
        port.postMessage({ type: 'files', batch: request.batch, result } satisfies WorkerResponse);
        return;
      }
      case 'references':
        await required(batches).addReferences(request.references);
        return;
      case 'finish': {
        const found = await required(batches).finish();
        port.postMessage({ type: 'finish', found } satisfies WorkerResponse);
        return;
      }
    }
  };
  port.on('message', (request: WorkerRequest) => {
    queue = queue.then(() => answer(request));
  });
}

function required(batches: FileBatches | undefined): FileBatches {
  if (batches === undefined) throw new Error('a request before the options');
  return batches;
}
