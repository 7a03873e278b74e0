// dist/file-worker.cjs, the script of the worker threads file-pool.ts starts:
// overrule's one script, loaded with its code cache, serving FileBatches.
import { loadBundle } from './load-bundle.js';

void loadBundle().serveFileWorker();
