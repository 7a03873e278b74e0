// npm run bench: overrule against its baselines, side by side in one run.
//
//   1. start-up: `overrule tally FILE --json` against bare `node -e 0`
//   2. throughput: `overrule validate DIR` (every check, exact positions)
//      against ajv-cli validating the same roll calls against
//      schemas/roll-call.schema.json (schema only, no positions)
//   3. roll-call: start to the first screen in the same archive, against
//      `node -e 0`; 4. the roll-call journal's append + fsync per key
//      (see roll-call.js)
//   5. whip: `overrule whip FILE` on a 51-member council under a rule based
//      on the members present, with a quorum, and on a 435-member body under
//      a rule based on seats (bench/whip-corpus.js), against `node -e 0`
//   6. with --memory: peak resident memory of `overrule validate` on 100,000
//      files, clean, then with two findings in every file (--format json)
//   and one large mapping: `validate` and `fmt --check` of a roll call whose
//      `votes` hold 40,000 keys, against the same with 10,000 keys: linear
//      work gives a ratio of about 4 (less, start-up being the same), a
//      duplicate-key check comparing each key with all before it about 16
//   7. the archive case: one tally in a folder of 100,000 files whose council
//      sorts last, its first run (no look-up index yet) and later runs (see
//      archive.js); --archive-files N changes the size, 0 leaves it out
//
// Each pair runs alternately (A, B, A, B, ...) after a warm-up, so a slow
// moment of the machine hits both sides; medians and ratios are printed.
// The corpus is generated into a temporary folder and removed afterwards.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { availableParallelism, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { benchArchive } from './archive.js';
import { writeCorpus } from './corpus.js';
import { benchJournal, benchRollCallStart } from './roll-call.js';
import { writeWhipCorpus } from './whip-corpus.js';

const { values: args } = parseArgs({
  options: {
    files: { type: 'string', default: '10000' },
    runs: { type: 'string', default: '7' },
    memory: { type: 'boolean', default: false },
    'memory-files': { type: 'string', default: '100000' },
    keep: { type: 'boolean', default: false },
    'mapping-keys': { type: 'string', default: '40000' },
    'archive-files': { type: 'string', default: '100000' },
  },
});

const root = resolve(import.meta.dirname, '..');
const node = process.execPath;
const cli = join(root, 'bin', 'overrule.js');
const ajvCli = join(root, 'node_modules', 'ajv-cli', 'dist', 'index.js');
const runs = Number(args.runs);
const fileCount = Number(args.files);

function time(command, commandArgs, options = {}) {
  const { expectedStatus = 0, ...spawnOptions } = options;
  const start = process.hrtime.bigint();
  const result = spawnSync(command, commandArgs, {
    stdio: ['ignore', 'ignore', 'pipe'],
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
    ...spawnOptions,
  });
  const ms = Number(process.hrtime.bigint() - start) / 1e6;
  if (result.status !== expectedStatus) {
    throw new Error(
      `${[command, ...commandArgs].join(' ')} exited ${result.status}:\n${(result.stderr ?? '').slice(0, 2000)}`,
    );
  }
  return ms;
}

function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 === 1 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

function compare(title, baseline, candidate, target, runCount = runs) {
  time(...baseline.command);
  time(...candidate.command);
  const a = [];
  const b = [];
  for (let i = 0; i < runCount; i++) {
    a.push(time(...baseline.command));
    b.push(time(...candidate.command));
  }
  const ma = median(a);
  const mb = median(b);
  const ratio = mb / ma;
  const verdict = ratio <= target ? 'within target' : 'OVER TARGET';
  console.log(`\n${title}`);
  console.log(`  ${baseline.name.padEnd(52)} median ${ma.toFixed(1).padStart(8)} ms`);
  console.log(`  ${candidate.name.padEnd(52)} median ${mb.toFixed(1).padStart(8)} ms`);
  console.log(`  ratio ${ratio.toFixed(2)} (target <= ${target.toFixed(2)}): ${verdict}`);
  return ratio <= target;
}

/** Peak resident memory of a run (and how much it printed, counted as it goes). */
function peakRssMiB(commandArgs, expectedStatus = 0, cwd = undefined) {
  const shell = `/usr/bin/time -f %M "$@" | wc -c`;
  const result = spawnSync('sh', ['-c', shell, 'sh', node, ...commandArgs], {
    stdio: ['ignore', 'pipe', 'pipe'],
    encoding: 'utf8',
    ...(cwd === undefined ? {} : { cwd }),
  });
  const kib = Number(result.stderr.trim().split('\n').at(-1));
  // time(1) says so when a command exits other than 0
  const status = /exited with non-zero status (\d+)/.exec(result.stderr)?.[1] ?? '0';
  if (!Number.isFinite(kib) || Number(status) !== expectedStatus) {
    throw new Error(`${commandArgs.join(' ')} failed: ${result.stderr.slice(0, 2000)}`);
  }
  return { mib: kib / 1024, outputBytes: Number(result.stdout.trim()) };
}

const bundledRollCalls = join(root, 'ordinances', 'milwaukee', 'roll-calls');
const tallyFile = join(
  bundledRollCalls,
  readdirSync(bundledRollCalls)
    .filter((f) => f.endsWith('.yaml'))
    .sort()[0],
);

console.log(
  `overrule benchmark — node ${process.version}, ${availableParallelism()} cores, ${runs} runs per side, medians`,
);
const results = [];
results.push(
  compare(
    `1. start-up: one tally (${tallyFile.slice(root.length + 1)})`,
    { name: 'node -e 0', command: [node, ['-e', '0']] },
    { name: 'overrule tally FILE --json', command: [node, [cli, 'tally', tallyFile, '--json']] },
    1.5,
  ),
);

const corpus = mkdtempSync(join(tmpdir(), 'overrule-bench-'));
try {
  writeCorpus(corpus, fileCount);
  results.push(
    compare(
      `2. validation: ${fileCount.toLocaleString('en-US')} roll calls of 15 members plus their council`,
      {
        name: 'ajv-cli validate (schema only)',
        command: [
          node,
          [
            ajvCli,
            'validate',
            '-s',
            join(root, 'schemas', 'roll-call.schema.json'),
            '-d',
            join(corpus, 'roll-calls', '**', '*.yaml'),
            '-c',
            'ajv-formats',
            '--spec=draft7',
          ],
        ],
      },
      {
        name: 'overrule validate DIR --quiet',
        command: [node, [cli, 'validate', corpus, '--quiet']],
      },
      1.0,
    ),
  );
  results.push(benchRollCallStart({ node, cli, corpus, fileCount, runs, median }));
  await benchJournal({ root });
} finally {
  if (!args.keep) rmSync(corpus, { recursive: true, force: true });
}

const whipTree = mkdtempSync(join(tmpdir(), 'overrule-bench-whip-'));
try {
  const files = writeWhipCorpus(whipTree);
  for (const [name, what] of [
    ['present-51', '51 members, 2/3 of those present, a quorum'],
    ['seats-435', '435 members, a majority of seats'],
  ]) {
    results.push(
      compare(
        `5. whip: ${what}`,
        { name: 'node -e 0', command: [node, ['-e', '0']] },
        { name: `overrule whip ${name}/whip.yaml`, command: [node, [cli, 'whip', files[name]]] },
        3.0,
      ),
    );
  }
} finally {
  rmSync(whipTree, { recursive: true, force: true });
}

if (args.memory) {
  const count = Number(args['memory-files']);
  console.log(`\n6. memory: overrule validate on ${count.toLocaleString('en-US')} files`);
  for (const findings of [false, true]) {
    const big = mkdtempSync(join(tmpdir(), 'overrule-bench-mem-'));
    try {
      writeCorpus(big, count, { findings });
      const commandArgs = findings
        ? [cli, 'validate', big, '--format', 'json']
        : [cli, 'validate', big, '--quiet'];
      const { mib, outputBytes } = peakRssMiB(commandArgs, findings ? 1 : 0);
      const ok = mib <= 300;
      const what = findings
        ? `with ${(2 * count).toLocaleString('en-US')} findings (a ${(outputBytes / 1e6).toFixed(0)} MB JSON report)`
        : 'all clean';
      console.log(
        `  ${what}: peak resident memory ${mib.toFixed(0)} MiB (target <= 300 MiB): ${ok ? 'within target' : 'OVER TARGET'}`,
      );
      results.push(ok);
    } finally {
      rmSync(big, { recursive: true, force: true });
    }
  }
}

{
  const keys = Number(args['mapping-keys']);
  const small = Math.round(keys / 4);
  const folder = mkdtempSync(join(tmpdir(), 'overrule-bench-map-'));
  try {
    const file = (n) => {
      const path = join(folder, `votes-${n}.yaml`);
      writeFileSync(path, largeMappingYaml(n));
      return path;
    };
    const smallFile = file(small);
    const largeFile = file(keys);
    // Without its council the roll call has one finding, at `council:`: exit 1.
    const pair = (command, args, status) => [
      {
        name: `${command} of ${small.toLocaleString('en-US')} keys`,
        command: [node, [cli, command, ...args, smallFile], { expectedStatus: status }],
      },
      {
        name: `${command} of ${keys.toLocaleString('en-US')} keys`,
        command: [node, [cli, command, ...args, largeFile], { expectedStatus: status }],
      },
    ];
    const mappingRuns = Math.min(runs, 3);
    results.push(
      compare(
        `4a. one mapping of ${keys.toLocaleString('en-US')} keys: validate`,
        ...pair('validate', ['--quiet'], 1),
        6,
        mappingRuns,
      ),
      compare(
        `4b. one mapping of ${keys.toLocaleString('en-US')} keys: fmt --check`,
        ...pair('fmt', ['--check'], 0),
        6,
        mappingRuns,
      ),
    );
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
}

const archiveFiles = Number(args['archive-files']);
if (archiveFiles > 0) {
  const archive = mkdtempSync(join(tmpdir(), 'overrule-bench-archive-'));
  try {
    results.push(
      benchArchive(archive, archiveFiles, {
        node,
        cli,
        runs,
        compare,
        peakRssMiB,
        timeOnce: time,
        median,
      }),
    );
  } finally {
    if (!args.keep) rmSync(archive, { recursive: true, force: true });
  }
}

process.exitCode = results.every(Boolean) ? 0 : 1;

/** A roll call whose `votes` mapping holds `n` keys, in canonical form. */
function largeMappingYaml(n) {
  const votes = [];
  for (let i = 0; i < n; i++) votes.push(`  member-${i}: aye`);
  return `kind: roll-call
version: 1
id: large-mapping
council: absent
date: 2024-01-01
rule: passage
votes:
${votes.join('\n')}
`;
}
