// Bundles the CLI into dist/overrule.js. Commands and renderers stay in
// separate chunks, loaded only when asked for, so start-up stays small.
import { build } from 'esbuild';

await build({
  entryPoints: { overrule: 'src/cli/main.ts' },
  outdir: 'dist',
  bundle: true,
  splitting: true,
  format: 'esm',
  platform: 'node',
  target: 'node20',
  packages: 'bundle',
  sourcemap: true,
  minify: false,
  logLevel: 'warning',
  banner: {
    js: "import { createRequire as __overruleCreateRequire } from 'node:module'; const require = __overruleCreateRequire(import.meta.url);",
  },
});
