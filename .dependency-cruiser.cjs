// The layers of src/, lowest first: a folder may import from its own layer's
// folder and from those before it, never from one after it (see README,
// "Architecture"). `npm run lint` fails on an upward import or an import
// cycle (test/architecture.test.ts shows that it does).
const LAYERS = [
  'basics',
  'diagnostics',
  'load',
  'model',
  'schema',
  'rules',
  'tally',
  'check',
  'project',
  'fmt',
  'init',
  'interop',
  'report',
  'cli',
];

const upward = LAYERS.slice(0, -1).map((layer, i) => ({
  name: `no-upward-from-${layer}`,
  comment: `${layer}/ may not import from a layer above it (${LAYERS.slice(i + 1).join(', ')})`,
  severity: 'error',
  from: { path: `^src/${layer}/` },
  to: { path: `^src/(${LAYERS.slice(i + 1).join('|')})/` },
}));

module.exports = {
  forbidden: [
    {
      name: 'no-circular',
      comment: 'no import cycle, between folders or between files',
      severity: 'error',
      from: { path: '^src/' },
      to: { circular: true },
    },
    {
      name: 'no-unknown-layer',
      comment: 'every folder of src/ has its place in LAYERS',
      severity: 'error',
      from: { path: '^src/' },
      to: { path: `^src/`, pathNot: `^src/(${LAYERS.join('|')})/` },
    },
    ...upward,
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
    exclude: { path: '^src/schema/generated/' },
  },
};
