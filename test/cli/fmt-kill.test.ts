import { spawn } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { build } from 'esbuild';
import { beforeAll, describe, expect, it } from 'vitest';
import { makeTempFolder } from '../support/run-cli.js';

const ROOT = join(import.meta.dirname, '..', '..');
const INPUT = readFileSync(join(ROOT, 'test/fixtures/fmt/cases/synonyms/input.yaml'), 'utf8');
const EXPECTED = readFileSync(join(ROOT, 'test/fixtures/fmt/cases/synonyms/expected.yaml'), 'utf8');

/**
 * Loaded with `node --import` before overrule: when overrule is about to
 * rename its temporary file over the file named in OVERRULE_TEST_PAUSE, it
 * says so on stdout and blocks forever, so the test can kill it right there.
 * Nothing in overrule itself knows about the test.
 */
const PAUSE_HOOK = `
import fs from 'node:fs';
import { syncBuiltinESMExports } from 'node:module';
const rename = fs.renameSync;
fs.renameSync = function (from, to) {
  const target = process.env.OVERRULE_TEST_PAUSE;
  if (target && String(to).endsWith(target)) {
    fs.writeSync(1, 'paused ' + String(from) + '\\n');
    Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0);
  }
  return rename.call(this, from, to);
};
syncBuiltinESMExports();
`;

let tools = '';

beforeAll(async () => {
  tools = makeTempFolder('overrule-kill-');
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
  writeFileSync(join(tools, 'pause-hook.mjs'), PAUSE_HOOK);
  writeFileSync(
    join(tools, 'run.mjs'),
    "import { main } from './overrule.js';\nprocess.exitCode = await main(process.argv.slice(2));\n",
  );
}, 60_000);

/** Runs the built overrule with the pause hook; resolves when it pauses or exits. */
function runPaused(args: readonly string[], cwd: string, pauseOn: string) {
  const child = spawn(
    process.execPath,
    ['--import', join(tools, 'pause-hook.mjs'), join(tools, 'run.mjs'), ...args],
    {
      cwd,
      env: { ...process.env, OVERRULE_TEST_PAUSE: pauseOn },
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  );
  let stdout = '';
  let stderr = '';
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  const paused = new Promise<string>((resolve, reject) => {
    child.stdout.on('data', (chunk: Buffer) => {
      stdout += chunk.toString();
      const match = /^paused (.*)$/m.exec(stdout);
      if (match?.[1] !== undefined) resolve(match[1]);
    });
    child.on('exit', (code) => {
      reject(new Error(`exited ${code}: ${stderr}`));
    });
  });
  const exited = new Promise<NodeJS.Signals | null>((resolve) => {
    child.on('exit', (_code, signal) => {
      resolve(signal);
    });
  });
  return { child, paused, exited };
}

describe('fmt killed mid-write', () => {
  it('leaves the original file intact when SIGKILLed after writing the temporary file', async () => {
    const folder = makeTempFolder();
    const file = join(folder, 'rc.yaml');
    writeFileSync(file, INPUT);
    const { child, paused, exited } = runPaused(['fmt', 'rc.yaml'], folder, 'rc.yaml');
    const temp = await paused;
    // the new text is whole on disk, under another name; the original is untouched
    expect(readFileSync(temp, 'utf8')).toBe(EXPECTED);
    expect(readFileSync(file, 'utf8')).toBe(INPUT);
    child.kill('SIGKILL');
    expect(await exited).toBe('SIGKILL');
    expect(readFileSync(file, 'utf8')).toBe(INPUT);

    // the leftover temporary file is a dot-file, not YAML: no walk takes it for data
    expect(readdirSync(folder).filter((f) => f.endsWith('.yaml'))).toEqual(['rc.yaml']);
    // a new run formats the file and removes what the killed one left
    const again = runPaused(['fmt', 'rc.yaml'], folder, 'no-such-file');
    await expect(again.paused).rejects.toThrow(/exited 0/);
    expect(readFileSync(file, 'utf8')).toBe(EXPECTED);
    expect(existsSync(temp)).toBe(false);
    expect(readdirSync(folder)).toEqual(['rc.yaml']);
  }, 30_000);
});
