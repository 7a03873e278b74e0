// Everything overrule runs, as one script: dist/overrule.cjs (see
// scripts/build.js and load-bundle.ts). Modules behind `await import()`
// (each command, each renderer, the yaml library) are in it but run only
// when asked for.
export { main } from './main.js';

/** What a worker thread of `validate` runs; loaded only there. */
export async function serveFileWorker(): Promise<void> {
  const worker = await import('../project/file-worker.js');
  worker.serveFileWorker();
}
