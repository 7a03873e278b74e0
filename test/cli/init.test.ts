import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { KINDS } from '../../src/model/common.js';
import { SCHEMAS } from '../../src/schema/schemas.js';
import { VERSION } from '../../src/cli/version.js';
import { snapshotFolder as snapshot } from '../support/folder-snapshot.js';
import { makeTempFolder, runCli, STACK_TRACE, type JsonReport } from '../support/run-cli.js';

describe('overrule init', () => {
  it('scaffolds a repository that validates clean and is already formatted', async () => {
    const cwd = makeTempFolder();
    const run = await runCli(['init', 'council-repo'], { cwd });
    expect(run.code).toBe(0);
    expect(run.stderr).not.toMatch(STACK_TRACE);
    const created = run.stdout
      .split('\n')
      .filter(Boolean)
      .map((line) => line.replace(/^created council-repo\//, ''));
    expect(created).toEqual(
      expect.arrayContaining([
        'council.yaml',
        'directives/example-directive.yaml',
        'ordinances/example-ordinance.yaml',
        'roll-calls/example-roll-call.yaml',
        'whip-counts/example-whip-count.yaml',
        ...KINDS.map((k) => `schemas/${k}.schema.json`),
        '.github/workflows/overrule.yml',
        '.pre-commit-config.yaml',
        'README.md',
      ]),
    );
    const repo = join(cwd, 'council-repo');
    expect([...snapshot(repo).keys()].sort()).toEqual([...created].sort());

    const validate = await runCli(['validate', 'council-repo', '--format', 'json'], { cwd });
    expect(validate.stderr).toBe('');
    expect(validate.json).toMatchObject({ ok: true, errors: 0, warnings: 0, problems: [] });
    expect((validate.json as JsonReport).files).toBe(5);
    expect(validate.code).toBe(0);

    const fmt = await runCli(['fmt', '--check', 'council-repo'], { cwd });
    expect(fmt.code).toBe(0);

    const tally = await runCli(
      ['tally', 'council-repo/roll-calls/example-roll-call.yaml', '--expect-pass'],
      { cwd },
    );
    expect(tally.code).toBe(0);
  });

  it('points each data file at its schema with a relative modeline', async () => {
    const cwd = makeTempFolder();
    expect((await runCli(['init'], { cwd })).code).toBe(0);
    const dataFiles = [...snapshot(cwd).keys()].filter(
      (f) => f.endsWith('.yaml') && !f.startsWith('.'),
    );
    expect(dataFiles).toHaveLength(5);
    for (const file of dataFiles) {
      const text = readFileSync(join(cwd, file), 'utf8');
      const match = /^# yaml-language-server: \$schema=(\S+)$/m.exec(text);
      expect(match, file).not.toBeNull();
      const schemaPath = resolve(cwd, dirname(file), match?.[1] ?? '');
      const kind = (parse(text) as { kind: keyof typeof SCHEMAS }).kind;
      expect(schemaPath).toBe(join(cwd, 'schemas', `${kind}.schema.json`));
      expect(JSON.parse(readFileSync(schemaPath, 'utf8'))).toEqual(SCHEMAS[kind]);
    }
  });

  it('writes a workflow with annotations and a pre-commit configuration', async () => {
    const cwd = makeTempFolder();
    await runCli(['init'], { cwd });
    const workflow = parse(readFileSync(join(cwd, '.github/workflows/overrule.yml'), 'utf8')) as {
      jobs: { validate: { steps: { uses?: string; with?: Record<string, unknown> }[] } };
    };
    // the action of this repository at the tag of this version, never a package from npm
    const action = workflow.jobs.validate.steps.find((s) =>
      s.uses?.endsWith('/overrule@v' + VERSION),
    );
    expect(action?.uses).toBe(`your-org/overrule@v${VERSION}`);
    expect(action?.with).toEqual({ paths: '.', 'check-format': true });
    const preCommit = parse(readFileSync(join(cwd, '.pre-commit-config.yaml'), 'utf8')) as {
      repos: { repo: string; rev: string; hooks: { id: string }[] }[];
    };
    expect(preCommit.repos.map((r) => [r.repo, r.rev])).toEqual([
      ['https://github.com/your-org/overrule', `v${VERSION}`],
    ]);
    const hooks = preCommit.repos.flatMap((r) => r.hooks);
    expect(hooks.map((h) => h.id)).toEqual(['overrule-validate', 'overrule-fmt']);
  });

  it('changes nothing that existed in a non-empty folder, and says what it skipped', async () => {
    const cwd = makeTempFolder();
    mkdirSync(join(cwd, 'schemas'));
    writeFileSync(join(cwd, 'council.yaml'), '# my own council\n');
    writeFileSync(join(cwd, 'README.md'), '# My project\n');
    writeFileSync(join(cwd, 'schemas', 'roll-call.schema.json'), '{}\n');
    writeFileSync(join(cwd, 'notes.txt'), 'unrelated\n');
    const before = snapshot(cwd);

    const run = await runCli(['init', '.'], { cwd });
    expect(run.code).toBe(0);
    for (const skipped of ['council.yaml', 'README.md', join('schemas', 'roll-call.schema.json')]) {
      expect(run.stderr).toContain(`skipped ${skipped}: it exists already`);
      expect(run.stdout).not.toContain(`created ${skipped}\n`);
    }
    const after = snapshot(cwd);
    for (const [name, file] of before) expect(after.get(name), name).toEqual(file);
    expect(after.has(join('roll-calls', 'example-roll-call.yaml'))).toBe(true);

    // a second run creates nothing and changes nothing
    const again = await runCli(['init'], { cwd });
    expect(again.code).toBe(0);
    expect(again.stdout).toBe('');
    expect(snapshot(cwd)).toEqual(after);
  });

  it('exits 2 when the target is a file', async () => {
    const cwd = makeTempFolder();
    writeFileSync(join(cwd, 'taken'), 'a file\n');
    const run = await runCli(['init', 'taken'], { cwd });
    expect(run.code).toBe(2);
    expect(run.stderr).not.toMatch(STACK_TRACE);
  });
});
