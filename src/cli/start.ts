// dist/start.cjs, what bin/overrule.js requires: overrule's one script,
// loaded with its code cache (see load-bundle.ts).
import { loadBundle } from './load-bundle.js';

export { writeCodeCache } from './load-bundle.js';

/** The process entry point used by `bin/overrule.js`. */
export function main(argv: readonly string[]): Promise<number> {
  return loadBundle().main(argv);
}
