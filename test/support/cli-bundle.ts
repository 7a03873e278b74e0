import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { build } from 'esbuild';
import { makeTempFolder } from './run-cli.js';

const ROOT = join(import.meta.dirname, '..', '..');

/**
 * Bundles overrule from its sources into a temporary folder (so a process
 * test never runs a stale dist/) and returns the script to run with node:
 * `node SCRIPT ARGS...` behaves as `overrule ARGS...`.
 */
export async function bundleCli(prefix = 'overrule-cli-'): Promise<string> {
  const folder = makeTempFolder(prefix);
  await build({
    entryPoints: { overrule: join(ROOT, 'src/cli/main.ts') },
    outdir: folder,
    bundle: true,
    splitting: true,
    format: 'esm',
    platform: 'node',
    target: 'node20',
    logLevel: 'error',
    banner: {
      js: "import { createRequire as __cr } from 'node:module'; const require = __cr(import.meta.url);",
    },
  });
  const script = join(folder, 'run.mjs');
  writeFileSync(
    script,
    "import { main } from './overrule.js';\nprocess.exitCode = await main(process.argv.slice(2));\n",
  );
  return script;
}
