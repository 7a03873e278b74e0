import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  runCli,
  STACK_TRACE,
  writeTempFiles,
  type CliRunOptions,
  type CliRunResult,
  type JsonReport,
} from '../support/run-cli.js';
import { COUNCIL, ROLL_CALL } from '../support/valid-documents.js';

// eslint-disable-next-line no-control-regex
const ANSI = /\u001b\[[0-9;]*m/;

/** A file with one YAML error (a duplicate key on line 2): no schema involved. */
const BROKEN = { 'broken.yaml': 'kind: council\nkind: council\n' };
/** A valid project with one warning (a %YAML 1.1 directive) and nothing else. */
const WARNING_ONLY = { 'council.yaml': `%YAML 1.1\n---\n${COUNCIL}` };

async function validate(
  files: Readonly<Record<string, string>>,
  args: readonly string[],
  options: CliRunOptions = {},
): Promise<CliRunResult & { folder: string }> {
  const folder = writeTempFiles(files);
  const result = await runCli(['validate', folder, ...args], { cwd: folder, ...options });
  expect(result.stderr).not.toMatch(STACK_TRACE);
  expect(result.stdout).not.toMatch(STACK_TRACE);
  return { ...result, folder };
}

describe('validate --format json', () => {
  it('prints the contract fields with 1-based positions and stable codes', async () => {
    const run = await validate(BROKEN, ['--format', 'json']);
    expect(run.code).toBe(1);
    const report = run.json as JsonReport;
    expect(report).toMatchObject({ ok: false, files: 1, errors: 1, warnings: 0 });
    expect(report.problems).toHaveLength(1);
    const problem = report.problems[0];
    expect(problem).toMatchObject({
      file: join(run.folder, 'broken.yaml'),
      line: 2,
      column: 1,
      endLine: 2,
      severity: 'error',
      code: 'yaml/duplicate-key',
    });
    expect(typeof problem?.endColumn).toBe('number');
    expect(typeof problem?.message).toBe('string');
    expect(run.stderr).toBe('');
  });

  it('reports ok with no problems for valid data, exit 0', async () => {
    const run = await validate({ 'council.yaml': COUNCIL, 'rc.yaml': ROLL_CALL }, [
      '--format',
      'json',
    ]);
    expect(run.code, run.stdout + run.stderr).toBe(0);
    expect(run.json).toEqual({ ok: true, files: 2, errors: 0, warnings: 0, problems: [] });
  });

  it('gives positions as null when there is none (an unreadable encoding)', async () => {
    const folder = writeTempFiles({ 'u.yaml': Buffer.from([0xff, 0xfe, 0x6b, 0x00]) });
    const run = await runCli(['validate', folder, '--format', 'json'], { cwd: folder });
    const problem = (run.json as JsonReport).problems[0];
    expect(problem).toMatchObject({ code: 'encoding/utf16', line: null, column: null });
  });
});

describe('validate --strict and --quiet', () => {
  it('exits 0 on warnings alone, and 1 under --strict', async () => {
    const plain = await validate(WARNING_ONLY, ['--format', 'json']);
    expect(plain.code, plain.stdout + plain.stderr).toBe(0);
    expect(plain.json).toMatchObject({ ok: true, errors: 0, warnings: 1 });
    const strict = await validate(WARNING_ONLY, ['--format', 'json', '--strict']);
    expect(strict.code).toBe(1);
    expect(strict.json).toMatchObject({ ok: false, errors: 0, warnings: 1 });
  });

  it('--quiet prints errors only, with no summary', async () => {
    const files = { ...WARNING_ONLY, ...BROKEN };
    const loud = await validate(files, ['--format', 'pretty']);
    expect(loud.stdout).toContain('yaml/directive-1.1');
    expect(loud.stdout).toMatch(/1 error, 1 warning/);
    const quiet = await validate(files, ['--format', 'pretty', '--quiet']);
    expect(quiet.code).toBe(1);
    expect(quiet.stdout).toContain('yaml/duplicate-key');
    expect(quiet.stdout).not.toContain('yaml/directive-1.1');
    expect(quiet.stdout).not.toMatch(/error.*in \d+ of/);
  });

  it('--quiet prints nothing at all for valid data', async () => {
    const run = await validate({ 'council.yaml': COUNCIL }, ['--format', 'pretty', '-q']);
    expect(run.code, run.stderr).toBe(0);
    expect(run.stdout).toBe('');
  });
});

describe('validate pretty output and colour', () => {
  const cases: { name: string; args: string[]; options: CliRunOptions; color: boolean }[] = [
    { name: 'a terminal', args: [], options: { stdoutIsTTY: true }, color: true },
    { name: 'a pipe', args: [], options: {}, color: false },
    { name: '--color on a pipe', args: ['--color'], options: {}, color: true },
    {
      name: '--no-color on a terminal with FORCE_COLOR',
      args: ['--no-color'],
      options: { stdoutIsTTY: true, env: { FORCE_COLOR: '1' } },
      color: false,
    },
    {
      name: 'NO_COLOR=1 on a terminal',
      args: [],
      options: { stdoutIsTTY: true, env: { NO_COLOR: '1' } },
      color: false,
    },
    {
      name: 'NO_COLOR empty on a terminal (empty means unset)',
      args: [],
      options: { stdoutIsTTY: true, env: { NO_COLOR: '' } },
      color: true,
    },
    {
      name: 'TERM=dumb on a terminal',
      args: [],
      options: { stdoutIsTTY: true, env: { TERM: 'dumb' } },
      color: false,
    },
    {
      name: 'FORCE_COLOR=1 on a pipe',
      args: [],
      options: { env: { FORCE_COLOR: '1' } },
      color: true,
    },
    {
      name: 'FORCE_COLOR=0 on a terminal',
      args: [],
      options: { stdoutIsTTY: true, env: { FORCE_COLOR: '0' } },
      color: false,
    },
    {
      name: '--color with NO_COLOR set',
      args: ['--color'],
      options: { env: { NO_COLOR: '1' } },
      color: true,
    },
  ];

  it.each(cases)('colour on $name: $color', async ({ args, options, color }) => {
    const run = await validate(BROKEN, ['--format', 'pretty', ...args], options);
    expect(run.code).toBe(1);
    expect(run.stdout).toContain('yaml/duplicate-key');
    if (color) expect(run.stdout).toMatch(ANSI);
    else expect(run.stdout).not.toMatch(ANSI);
  });

  it('shows the position, a code frame with a caret, and the hint', async () => {
    const run = await validate(BROKEN, ['--format', 'pretty']);
    expect(run.stdout).toMatch(/2:1\s+error/);
    expect(run.stdout).toMatch(/> 2 \| kind: council/);
    expect(run.stdout).toMatch(/\|\s\^+/);
    expect(run.stdout).toContain('hint:');
  });

  it('is the default format when no --format is given', async () => {
    const run = await validate(BROKEN, []);
    expect(run.json).toBeUndefined();
    expect(run.stdout).toContain('yaml/duplicate-key');
  });
});

describe('validate --output', () => {
  it('writes the report to a file instead of stdout', async () => {
    const folder = writeTempFiles(BROKEN);
    const out = join(folder, 'report.json');
    const run = await runCli(['validate', join(folder, 'broken.yaml'), '-f', 'json', '-o', out], {
      cwd: folder,
    });
    expect(run.code).toBe(1);
    expect(run.stdout).toBe('');
    expect(JSON.parse(readFileSync(out, 'utf8'))).toMatchObject({ ok: false, errors: 1 });
  });

  it('exits 2 for a file in a missing folder, before doing any work', async () => {
    const folder = writeTempFiles(BROKEN);
    const out = join(folder, 'no', 'such', 'report.json');
    const run = await runCli(['validate', folder, '-f', 'json', '--output', out], { cwd: folder });
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/does not exist/);
    expect(run.stderr).not.toMatch(STACK_TRACE);
    expect(run.stdout).toBe('');
    expect(existsSync(out)).toBe(false);
  });

  it('exits 2 when --output names a folder', async () => {
    const folder = writeTempFiles(BROKEN);
    mkdirSync(join(folder, 'out'));
    const run = await runCli(['validate', folder, '-f', 'json', '--output', join(folder, 'out')], {
      cwd: folder,
    });
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/is a folder/);
    expect(run.stderr).not.toMatch(STACK_TRACE);
  });
});

describe('validate usage errors', () => {
  it.each([
    ['an unknown flag', ['--frobnicate']],
    ['an unknown format', ['--format', 'xml']],
    ['a bad size', ['--max-file-size', 'lots']],
  ])('exits 2 on %s, without a stack trace', async (_name, args) => {
    const folder = writeTempFiles(BROKEN);
    const run = await runCli(['validate', folder, ...args], { cwd: folder });
    expect(run.code).toBe(2);
    expect(run.stderr).not.toBe('');
    expect(run.stderr).not.toMatch(STACK_TRACE);
    expect(run.stdout).not.toMatch(STACK_TRACE);
  });

  it('suggests the closest flag', async () => {
    const run = await runCli(['validate', '--strcit'], { cwd: writeTempFiles(BROKEN) });
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/--strict/);
  });

  it('prints help with examples and exits 0', async () => {
    const run = await runCli(['validate', '--help']);
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/Examples:/);
    expect(run.stdout).toMatch(/--strict/);
  });

  it('checks the current folder when no path is given', async () => {
    const folder = writeTempFiles(BROKEN);
    const run = await runCli(['validate', '--format', 'json'], { cwd: folder });
    expect(run.code).toBe(1);
    expect((run.json as JsonReport).problems[0]).toMatchObject({
      file: 'broken.yaml',
      code: 'yaml/duplicate-key',
    });
  });
});
