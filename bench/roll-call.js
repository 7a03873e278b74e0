// npm run bench, the clerk's roll call:
//
//   - start-up: `overrule roll-call` in the benchmark archive, from start to
//     the first screen (standard input empty, so it stops right after it),
//     against bare `node -e 0`
//   - the journal: one key appended and fsync'd (src/load/append-journal.ts,
//     bundled for the purpose), many times; median and 99th percentile
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { build } from 'esbuild';

/** Milliseconds a run takes; its exit code must be `status`. */
function time(command, args, status, options = {}) {
  const start = process.hrtime.bigint();
  const result = spawnSync(command, args, { stdio: ['ignore', 'pipe', 'pipe'], ...options });
  const ms = Number(process.hrtime.bigint() - start) / 1e6;
  if (result.status !== status) {
    throw new Error(
      `${args.join(' ')} exited ${result.status}: ${String(result.stderr).slice(0, 2000)}`,
    );
  }
  return ms;
}

function percentile(values, p) {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
}

/**
 * `overrule roll-call` from start to its first screen, in an archive of
 * `fileCount` files (a council and its roll calls), against `node -e 0`.
 * True when within the target.
 */
export function benchRollCallStart({ node, cli, corpus, fileCount, runs, median, target = 2 }) {
  const args = [
    cli,
    'roll-call',
    '--rule',
    'policy-override',
    '--date',
    '2024-06-01',
    '--output',
    join(corpus, 'roll-calls', 'new-roll-call.yaml'),
  ];
  // the keys end at once (stdin is empty): exit 2, the first screen printed, nothing recorded
  const once = () => time(node, args, 2);
  const bare = () => time(node, ['-e', '0'], 0);
  once();
  bare();
  const a = [];
  const b = [];
  for (let i = 0; i < runs; i++) {
    a.push(bare());
    b.push(once());
  }
  const ratio = median(b) / median(a);
  console.log(
    `\n3. roll-call: start to the first screen in the archive of ${fileCount.toLocaleString('en-US')} files`,
  );
  console.log(`  ${'node -e 0'.padEnd(52)} median ${median(a).toFixed(1).padStart(8)} ms`);
  console.log(
    `  ${'overrule roll-call ... (first screen)'.padEnd(52)} median ${median(b).toFixed(1).padStart(8)} ms`,
  );
  console.log(
    `  ratio ${ratio.toFixed(2)} (target <= ${target.toFixed(2)}): ${ratio <= target ? 'within target' : 'OVER TARGET'}`,
  );
  return ratio <= target;
}

/** One key appended to a roll call's journal and fsync'd, `count` times: median and p99. */
export async function benchJournal({ root, count = 1000 }) {
  const folder = mkdtempSync(join(tmpdir(), 'overrule-bench-journal-'));
  try {
    await build({
      entryPoints: [join(root, 'src', 'load', 'append-journal.ts')],
      outfile: join(folder, 'append-journal.mjs'),
      bundle: true,
      format: 'esm',
      platform: 'node',
      target: 'node20',
      logLevel: 'error',
    });
    const { JournalWriter } = await import(pathToFileURL(join(folder, 'append-journal.mjs')).href);
    const journal = JournalWriter.create(join(folder, 'rc.yaml.journal'), ['{"journal":"bench"}']);
    const times = [];
    for (let i = 0; i < count; i++) {
      const start = process.hrtime.bigint();
      journal.append('ynapvrex'[i % 8]);
      times.push(Number(process.hrtime.bigint() - start) / 1e6);
    }
    journal.close();
    console.log(
      `\n4. roll-call journal: one key appended and fsync'd (${count} keys, in ${tmpdir()})`,
    );
    console.log(
      `  median ${percentile(times, 50).toFixed(2)} ms, 99th percentile ${percentile(times, 99).toFixed(2)} ms`,
    );
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
}
