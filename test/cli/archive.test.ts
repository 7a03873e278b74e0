/**
 * Working inside a real archive: `.overruleignore` and `--ignore` on every
 * command that walks, `validate --data DIR` for part of a tree, and the
 * look-up index that `validate` writes as it goes.
 */
import {
  cpSync,
  existsSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { makeTempFolder, runCli, STACK_TRACE, type JsonReport } from '../support/run-cli.js';
import {
  FULL_VOTES_2024_09,
  TESTVILLE,
  rollCallText,
  whipCountText,
} from '../support/testville.js';
import { COUNCIL, ROLL_CALL } from '../support/valid-documents.js';

const ROOT = join(import.meta.dirname, '..', '..');
const MILWAUKEE = join(ROOT, 'ordinances', 'milwaukee');
const COMPOSE = 'services:\n  web:\n    image: nginx\n';

function tree(files: Readonly<Record<string, string>>): string {
  const folder = makeTempFolder();
  for (const [name, text] of Object.entries(files)) {
    mkdirSync(dirname(join(folder, name)), { recursive: true });
    writeFileSync(join(folder, name), text);
  }
  return folder;
}

async function run(args: readonly string[], cwd: string, stdin?: string) {
  const result = await runCli(args, { cwd, ...(stdin === undefined ? {} : { stdin }) });
  expect(result.stderr).not.toMatch(STACK_TRACE);
  return result;
}

function filesOf(report: unknown): string[] {
  return [...new Set((report as JsonReport).problems.map((p) => p.file))];
}

describe('.overruleignore and --ignore', () => {
  const files = {
    'council.yaml': COUNCIL,
    'roll-calls/rc.yaml': ROLL_CALL,
    'docker-compose.yml': COMPOSE,
    'deploy/compose.yaml': COMPOSE,
    'fixtures/broken.yaml': 'kind: council\nkind: council\n',
    'fixtures/keep/also-broken.yaml': 'kind: council\nkind: council\n',
    'node_modules/pkg/x.yaml': COMPOSE,
    '.github/workflows/ci.yml': COMPOSE,
  };

  it('without one, every YAML file outside dot-folders and node_modules is checked', async () => {
    const folder = tree(files);
    const result = await run(['validate', '.', '--format', 'json'], folder);
    expect(result.code).toBe(1);
    expect(filesOf(result.json)).toEqual([
      'deploy/compose.yaml',
      'docker-compose.yml',
      'fixtures/broken.yaml',
      'fixtures/keep/also-broken.yaml',
    ]);
  });

  it('leaves out what the ignore files of the folder and its subfolders name, as git does', async () => {
    const folder = tree({
      ...files,
      '.overruleignore':
        '# not council data\ndocker-compose.yml\ncompose.yaml\nfixtures/*\n!fixtures/keep/\n',
      'fixtures/keep/.overruleignore': 'also-broken.yaml\n',
    });
    const result = await run(['validate', '.', '--format', 'json'], folder);
    expect(result.json).toMatchObject({ ok: true, files: 2, errors: 0 });
    // fmt walks the same files
    const fmt = await run(['fmt', '--check'], folder);
    expect(fmt.stderr).toMatch(/\b2 files\b/);
  });

  it('--ignore adds patterns, written from each folder walked, over the ignore files', async () => {
    const folder = tree({ ...files, '.overruleignore': '!fixtures/\n' });
    const result = await run(
      ['validate', '--ignore', '*compose*', '--ignore', 'fixtures/', '--format', 'json'],
      folder,
    );
    expect(result.json).toMatchObject({ ok: true, files: 2 });
    const fmt = await run(
      ['fmt', '--check', '--ignore', '*compose*', '--ignore', 'fixtures/'],
      folder,
    );
    expect(fmt.stderr).toMatch(/\b2 files\b/);
  });

  it('walks a dot-folder or an ignored folder named on the command line', async () => {
    const folder = tree({ ...files, '.overruleignore': 'fixtures/\n' });
    const dot = await run(['validate', '.github', '--format', 'json'], folder);
    expect(filesOf(dot.json)).toEqual(['.github/workflows/ci.yml']);
    const ignored = await run(['validate', 'fixtures', '--format', 'json'], folder);
    expect(filesOf(ignored.json)).toEqual([
      'fixtures/broken.yaml',
      'fixtures/keep/also-broken.yaml',
    ]);
  });

  it('keeps what tally looks up to the files the walk takes', async () => {
    const folder = tree({
      '.git': '',
      'council.yaml': COUNCIL,
      '0-drafts/council.yaml': COUNCIL.replace(/seats: [0-9]+/, 'seats: 99'),
      'roll-calls/rc.yaml': ROLL_CALL,
    });
    const plain = await run(['tally', 'roll-calls/rc.yaml', '--json'], folder);
    const ignored = await run(
      ['tally', 'roll-calls/rc.yaml', '--json', '--ignore', '0-drafts/'],
      folder,
    );
    // the draft council comes first in path order, unless it is left out
    expect(plain.stdout).not.toBe(ignored.stdout);
    expect(ignored.code).toBe(0);
    writeFileSync(join(folder, '.overruleignore'), '0-drafts/\n');
    const byFile = await run(['tally', 'roll-calls/rc.yaml', '--json'], folder);
    expect(byFile.code).toBe(0);
    expect(byFile.stdout).toBe(ignored.stdout);
  });

  it('--ignore reaches every command that walks the council’s folder', async () => {
    // a draft of the council, same id, first in path order: what a walk finds first
    const folder = tree({
      '.git': '',
      'council.yaml': TESTVILLE,
      '0-drafts/council.yaml': TESTVILLE.replace('name: Testville Council', 'name: Draft'),
      'roll-calls/rc.yaml': rollCallText(`rule: passage\nvotes:\n${FULL_VOTES_2024_09}`),
      'whip-counts/w.yaml': whipCountText('positions:\n  ann-adams: yes\n'),
    });
    const commands = [
      ['tally', 'roll-calls/rc.yaml'],
      ['whip', 'whip-counts/w.yaml'],
      ['report', '.'],
      ['export', 'ocd', 'roll-calls'],
      ['roll-call', '--rule', 'passage', '--date', '2024-09-01', '--motion', 'M'],
      ['roll-call', '--rule', 'passage', '--date', '2024-09-01', '--motion', 'M', '--data', '.'],
    ];
    for (const command of commands) {
      const output =
        command[0] === 'roll-call' ? ['--output', 'roll-calls/new.yaml', '--keys', 'yyyyy\n'] : [];
      const plain = await run([...command, ...output], folder);
      rmSync(join(folder, 'roll-calls', 'new.yaml'), { force: true });
      const ignored = await run([...command, ...output, '--ignore', '0-drafts/'], folder);
      expect(plain.stdout, command.join(' ')).toMatch(/\bDraft\b/);
      expect(ignored.stdout, command.join(' ')).not.toMatch(/\bDraft\b/);
      expect(ignored.stdout, command.join(' ')).toMatch(/Testville Council/);
      expect(ignored.code, `${command.join(' ')}: ${ignored.stderr}`).toBe(0);
      rmSync(join(folder, 'roll-calls', 'new.yaml'), { force: true });
    }
  });

  it('makes validate . clean at the root of this repository', async () => {
    const result = await run(['validate', '.', '--format', 'json'], ROOT);
    expect(result.json).toMatchObject({ ok: true, errors: 0, warnings: 0 });
  });

  it('makes validate clean in an init folder with a docker-compose.yml and workflows', async () => {
    const folder = makeTempFolder();
    expect((await run(['init', folder], folder)).code).toBe(0);
    const ignore = readFileSync(join(folder, '.overruleignore'), 'utf8');
    expect(ignore).toMatch(/^# /);
    expect(readFileSync(join(folder, '.gitignore'), 'utf8')).toMatch(/^\.overrule\/$/m);
    writeFileSync(join(folder, 'docker-compose.yml'), COMPOSE);
    mkdirSync(join(folder, '.github', 'workflows', 'more'), { recursive: true });
    writeFileSync(join(folder, '.github', 'workflows', 'more', 'deploy.yml'), COMPOSE);
    const result = await run(['validate', '.', '--format', 'json'], folder);
    expect(result.json).toMatchObject({ ok: true, errors: 0 });
    expect((await run(['fmt', '--check'], folder)).code).toBe(0);
  });
});

describe('validate --data DIR', () => {
  const milwaukee = (): string => {
    const folder = makeTempFolder();
    cpSync(MILWAUKEE, folder, { recursive: true });
    return folder;
  };
  const rollCall = '2023-07-11-230359.yaml';

  it('checks standard input against the references in DIR', async () => {
    const stdin = readFileSync(join(MILWAUKEE, 'roll-calls', rollCall), 'utf8');
    const alone = await run(['validate', '-', '--format', 'json'], ROOT, stdin);
    expect(alone.code).toBe(1);
    expect((alone.json as JsonReport).problems.map((p) => p.code)).toContain('ref/unknown-council');
    const data = await run(
      ['validate', '-', '--data', 'ordinances/milwaukee', '--format', 'json'],
      ROOT,
      stdin,
    );
    expect(data.json).toMatchObject({ ok: true, files: 1, errors: 0 });
  });

  it('checks the files given against the whole tree, and reports only theirs', async () => {
    const folder = milwaukee();
    // a problem elsewhere in the tree, which is not reported
    writeFileSync(join(folder, 'whip-counts', 'broken.yaml'), 'kind: council\nkind: council\n');
    const partial = await run(
      ['validate', 'council.yaml', 'roll-calls/', '--format', 'json'],
      folder,
    );
    expect((partial.json as JsonReport).problems.map((p) => p.code)).toContain(
      'ref/unknown-measure',
    );
    const data = await run(
      ['validate', 'council.yaml', 'roll-calls/', '--data', '.', '--format', 'json'],
      folder,
    );
    expect(data.json).toMatchObject({ ok: true, files: 4, errors: 0 });
    const one = await run(
      ['validate', `./roll-calls/${rollCall}`, '--data', '.', '--format', 'json'],
      folder,
    );
    expect(one.json).toMatchObject({ ok: true, files: 1 });
  });

  it('reports a given file’s findings as validating the whole tree does', async () => {
    const folder = milwaukee();
    const text = readFileSync(join(folder, 'roll-calls', rollCall), 'utf8');
    // a copy with the same id, after the original in path order: a duplicate, and a bad vote
    writeFileSync(
      join(folder, 'roll-calls', 'z-copy.yaml'),
      text.replace('andrea-pratt: aye', 'andrea-prat: aye'),
    );
    const whole = await run(['validate', '.', '--format', 'json'], folder);
    const given = await run(
      ['validate', 'roll-calls/z-copy.yaml', '--data', '.', '--format', 'json'],
      folder,
    );
    const wholeProblems = (whole.json as JsonReport).problems;
    expect(wholeProblems.map((p) => p.code)).toEqual(
      expect.arrayContaining(['id/duplicate', 'ref/unknown-member']),
    );
    expect((given.json as JsonReport).problems).toEqual(wholeProblems);
    // the original, given alone, is clean: the copy comes after it
    const original = await run(['validate', `roll-calls/${rollCall}`, '--data', '.'], folder);
    expect(original.code).toBe(0);
  });

  it('refuses a --data that is not a folder', async () => {
    const result = await run(['validate', '-', '--data', 'no-such-folder'], ROOT, ROLL_CALL);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('--data no-such-folder');
  });
});

describe('the look-up index written by validate', () => {
  it('is written for the one council’s folder checked, and for --data DIR, and never for several', async () => {
    const files = { 'council.yaml': COUNCIL, 'roll-calls/rc.yaml': ROLL_CALL };
    const one = tree(files);
    expect((await run(['validate'], one)).code).toBe(0);
    expect(existsSync(join(one, '.overrule', 'index.json'))).toBe(true);
    const several = tree(files);
    expect((await run(['validate', 'council.yaml', 'roll-calls'], several)).code).toBe(0);
    expect(existsSync(join(several, '.overrule'))).toBe(false);
    // nor for a folder that holds no council, where tally never looks
    expect((await run(['validate', 'roll-calls'], several)).code).toBe(1);
    expect(existsSync(join(several, 'roll-calls', '.overrule'))).toBe(false);
    const data = tree(files);
    expect((await run(['validate', 'roll-calls', '--data', '.'], data)).code).toBe(0);
    expect(existsSync(join(data, '.overrule', 'index.json'))).toBe(true);
  });

  it('is ignored, never an error, when corrupt', async () => {
    const folder = tree({ '.git': '', 'council.yaml': COUNCIL, 'roll-calls/rc.yaml': ROLL_CALL });
    const before = await run(['tally', 'roll-calls/rc.yaml', '--json'], folder);
    expect(before.code).toBe(0);
    for (const text of ['', '{', 'null', '[]', '{"format":1}', '\u0000\u0001']) {
      writeFileSync(join(folder, '.overrule', 'index.json'), text);
      const after = await run(['tally', 'roll-calls/rc.yaml', '--json'], folder);
      expect(after.code).toBe(0);
      expect(after.stdout).toBe(before.stdout);
      expect(after.stderr).toBe('');
    }
  });

  it('is never written through a link in the place of .overrule', async () => {
    const folder = tree({ 'council.yaml': COUNCIL, 'roll-calls/rc.yaml': ROLL_CALL });
    const elsewhere = makeTempFolder();
    symlinkSync(elsewhere, join(folder, '.overrule'));
    expect((await run(['validate'], folder)).code).toBe(0);
    expect((await run(['tally', 'roll-calls/rc.yaml', '--json'], folder)).code).toBe(0);
    expect(readdirSync(elsewhere)).toEqual([]);
  });
});
