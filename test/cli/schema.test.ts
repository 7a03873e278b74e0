import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { KINDS } from '../../src/model/common.js';
import { makeTempFolder, runCli, STACK_TRACE } from '../support/run-cli.js';

const PUBLISHED = join(import.meta.dirname, '..', '..', 'schemas');

function published(kind: string): unknown {
  return JSON.parse(readFileSync(join(PUBLISHED, `${kind}.schema.json`), 'utf8'));
}

describe('overrule schema', () => {
  it('prints every schema as one object keyed by kind', async () => {
    const run = await runCli(['schema']);
    expect(run.code).toBe(0);
    const all = run.json as Record<string, unknown>;
    expect(Object.keys(all)).toEqual([...KINDS]);
    for (const kind of KINDS) expect(all[kind]).toEqual(published(kind));
  });

  it('prints one schema when given a kind', async () => {
    const run = await runCli(['schema', 'roll-call']);
    expect(run.code).toBe(0);
    expect(run.json).toEqual(published('roll-call'));
  });

  it('refuses a kind that does not exist with exit 2', async () => {
    const run = await runCli(['schema', 'rollcall']);
    expect(run.code).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr).toMatch(/roll-call/);
    expect(run.stderr).not.toMatch(STACK_TRACE);
  });

  it('--write DIR writes <kind>.schema.json files, creating DIR', async () => {
    const cwd = makeTempFolder();
    const run = await runCli(['schema', '--write', 'out/schemas'], { cwd });
    expect(run.code).toBe(0);
    const folder = join(cwd, 'out', 'schemas');
    expect(readdirSync(folder).sort()).toEqual(KINDS.map((k) => `${k}.schema.json`).sort());
    for (const kind of KINDS) {
      expect(JSON.parse(readFileSync(join(folder, `${kind}.schema.json`), 'utf8'))).toEqual(
        published(kind),
      );
    }
    expect(run.stdout.split('\n').filter(Boolean)).toHaveLength(KINDS.length);

    const one = await runCli(['schema', 'council', '--write', 'one'], { cwd });
    expect(one.code).toBe(0);
    expect(readdirSync(join(cwd, 'one'))).toEqual(['council.schema.json']);
  });

  it('--write leaves an up-to-date file alone and exits 2 when DIR is a file', async () => {
    const cwd = makeTempFolder();
    await runCli(['schema', '--write', '.'], { cwd });
    const again = await runCli(['schema', '--write', '.'], { cwd });
    expect(again.code).toBe(0);
    expect(again.stdout).toBe('');
    expect(again.stderr).toMatch(/up to date/);

    writeFileSync(join(cwd, 'file'), 'x');
    const bad = await runCli(['schema', '--write', 'file'], { cwd });
    expect(bad.code).toBe(2);
    expect(bad.stderr).not.toMatch(STACK_TRACE);
  });
});
