import { readFileSync, renameSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Script } from 'node:vm';

/** What dist/overrule.cjs exports (src/cli/bundle.ts). */
export interface Bundle {
  main(argv: readonly string[]): Promise<number>;
  serveFileWorker(): Promise<void>;
}

const BUNDLE = fileURLToPath(new URL('./overrule.cjs', import.meta.url));
const CODE_CACHE = `${BUNDLE}.cache`;

let loaded: { readonly bundle: Bundle; readonly script: Script } | undefined;

/**
 * Loads dist/overrule.cjs, all of overrule in one script, with the V8 code
 * cache that scripts/build.js writes next to it after a warm-up run: V8 then
 * takes overrule's compiled code from the cache instead of compiling it,
 * which is most of the time a short command takes beyond starting Node.js.
 * A cache made by another version of V8 is refused by V8, and the script is
 * compiled as usual.
 */
export function loadBundle(): Bundle {
  if (loaded !== undefined) return loaded.bundle;
  const cachedData = readCodeCache();
  // The script is one function expression, in ASCII (see scripts/build.js):
  // read as Latin-1, the quickest way to text of one byte per character.
  const script = new Script(readFileSync(BUNDLE, 'latin1'), {
    filename: BUNDLE,
    ...(cachedData === undefined ? {} : { cachedData }),
  });
  const module = { exports: {} };
  const wrapper = script.runInThisContext() as (...args: unknown[]) => void;
  wrapper(module.exports, createRequire(BUNDLE), module, BUNDLE, dirname(BUNDLE));
  loaded = { bundle: module.exports as Bundle, script };
  return loaded.bundle;
}

function readCodeCache(): Buffer | undefined {
  try {
    return readFileSync(CODE_CACHE);
  } catch {
    return undefined;
  }
}

/**
 * Runs overrule once per argument list (the warm-up), then writes the code
 * of everything that ran to the code cache, atomically. For scripts/build.js,
 * in a process of its own.
 */
export async function writeCodeCache(runs: readonly (readonly string[])[]): Promise<void> {
  const bundle = loadBundle();
  for (const argv of runs) await bundle.main(argv);
  const script = loaded?.script;
  if (script === undefined) return;
  const temp = `${CODE_CACHE}.${process.pid}.tmp`;
  writeFileSync(temp, script.createCachedData());
  renameSync(temp, CODE_CACHE);
}
