// dist/file-worker.js, the script of the worker threads file-pool.ts starts:
// overrule's one script, loaded with its code cache, serving FileBatches.
import { loadBundle } from '../cli/load-bundle.js';

await loadBundle().serveFileWorker();
