// dist/overrule.js, what bin/overrule.js imports: overrule's one script,
// loaded with its code cache (see load-bundle.ts).
import { loadBundle } from './load-bundle.js';

export { writeCodeCache } from './load-bundle.js';

/** The process entry point used by `bin/overrule.js`. */
export function main(argv: readonly string[]): Promise<number> {
  return loadBundle().main(argv);
}
