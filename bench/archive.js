// The archive case of npm run bench: `overrule tally FILE --json` of one roll
// call in a council's folder of many files, its council sorting last (year
// folders `2000/`… beside `council.yaml`, as digits sort before letters):
//
//   first run   no look-up index (.overrule/ removed before each run), against
//               the whole-tree walk (the same roll call on standard input,
//               `tally - --data .`: every file read and checked, as before
//               the index), with the lazy walk without the index
//               (OVERRULE_NO_INDEX=1) beside them; and its peak memory
//   later runs  with the index the runs before wrote, against `node -e 0`
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
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
  // first run: alternately the whole-tree walk, the lazy walk without the index, and none yet
  const noIndex = { ...cold, env: { ...process.env, OVERRULE_NO_INDEX: '1' } };
  const wholeTree = {
    ...noIndex,
    stdio: ['pipe', 'ignore', 'pipe'],
    input: readFileSync(join(root, file)),
  };
  const stdinTally = [cli, 'tally', '-', '--data', '.', '--json'];
  const walks = [];
  const lazy = [];
  const first = [];
  const coldRuns = Math.max(3, Math.ceil(runs / 2));
  timeOnce(node, tally, noIndex);
  for (let i = 0; i < coldRuns; i++) {
    walks.push(timeOnce(node, stdinTally, wholeTree));
    lazy.push(timeOnce(node, tally, noIndex));
    removeIndex();
    first.push(timeOnce(node, tally, cold));
  }
  const medianWalk = median(walks);
  const ratio = median(first) / medianWalk;
  console.log('  first run (no index yet)');
  for (const [name, times] of [
    ['whole-tree walk (tally - --data . < FILE)', walks],
    ['lazy walk, OVERRULE_NO_INDEX=1', lazy],
    ['first run', first],
  ]) {
    console.log(`    ${name.padEnd(50)} median ${median(times).toFixed(1).padStart(8)} ms`);
  }
  console.log(
    `    ratio to the whole-tree walk ${ratio.toFixed(2)} (target <= 1.00): ${ratio <= 1 ? 'within target' : 'OVER TARGET'}`,
  );
  results.push(ratio <= 1);
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
