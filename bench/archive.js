// The archive case of npm run bench: `overrule tally FILE --json` of one roll
// call in a council's folder of many files, its council sorting last (year
// folders `2000/`… beside `council.yaml`, as digits sort before letters):
//
//   first run   no look-up index (.overrule/ removed before each run), against
//               the same tally with OVERRULE_NO_INDEX=1, which reads the tree
//               as overrule did before the index (every file, up to the
//               council); and its peak resident memory
//   later runs  with the index the runs before wrote, against `node -e 0`
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { councilYaml, rollCallYaml } from './corpus.js';

const PER_FOLDER = 500;

/** Writes `count` roll calls in `YEAR/MONTH/` folders of 500, and the council after them. */
export function writeArchive(root, count) {
  mkdirSync(root, { recursive: true });
  writeFileSync(join(root, '.git'), '');
  for (let i = 0; i < count; i++) {
    const folderNumber = Math.floor(i / PER_FOLDER);
    const folder = join(
      root,
      String(2000 + Math.floor(folderNumber / 12)),
      String((folderNumber % 12) + 1).padStart(2, '0'),
    );
    if (i % PER_FOLDER === 0) mkdirSync(folder, { recursive: true });
    writeFileSync(join(folder, `rc-${String(i).padStart(6, '0')}.yaml`), rollCallYaml(i));
  }
  writeFileSync(join(root, 'council.yaml'), councilYaml());
  return join('2000', '01', 'rc-000000.yaml');
}

/**
 * Runs the archive case; `bench` gives the timing helpers of run.js.
 * Returns whether every target was met.
 */
export function benchArchive(
  root,
  count,
  { node, cli, runs, compare, peakRssMiB, timeOnce, median },
) {
  const file = writeArchive(root, count);
  const tally = [cli, 'tally', file, '--json'];
  const cold = { cwd: root };
  const removeIndex = () => rmSync(join(root, '.overrule'), { recursive: true, force: true });
  const title = `${count.toLocaleString('en-US')} files, the council last`;
  const results = [];

  console.log(`\n7. archive: one tally in a folder of ${title}`);
  // first run: alternately without the index and with none yet
  const before = [];
  const first = [];
  const coldRuns = Math.max(3, Math.ceil(runs / 2));
  timeOnce(node, tally, { ...cold, env: { ...process.env, OVERRULE_NO_INDEX: '1' } });
  for (let i = 0; i < coldRuns; i++) {
    before.push(
      timeOnce(node, tally, { ...cold, env: { ...process.env, OVERRULE_NO_INDEX: '1' } }),
    );
    removeIndex();
    first.push(timeOnce(node, tally, cold));
  }
  results.push(
    report(
      median,
      'first run (no index yet)',
      'without the index (as before it)',
      before,
      'first run',
      first,
      1.0,
    ),
  );
  removeIndex();
  const { mib } = peakRssMiB(tally, 0, root);
  const memoryOk = mib <= 150;
  console.log(
    `  first run: peak resident memory ${mib.toFixed(0)} MiB (target <= 150 MiB): ${memoryOk ? 'within target' : 'OVER TARGET'}`,
  );
  results.push(memoryOk);

  // later runs: the runs above wrote the index; two more bring it up to date
  timeOnce(node, tally, cold);
  timeOnce(node, tally, cold);
  results.push(
    compare(
      '  later runs (the index written by the first)',
      { name: 'node -e 0', command: [node, ['-e', '0']] },
      { name: 'overrule tally FILE --json', command: [node, tally, cold] },
      1.5,
    ),
  );
  return results.every(Boolean);
}

function report(median, title, baselineName, baseline, candidateName, candidate, target) {
  const ma = median(baseline);
  const mb = median(candidate);
  const ratio = mb / ma;
  console.log(`  ${title}`);
  console.log(`    ${baselineName.padEnd(50)} median ${ma.toFixed(1).padStart(8)} ms`);
  console.log(`    ${candidateName.padEnd(50)} median ${mb.toFixed(1).padStart(8)} ms`);
  console.log(
    `    ratio ${ratio.toFixed(2)} (target <= ${target.toFixed(2)}): ${ratio <= target ? 'within target' : 'OVER TARGET'}`,
  );
  return ratio <= target;
}
