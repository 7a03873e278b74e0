import { processIo } from './io.js';
import { run } from './run.js';

/** The process entry point used by `bin/overrule.js`. */
export function main(argv: readonly string[]): Promise<number> {
  return run(argv, processIo());
}
