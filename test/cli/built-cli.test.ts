/**
 * The CLI as built (scripts/build.js into a temporary folder): `validate`
 * prints the same bytes however many threads check the files — a corpus of a
 * few hundred files with trouble of every kind, checked with `--jobs 1` and
 * with worker threads (the threshold lowered so they start), in every format;
 * and the script runs the same with its code cache and without.
 */
import { spawn, spawnSync } from 'node:child_process';
import { readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { messyCorpus, writeTree } from '../support/messy-corpus.js';
import { makeTempFolder } from '../support/run-cli.js';
import { FULL_VOTES_2024_09, rollCallText, TESTVILLE } from '../support/testville.js';

const ROOT = join(import.meta.dirname, '..', '..');

let tools = '';
let corpus = '';

beforeAll(() => {
  tools = makeTempFolder('overrule-jobs-');
  const built = spawnSync(process.execPath, [join(ROOT, 'scripts/build.js'), '--outdir', tools], {
    cwd: ROOT,
    encoding: 'utf8',
  });
  expect(built.stderr).toBe('');
  expect(built.status).toBe(0);
  // What bin/overrule.js does, with the built folder.
  writeFileSync(
    join(tools, 'run.cjs'),
    readFileSync(join(ROOT, 'bin', 'overrule.js'), 'utf8').replace('../dist/', './'),
  );
  corpus = makeTempFolder('overrule-jobs-corpus-');
  writeTree(corpus, messyCorpus(400));
}, 120_000);

function validate(args: readonly string[], env: Record<string, string> = {}) {
  const run = spawnSync(process.execPath, [join(tools, 'run.cjs'), 'validate', ...args], {
    cwd: corpus,
    encoding: 'utf8',
    env: { PATH: process.env['PATH'] ?? '', ...env },
  });
  return { code: run.status, stdout: run.stdout, stderr: run.stderr };
}

/** The threads a run used: one CPU profile each. */
function threadsUsed(args: readonly string[], env: Record<string, string>): number {
  const profiles = makeTempFolder('overrule-jobs-prof-');
  const run = spawnSync(
    process.execPath,
    ['--cpu-prof', '--cpu-prof-dir', profiles, join(tools, 'run.cjs'), 'validate', ...args],
    { cwd: corpus, encoding: 'utf8', env: { PATH: process.env['PATH'] ?? '', ...env } },
  );
  expect(run.status).toBe(1);
  return readdirSync(profiles).length;
}

describe('validate --jobs', () => {
  it('uses the threads --jobs asks for, and by default none for a small tree', () => {
    expect(threadsUsed(['.', '--quiet', '--jobs', '1'], {})).toBe(1);
    expect(threadsUsed(['.', '--quiet', '--jobs', '3'], {})).toBe(4);
    expect(threadsUsed(['.', '--quiet'], {})).toBe(1);
  });

  for (const format of ['json', 'pretty', 'github', 'sarif', 'junit']) {
    it(`prints the same bytes with one thread and with several (${format})`, () => {
      const one = validate(['.', '--format', format, '--jobs', '1']);
      expect(one.code).toBe(1);
      expect(one.stdout.length).toBeGreaterThan(1000);
      for (const jobs of ['2', '3']) {
        const many = validate(['.', '--format', format, '--jobs', jobs]);
        expect(many.code).toBe(one.code);
        expect(many.stderr).toBe(one.stderr);
        expect(many.stdout === one.stdout).toBe(true);
      }
    }, 60_000);
  }

  it('splits the report into shards whose problems together are the whole', () => {
    const whole = JSON.parse(validate(['.', '--format', 'json', '--jobs', '1']).stdout) as {
      files: number;
      problems: unknown[];
    };
    const shards = ['1/3', '2/3', '3/3'].map(
      (shard) =>
        JSON.parse(validate(['.', '--format', 'json', '--shard', shard, '--jobs', '2']).stdout) as {
          files: number;
          problems: unknown[];
        },
    );
    expect(shards.reduce((n, s) => n + s.files, 0)).toBe(whole.files);
    expect(shards.flatMap((s) => s.problems)).toEqual(whole.problems);
  }, 60_000);

  it('refuses a --jobs or --shard that makes no sense', () => {
    for (const args of [
      ['--jobs', '0'],
      ['--jobs', 'two'],
      ['--shard', '0/3'],
      ['--shard', '4/3'],
      ['--shard', '1'],
    ]) {
      const run = validate(['.', ...args]);
      expect(run.code, args.join(' ')).toBe(2);
      expect(run.stderr).toMatch(/^overrule: --(jobs|shard)/);
    }
  });
});

describe('validate --output, interrupted', () => {
  it.skipIf(process.platform === 'win32')(
    'removes what it wrote of the report on SIGINT, and stops as the signal says',
    async () => {
      // Roll calls with a finding each, enough for the report to reach the file.
      const files: Record<string, string> = { 'council.yaml': TESTVILLE };
      for (let i = 0; i < 1000; i++) {
        files[`rc-${String(i).padStart(4, '0')}.yaml`] = rollCallText(
          `rule: passage\nvotes:\n${FULL_VOTES_2024_09.replace('ann-adams', 'ann-adam')}`,
        ).replace('id: rc', `id: rc-${i}`);
      }
      const tree = makeTempFolder('overrule-interrupt-tree-');
      writeTree(tree, files);
      const folder = makeTempFolder('overrule-interrupt-');
      const report = join(folder, 'report.txt');
      const child = spawn(
        process.execPath,
        [join(tools, 'run.cjs'), 'validate', '.', '--output', report, '--jobs', '2'],
        { cwd: tree, env: { PATH: process.env['PATH'] ?? '' }, stdio: 'ignore' },
      );
      const exited = new Promise<NodeJS.Signals | number | null>((resolve) => {
        child.on('exit', (code, signal) => {
          resolve(signal ?? code);
        });
      });
      const temporary = (): string[] => readdirSync(folder).filter((n) => n.endsWith('.tmp'));
      try {
        // the report has begun (however busy the machine)
        for (let waited = 0; temporary().length === 0; waited += 20) {
          if (waited > 240_000) throw new Error('the report was never begun');
          await new Promise((resolve) => setTimeout(resolve, 20));
        }
        // Held still, so that the signal comes mid-run whatever the machine's
        // speed: SIGINT is pending when the run goes on, and is handled at
        // its next yield, with most of the 1,000 files still to check. (A
        // named pipe no longer holds a run: it is refused, not read.)
        child.kill('SIGSTOP');
        child.kill('SIGINT');
        child.kill('SIGCONT');
        expect(await exited).toBe('SIGINT');
        expect(readdirSync(folder)).toEqual([]);
      } finally {
        child.kill('SIGKILL');
        rmSync(tree, { recursive: true, force: true });
        rmSync(folder, { recursive: true, force: true });
      }
    },
  );
});

describe('the built script and its code cache', () => {
  const tallyFile = join(ROOT, 'ordinances/milwaukee/roll-calls/2023-07-11-230359.yaml');
  const tallyWith = (cache: 'kept' | 'garbage' | 'missing') => {
    const cacheFile = join(tools, 'overrule.cjs.cache');
    const saved = readFileSync(cacheFile);
    try {
      if (cache === 'garbage') writeFileSync(cacheFile, Buffer.from('not a code cache'));
      if (cache === 'missing') rmSync(cacheFile);
      const run = spawnSync(
        process.execPath,
        [join(tools, 'run.cjs'), 'tally', tallyFile, '--json'],
        {
          cwd: ROOT,
          encoding: 'utf8',
        },
      );
      return { code: run.status, stdout: run.stdout, stderr: run.stderr };
    } finally {
      writeFileSync(cacheFile, saved);
    }
  };

  it('tallies the same with its cache, with a cache V8 refuses, and with none', () => {
    const kept = tallyWith('kept');
    expect(kept.code).toBe(0);
    expect(JSON.parse(kept.stdout)).toMatchObject({ result: 'passed' });
    expect(tallyWith('garbage')).toEqual(kept);
    expect(tallyWith('missing')).toEqual(kept);
  });

  it('names no folder of the machine it was built on, in any file it writes', () => {
    const files = readdirSync(tools, { recursive: true, encoding: 'utf8' }).filter((name) =>
      /\.(cjs|cache|map)$/.test(name),
    );
    expect(files).toContain('overrule.cjs.cache');
    const leaking = files.filter((name) =>
      readFileSync(join(tools, name)).includes(Buffer.from(tools)),
    );
    expect(leaking).toEqual([]);
  });
});
