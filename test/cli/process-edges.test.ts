/**
 * INPUTS.md rows 50, 52, 53 and 59 where they concern the process itself:
 * its standard streams (closed early, a full disk, an endless stdin) and
 * the signals that stop it. The CLI is bundled once into a temporary folder
 * and run as a process; every wait has a generous timeout, and nothing
 * depends on how fast the machine is.
 */
import { spawn, type StdioOptions } from 'node:child_process';
import { closeSync, openSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { build } from 'esbuild';
import { beforeAll, describe, expect, it } from 'vitest';
import { makeTempFolder, STACK_TRACE } from '../support/run-cli.js';
import { COUNCIL, ROLL_CALL } from '../support/valid-documents.js';

const ROOT = join(import.meta.dirname, '..', '..');
const INPUT = readFileSync(join(ROOT, 'test/fixtures/fmt/cases/synonyms/input.yaml'), 'utf8');
const EXPECTED = readFileSync(join(ROOT, 'test/fixtures/fmt/cases/synonyms/expected.yaml'), 'utf8');

/**
 * Loaded with `node --import` before overrule: each rename of a temporary
 * file over a file takes 30 ms longer, so that a run over many files is
 * surely still under way when the test signals it. Nothing in overrule
 * knows about it.
 */
const SLOW_RENAME_HOOK = `
import fs from 'node:fs';
import { syncBuiltinESMExports } from 'node:module';
const rename = fs.renameSync;
fs.renameSync = function (from, to) {
  Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 30);
  return rename.call(this, from, to);
};
syncBuiltinESMExports();
`;

let tools = '';

beforeAll(async () => {
  tools = makeTempFolder('overrule-edges-');
  await build({
    entryPoints: { overrule: join(ROOT, 'src/cli/main.ts') },
    outdir: tools,
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
  writeFileSync(join(tools, 'slow-rename.mjs'), SLOW_RENAME_HOOK);
  writeFileSync(
    join(tools, 'run.mjs'),
    "import { main } from './overrule.js';\nprocess.exitCode = await main(process.argv.slice(2));\n",
  );
}, 60_000);

interface Exit {
  readonly code: number | null;
  readonly signal: NodeJS.Signals | null;
  readonly stdout: string;
  readonly stderr: string;
}

interface Started {
  readonly child: ReturnType<typeof spawn>;
  readonly exited: Promise<Exit>;
}

/** Starts the bundled overrule; `stdio` as for spawn (stdout and stderr piped by default). */
function start(
  args: readonly string[],
  options: { cwd?: string; stdio?: StdioOptions; slowRename?: boolean } = {},
): Started {
  const hook = options.slowRename === true ? ['--import', join(tools, 'slow-rename.mjs')] : [];
  const child = spawn(process.execPath, [...hook, join(tools, 'run.mjs'), ...args], {
    cwd: options.cwd ?? tools,
    env: { PATH: process.env['PATH'] ?? '' },
    stdio: options.stdio ?? ['ignore', 'pipe', 'pipe'],
  });
  let stdout = '';
  let stderr = '';
  child.stdout?.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
  child.stdout?.on('error', () => undefined);
  child.stderr?.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  const exited = new Promise<Exit>((resolve) => {
    child.on('close', (code, signal) => {
      resolve({ code, signal, stdout, stderr });
    });
  });
  return { child, exited };
}

/** A roll call with thousands of votes by people not on the roster: a long report. */
function folderWithLongReport(): string {
  const folder = makeTempFolder();
  const votes = Array.from({ length: 3000 }, (_, i) => `  stranger-${i}: aye`).join('\n');
  writeFileSync(join(folder, 'council.yaml'), COUNCIL);
  writeFileSync(join(folder, 'rc.yaml'), `${ROLL_CALL}${votes}\n`);
  return folder;
}

describe('INPUTS.md row 52: standard output closed early', () => {
  it('stops quietly, exit 2, when the reader has gone before the first write', async () => {
    const folder = folderWithLongReport();
    for (const args of [['validate', '.', '--format', 'json'], ['validate', '.'], ['--help']]) {
      const run = start(args, { cwd: folder });
      // the reading end is closed before overrule writes a byte
      run.child.stdout?.destroy();
      const exit = await run.exited;
      expect(exit.stderr, args.join(' ')).toBe('');
      expect(exit.code, args.join(' ')).toBe(2);
    }
  }, 60_000);

  it('stops quietly when the reader goes after the first bytes (`| head -c 100`)', async () => {
    const folder = folderWithLongReport();
    const run = start(['validate', '.', '--format', 'sarif'], { cwd: folder });
    run.child.stdout?.once('data', () => run.child.stdout?.destroy());
    const exit = await run.exited;
    expect(exit.stderr).not.toMatch(STACK_TRACE);
    expect(exit.stderr).toBe('');
    expect(exit.code).toBe(2);
  }, 60_000);
});

describe('INPUTS.md row 53: standard output on a full disk', () => {
  it('is one line naming ENOSPC, exit 2, for a short and a long report', async () => {
    const folder = folderWithLongReport();
    for (const args of [
      ['threshold', '--seats', '15', '--fraction', '2/3'],
      ['validate', '.', '--format', 'json'],
    ]) {
      const full = openSync('/dev/full', 'w');
      try {
        const exit = await start(args, { cwd: folder, stdio: ['ignore', full, 'pipe'] }).exited;
        expect(exit.stderr, args.join(' ')).toBe(
          'overrule: cannot write to standard output: no space left on the device (ENOSPC)\n',
        );
        expect(exit.code).toBe(2);
      } finally {
        closeSync(full);
      }
    }
  }, 60_000);

  it('--output /dev/stdout writes to standard output when it is a pipe', async () => {
    const folder = makeTempFolder();
    writeFileSync(join(folder, 'council.yaml'), COUNCIL);
    const exit = await start(['validate', '.', '--format', 'json', '--output', '/dev/stdout'], {
      cwd: folder,
    }).exited;
    expect(exit.code, exit.stderr).toBe(0);
    expect(JSON.parse(exit.stdout)).toMatchObject({ ok: true, files: 1 });
    // nothing written there but the look-up index, a cache (see README, Archives)
    expect(readdirSync(folder).sort()).toEqual(['.overrule', 'council.yaml']);
  }, 60_000);
});

describe('INPUTS.md row 50: standard input without end', () => {
  it('stops reading at the cap and exits 2, for validate, tally and fmt', async () => {
    for (const args of [
      ['validate', '-'],
      ['tally', '-', '--data', '.'],
      ['fmt', '-'],
    ]) {
      const zero = openSync('/dev/zero', 'r');
      try {
        const exit = await start(args, { stdio: [zero, 'pipe', 'pipe'] }).exited;
        expect(exit.code, args.join(' ')).toBe(2);
        expect(exit.stderr).toMatch(
          /standard input is over the 4\.0 MiB cap; overrule stopped reading it/,
        );
      } finally {
        closeSync(zero);
      }
    }
  }, 60_000);
});

describe('INPUTS.md row 59: a signal during fmt of many files', () => {
  const FILES = 40;

  for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP'] as const) {
    it(`${signal} stops the run: every file old or new, no temporary file left`, async () => {
      // twice each: the handlers must be there at any moment of the run
      for (const after of [1, 5]) {
        const folder = makeTempFolder();
        const names = Array.from(
          { length: FILES },
          (_, i) => `rc-${String(i).padStart(2, '0')}.yaml`,
        );
        for (const name of names) writeFileSync(join(folder, name), INPUT);
        const run = start(['fmt', '.'], { cwd: folder, slowRename: true });
        let written = 0;
        run.child.stdout?.on('data', (chunk: Buffer) => {
          const before = written;
          written += chunk.toString().split('\n').length - 1;
          if (before < after && written >= after) run.child.kill(signal);
        });
        const exit = await run.exited;
        expect(exit.signal, exit.stderr).toBe(signal);
        expect(exit.stderr).not.toMatch(STACK_TRACE);
        const contents = names.map((name) => readFileSync(join(folder, name), 'utf8'));
        for (const text of contents) expect([INPUT, EXPECTED]).toContain(text);
        const formatted = contents.filter((text) => text === EXPECTED).length;
        expect(formatted).toBeGreaterThanOrEqual(after);
        expect(formatted).toBeLessThan(FILES);
        expect(readdirSync(folder).sort()).toEqual(names);
      }
    }, 60_000);
  }
});
