import { readFileSync, renameSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Script } from 'node:vm';

/** What dist/overrule.cjs exports (src/cli/bundle.ts). */
export interface Bundle {
  main(argv: readonly string[]): Promise<number>;
  serveFileWorker(): Promise<void>;
}

const DIST = dirname(fileURLToPath(import.meta.url));
const BUNDLE = join(DIST, 'overrule.cjs');

/** The scripts loaded so far, by file. */
const scripts = new Map<string, { readonly exports: unknown; readonly script: Script }>();

/**
 * Loads dist/overrule.cjs, all of overrule's own code in one script, with
 * the V8 code cache that scripts/build.js writes next to it after a warm-up
 * run: V8 then takes overrule's compiled code from the cache instead of
 * compiling it, which is most of the time a short command takes beyond
 * starting Node.js. A cache made by another version of V8 is refused by V8,
 * and the script is compiled as usual.
 */
export function loadBundle(): Bundle {
  return loadScript(BUNDLE) as Bundle;
}

/**
 * Runs one script of dist/ (one function expression taking CommonJS's
 * arguments, in ASCII: see scripts/build.js) with its code cache, if it has
 * one; `require('./vendor/NAME.cjs')` in it loads another the same way.
 */
function loadScript(file: string): unknown {
  const known = scripts.get(file);
  if (known !== undefined) return known.exports;
  const cachedData = readCodeCache(file);
  // Latin-1: the quickest way to read text of one byte per character. The
  // script's name is relative to dist/'s parent: V8 writes it into the code
  // cache, which is shipped, so an absolute one would carry the build
  // machine's folders (and name them in stack traces wherever it is used).
  const script = new Script(readFileSync(file, 'latin1'), {
    filename: scriptName(file),
    ...(cachedData === undefined ? {} : { cachedData }),
  });
  const module = { exports: {} };
  const requireBuiltin = createRequire(file);
  const require = (id: string): unknown =>
    id.startsWith('./vendor/') ? loadScript(join(DIST, id)) : requireBuiltin(id);
  const wrapper = script.runInThisContext() as (...args: unknown[]) => void;
  wrapper(module.exports, require, module, file, dirname(file));
  scripts.set(file, { exports: module.exports, script });
  return module.exports;
}

/** A script's name for V8, the same wherever dist/ is: `overrule/dist/overrule.cjs`. */
function scriptName(file: string): string {
  return ['overrule', ...relative(dirname(DIST), file).split(/[\\/]/)].join('/');
}

function readCodeCache(file: string): Buffer | undefined {
  try {
    return readFileSync(`${file}.cache`);
  } catch {
    return undefined;
  }
}

/**
 * Runs overrule once per argument list (the warm-up), then writes the
 * compiled code of every script that ran to its code cache, atomically. For
 * scripts/build.js, in a process of its own.
 */
export async function writeCodeCache(runs: readonly (readonly string[])[]): Promise<void> {
  const bundle = loadBundle();
  for (const argv of runs) await bundle.main(argv);
  for (const [file, { script }] of scripts) {
    const temp = `${file}.cache.${process.pid}.tmp`;
    writeFileSync(temp, script.createCachedData());
    renameSync(temp, `${file}.cache`);
  }
}
