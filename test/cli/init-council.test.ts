import { cpSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { KINDS } from '../../src/model/common.js';
import { snapshotFolder } from '../support/folder-snapshot.js';
import { makeTempFolder, runCli, STACK_TRACE, type JsonReport } from '../support/run-cli.js';

const MILWAUKEE = join(import.meta.dirname, '..', '..', 'ordinances', 'milwaukee');

/** What init adds to any council: nothing that names one. */
const COUNCIL_INDEPENDENT = [
  ...KINDS.map((kind) => `schemas/${kind}.schema.json`),
  '.github/workflows/overrule.yml',
  '.pre-commit-config.yaml',
  '.overruleignore',
  '.gitignore',
];

const EXAMPLE_DATA = [
  'directives/example-directive.yaml',
  'ordinances/example-ordinance.yaml',
  'roll-calls/example-roll-call.yaml',
  'whip-counts/example-whip-count.yaml',
];

/** A copy of the Milwaukee council folder at `path` under a new temporary folder. */
function milwaukeeCopy(path = '.'): string {
  const cwd = makeTempFolder();
  cpSync(MILWAUKEE, join(cwd, path), { recursive: true });
  return cwd;
}

async function validateJson(cwd: string, path = '.'): Promise<{ code: number; json: JsonReport }> {
  const run = await runCli(['validate', path, '--format', 'json'], { cwd });
  expect(run.stderr).toBe('');
  return { code: run.code, json: run.json as JsonReport };
}

/** The `created X` lines of init's stdout, as paths. */
function createdFiles(stdout: string, prefix = ''): string[] {
  return stdout
    .split('\n')
    .filter(Boolean)
    .map((line) => {
      expect(line.startsWith(`created ${prefix}`), line).toBe(true);
      return line.slice(`created ${prefix}`.length);
    });
}

/** The files of `after` that `before` lacks, sorted. */
function addedFiles(
  before: ReadonlyMap<string, unknown>,
  after: ReadonlyMap<string, unknown>,
): string[] {
  return [...after.keys()].filter((name) => !before.has(name)).sort();
}

describe('overrule init in a folder that holds a council', () => {
  it('adds only the schemas, the workflow, pre-commit and the ignore files; validate stays clean, nothing existing changes', async () => {
    const cwd = milwaukeeCopy();
    const validBefore = await validateJson(cwd);
    expect(validBefore.code).toBe(0);
    expect(validBefore.json).toMatchObject({ ok: true, files: 9, errors: 0, warnings: 0 });
    const before = snapshotFolder(cwd);

    const run = await runCli(['init', '.'], { cwd });
    expect(run.code).toBe(0);
    expect(run.stderr).not.toMatch(STACK_TRACE);
    expect(createdFiles(run.stdout)).toEqual(COUNCIL_INDEPENDENT);
    expect(run.stderr.split('\n')).toEqual([
      'overrule: skipped council.yaml: it exists already',
      'overrule: skipped README.md: it exists already',
      'overrule: a council is here already (council.yaml): the examples, made up for another council, are left out',
      ...EXAMPLE_DATA.map((file) => `overrule: left out ${file}`),
      'overrule: 9 files created, 2 skipped, 4 left out (examples). Next: overrule validate',
      '',
    ]);

    const after = snapshotFolder(cwd);
    for (const [name, file] of before) expect(after.get(name), name).toEqual(file);
    expect(addedFiles(before, after)).toEqual([...COUNCIL_INDEPENDENT].sort());

    const validAfter = await validateJson(cwd);
    expect(validAfter.code).toBe(0);
    expect(validAfter.json).toEqual(validBefore.json);
    expect((await runCli(['fmt', '--check', '.'], { cwd })).code).toBe(0);
    // validate wrote its look-up index anew (see README, Archives)
    const settled = snapshotFolder(cwd);

    // a second run writes nothing and changes nothing
    const again = await runCli(['init'], { cwd });
    expect(again.code).toBe(0);
    expect(again.stdout).toBe('');
    expect(again.stderr).toMatch(
      /^overrule: 0 files created, 11 skipped, 4 left out \(examples\)\./m,
    );
    expect(snapshotFolder(cwd)).toEqual(settled);
  });

  it('leaves the examples out where the council is in a subfolder', async () => {
    const cwd = milwaukeeCopy('councils/milwaukee');
    writeFileSync(join(cwd, 'README.md'), '# Our councils\n');
    const validBefore = await validateJson(cwd);
    const before = snapshotFolder(cwd);

    const run = await runCli(['init'], { cwd });
    expect(run.code).toBe(0);
    expect(createdFiles(run.stdout)).toEqual(COUNCIL_INDEPENDENT);
    expect(run.stderr).toContain(
      `overrule: a council is here already (${join('councils', 'milwaukee', 'council.yaml')}): `,
    );
    for (const file of ['council.yaml', ...EXAMPLE_DATA]) {
      expect(run.stderr).toContain(`overrule: left out ${file}\n`);
    }
    expect(run.stderr).toContain('overrule: skipped README.md: it exists already\n');

    const after = snapshotFolder(cwd);
    for (const [name, file] of before) expect(after.get(name), name).toEqual(file);
    expect(addedFiles(before, after)).toEqual([...COUNCIL_INDEPENDENT].sort());
    expect(await validateJson(cwd)).toEqual(validBefore);
  });

  it('leaves the examples out of a new folder inside a council folder', async () => {
    const cwd = milwaukeeCopy();
    const validBefore = await validateJson(cwd);
    expect(validBefore.code).toBe(0);

    const run = await runCli(['init', 'tools'], { cwd });
    expect(run.code).toBe(0);
    expect(createdFiles(run.stdout, 'tools/')).toEqual(COUNCIL_INDEPENDENT);
    expect(run.stderr).toContain(
      'overrule: a council is here already (council.yaml): the examples, made up for another council, are left out\n',
    );
    for (const file of ['council.yaml', ...EXAMPLE_DATA, 'README.md']) {
      expect(run.stderr).toContain(`overrule: left out ${join('tools', file)}\n`);
    }
    expect(run.stderr).toMatch(/6 left out \(examples\)\. Next: overrule validate tools\n$/);
    expect(await validateJson(cwd)).toEqual(validBefore);
  });

  it('writes every example where the only council.yaml is not a council', async () => {
    const cwd = makeTempFolder();
    mkdirSync(join(cwd, 'notes'));
    writeFileSync(join(cwd, 'notes', 'council.yaml'), 'kind: notes\ntopic: the council\n');
    const run = await runCli(['init'], { cwd });
    expect(run.code).toBe(0);
    expect(run.stderr).not.toContain('left out');
    expect(createdFiles(run.stdout)).toEqual(
      expect.arrayContaining(['council.yaml', ...EXAMPLE_DATA, 'README.md']),
    );
    expect(createdFiles(run.stdout)).toHaveLength(6 + COUNCIL_INDEPENDENT.length);
  });
});
