// Builds dist/ (see src/cli/load-bundle.ts):
//
//   dist/overrule.cjs        all of overrule's own code as one script
//                            (src/cli/bundle.ts); each command and renderer
//                            runs only when asked for
//   dist/overrule.cjs.cache  V8's compiled code for it, from a warm-up run
//   dist/vendor/*.cjs        the packages needed only now and then (yaml,
//                            for files outside the plain subset and for fmt;
//                            chalk and cli-table3, for terminal output), each
//                            one file, loaded when first needed
//   dist/overrule.js         what bin/overrule.js imports: loads the script
//                            with its code cache
//   dist/file-worker.js      the same, for the worker threads of `validate`
//
//   node scripts/build.js [--outdir DIR]
import { spawnSync } from 'node:child_process';
import { readFileSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { build } from 'esbuild';

const { values } = parseArgs({ options: { outdir: { type: 'string', default: 'dist' } } });
const outdir = resolve(values.outdir);
const root = resolve(import.meta.dirname, '..');

rmSync(outdir, { recursive: true, force: true });

/**
 * commander requires node:child_process when it loads, for subcommands that
 * are programs of their own, which overrule has none of; loading it (and
 * net, dgram and more behind it) is a good part of starting. In the bundle
 * commander gets it on first use instead.
 */
const lazyChildProcess = {
  name: 'lazy-child-process',
  setup(build) {
    build.onResolve({ filter: /^node:child_process$/ }, (args) =>
      /[\\/]commander[\\/]/.test(args.importer)
        ? { path: 'lazy-child-process', namespace: 'overrule' }
        : undefined,
    );
    build.onLoad({ filter: /^lazy-child-process$/, namespace: 'overrule' }, () => ({
      contents:
        'module.exports = new Proxy({}, { get: (_, name) => require("node:child_process")[name] });',
      loader: 'js',
    }));
  },
};

/** Packages kept out of the script, each bundled into a file of its own in dist/vendor/. */
const VENDOR = ['yaml', 'chalk', 'cli-table3'];

/**
 * In the script, each such package is a small module requiring its file
 * (`require`, not `import()`, which a script run by node:vm cannot use).
 */
const vendorPackages = {
  name: 'vendor-packages',
  setup(build) {
    const filter = new RegExp(`^(${VENDOR.join('|')})$`);
    build.onResolve({ filter }, (args) => ({ path: args.path, namespace: 'vendor' }));
    build.onLoad({ filter: /.*/, namespace: 'vendor' }, (args) => ({
      contents: `module.exports = require(${JSON.stringify(`./vendor/${args.path}.cjs`)});`,
      loader: 'js',
    }));
    build.onResolve({ filter: /^\.\/vendor\// }, (args) => ({ path: args.path, external: true }));
  },
};

for (const name of VENDOR) {
  await build({
    stdin: { contents: `module.exports = require(${JSON.stringify(name)});`, resolveDir: root },
    outfile: join(outdir, 'vendor', `${name}.cjs`),
    bundle: true,
    format: 'cjs',
    platform: 'node',
    target: 'node20',
    minifyWhitespace: true,
    minifySyntax: true,
    logLevel: 'warning',
  });
}

await build({
  entryPoints: { overrule: join(root, 'src/cli/bundle.ts') },
  outdir,
  outExtension: { '.js': '.cjs' },
  bundle: true,
  format: 'cjs',
  platform: 'node',
  target: 'node20',
  packages: 'bundle',
  sourcemap: true,
  // Fewer bytes for V8 to read and hash; names stay, for stack traces.
  minifyWhitespace: true,
  minifySyntax: true,
  logLevel: 'warning',
  // The script is not a module: import.meta.url is the script's own URL.
  define: { 'import.meta.url': '__overruleScriptUrl' },
  plugins: [lazyChildProcess, vendorPackages],
  // One function expression, compiled as it is by load-bundle.ts: no copy of
  // the whole text to wrap it at every start.
  banner: {
    js:
      '(function (exports, require, module, __filename, __dirname) {' +
      'var __overruleScriptUrl = require("node:url").pathToFileURL(__filename).href;',
  },
  footer: { js: '})' },
  // ASCII, so that V8 holds the text in one byte per character.
  charset: 'ascii',
});

if (/[^\t\n\r\x20-\x7e]/.test(readFileSync(join(outdir, 'overrule.cjs'), 'latin1'))) {
  throw new Error('build: dist/overrule.cjs is not ASCII (a character esbuild does not escape)');
}

await build({
  entryPoints: {
    overrule: join(root, 'src/cli/start.ts'),
    'file-worker': join(root, 'src/project/file-worker-start.ts'),
  },
  outdir,
  bundle: true,
  format: 'esm',
  platform: 'node',
  target: 'node20',
  logLevel: 'warning',
});

// The warm-up: tallies of the bundled data, in a process of their own, output
// discarded; what V8 compiled for them goes in the cache. Only tallies: start-up
// matters for them, and a larger cache takes longer to load for every command.
const tally = join(root, 'ordinances/milwaukee/roll-calls/2023-07-11-230359.yaml');
const runs = [
  ['tally', tally, '--json'],
  ['tally', tally, '--format', 'table'],
];
const warmUp = spawnSync(
  process.execPath,
  [
    '--input-type=module',
    '-e',
    `import { writeCodeCache } from ${JSON.stringify(join(outdir, 'overrule.js'))};\n` +
      `await writeCodeCache(${JSON.stringify(runs)});`,
  ],
  {
    stdio: ['ignore', 'ignore', 'inherit'],
    env: { ...process.env, OVERRULE_WORKER_THRESHOLD: '' },
  },
);
if (warmUp.status !== 0) {
  console.error('build: the warm-up run for the code cache failed');
  process.exitCode = 1;
}
