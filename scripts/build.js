// Builds dist/ (see src/cli/load-bundle.ts):
//
//   dist/overrule.cjs         all of overrule's own code as one script
//                             (src/cli/bundle.ts); each command and renderer
//                             runs only when asked for
//   dist/vendor/NAME.cjs      the packages needed only now and then, each as
//                             one script loaded when first needed: yaml (files
//                             outside the plain subset, positions, fmt), chalk
//                             and cli-table3 (terminal output)
//   dist/*.cjs.cache          V8's compiled code for the scripts, from a
//                             warm-up run
//   dist/start.cjs            what bin/overrule.js requires: loads the script
//                             with its code cache
//   dist/file-worker.cjs      the same, for the worker threads of `validate`
//
// Every script is one function expression taking CommonJS's arguments, in
// ASCII, so that load-bundle.ts compiles it as it is, read as Latin-1. All of
// dist/ is CommonJS: a program started as CommonJS skips setting up Node.js's
// ES module loader.
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

/** Options every script shares. */
const script = {
  bundle: true,
  format: 'cjs',
  platform: 'node',
  target: 'node20',
  // Fewer bytes for V8 to read; names stay, for stack traces.
  minifyWhitespace: true,
  minifySyntax: true,
  charset: 'ascii',
  logLevel: 'warning',
  banner: { js: '(function (exports, require, module, __filename, __dirname) {' },
  footer: { js: '})' },
};

/**
 * commander requires node:child_process when it loads, for subcommands that
 * are programs of their own, which overrule has none of; loading it (and
 * net, dgram and more behind it) is a good part of starting. In the script
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

/** Packages kept out of the main script, each a script of its own in dist/vendor/. */
const VENDOR = ['yaml', 'chalk', 'cli-table3'];

/**
 * In the main script each such package is a small module requiring its
 * script (`require`, not `import()`, which a script run by node:vm cannot use).
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
    ...script,
    stdin: { contents: `module.exports = require(${JSON.stringify(name)});`, resolveDir: root },
    outfile: join(outdir, 'vendor', `${name}.cjs`),
  });
}

await build({
  ...script,
  entryPoints: { overrule: join(root, 'src/cli/bundle.ts') },
  outdir,
  outExtension: { '.js': '.cjs' },
  packages: 'bundle',
  sourcemap: true,
  // The script is not a module: import.meta.url is the script's own URL.
  define: { 'import.meta.url': '__overruleScriptUrl' },
  plugins: [lazyChildProcess, vendorPackages],
  banner: {
    js:
      script.banner.js +
      'var __overruleScriptUrl = require("node:url").pathToFileURL(__filename).href;',
  },
});

for (const file of ['overrule.cjs', ...VENDOR.map((name) => join('vendor', `${name}.cjs`))]) {
  if (readFileSync(join(outdir, file)).some((byte) => byte > 0x7f)) {
    throw new Error(`build: dist/${file} is not ASCII (a character esbuild does not escape)`);
  }
}

await build({
  entryPoints: {
    start: join(root, 'src/cli/start.ts'),
    'file-worker': join(root, 'src/cli/file-worker-start.ts'),
  },
  outdir,
  outExtension: { '.js': '.cjs' },
  bundle: true,
  format: 'cjs',
  platform: 'node',
  target: 'node20',
  logLevel: 'warning',
  define: { 'import.meta.url': '__overruleScriptUrl' },
  banner: { js: 'var __overruleScriptUrl = require("node:url").pathToFileURL(__filename).href;' },
});

// The warm-up: tallies of the bundled data, as JSON and as a table, in a
// process of their own, output discarded; what V8 compiled for them goes in
// the caches. Only tallies: start-up matters for them, and a larger cache
// takes longer to load for every command.
const tally = join(root, 'ordinances/milwaukee/roll-calls/2023-07-11-230359.yaml');
const runs = [
  ['tally', tally, '--json'],
  ['tally', tally, '--format', 'table', '--color'],
];
const warmUp = spawnSync(
  process.execPath,
  [
    '-e',
    `require(${JSON.stringify(join(outdir, 'start.cjs'))})` +
      `.writeCodeCache(${JSON.stringify(runs)})` +
      '.catch((error) => { console.error(error); process.exitCode = 1; });',
  ],
  { stdio: ['ignore', 'ignore', 'inherit'] },
);
if (warmUp.status !== 0) {
  console.error('build: the warm-up run for the code cache failed');
  process.exitCode = 1;
}
