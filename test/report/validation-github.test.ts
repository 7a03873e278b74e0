import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  createGithubWriter,
  escapeData,
  escapeProperty,
  type GithubOptions,
  type GithubWriter,
} from '../../src/report/validation-github.js';
import { runCli, STACK_TRACE, writeTempFiles } from '../support/run-cli.js';
import { makeReport, writeReport, type ValidationReport } from './report-fixture.js';

/** The log and the job summary of a report. */
async function renderValidationGithub(
  report: ValidationReport,
  options: GithubOptions,
): Promise<{ log: string; summary: string }> {
  let writer: GithubWriter | undefined;
  const log = await writeReport(report, (out) => (writer = createGithubWriter(out, options)));
  return { log, summary: writer?.summary(report) ?? '' };
}

const FILE = 'kind: roll-call\nversion: 1\nvotes:\n  ann: maybe\n';

/** The workflow commands of a log, as `{ command, properties, message }`. */
function commands(log: string) {
  return log
    .split('\n')
    .filter((line) => line.startsWith('::'))
    .map((line) => {
      const match = /^::([a-z]+)(?: ([^:]*))?::(.*)$/.exec(line);
      if (match === null) throw new Error(`not a workflow command: ${line}`);
      const properties = Object.fromEntries(
        (match[2] ?? '')
          .split(',')
          .filter((p) => p !== '')
          .map((p) => {
            const eq = p.indexOf('=');
            return [p.slice(0, eq), p.slice(eq + 1)];
          }),
      );
      return { command: match[1], properties, message: match[3] ?? '' };
    });
}

describe('validate --format github', () => {
  it('annotates a finding with its file, full range and code', async () => {
    const report = makeReport({ 'rc.yaml': FILE }, [
      {
        file: 'rc.yaml',
        at: 'maybe',
        code: 'schema/enum',
        message: 'not a vote',
        hint: 'aye or no',
      },
    ]);
    const [annotation] = commands(
      (await renderValidationGithub(report, { root: '/repo', cwd: '/repo', quiet: true })).log,
    );
    expect(annotation).toEqual({
      command: 'error',
      properties: {
        file: 'rc.yaml',
        line: '4',
        col: '8',
        endLine: '4',
        endColumn: '13',
        title: 'schema/enum',
      },
      message: 'not a vote%0Ahint: aye or no',
    });
  });

  it('escapes %, CR and LF in messages, and : and , in properties too', async () => {
    expect(escapeData('100% done\r\nnext')).toBe('100%25 done%0D%0Anext');
    expect(escapeProperty('a:b,c%\n')).toBe('a%3Ab%2Cc%25%0A');
    const name = 'odd: name, really %.yaml';
    const report = makeReport({ [name]: FILE }, [
      { file: name, at: 'ann', message: 'line one\nline two :: 50%', severity: 'warning' },
    ]);
    const log = (await renderValidationGithub(report, { root: '/repo', cwd: '/repo', quiet: true }))
      .log;
    expect(log.split('\n').filter((l) => l !== '')).toHaveLength(1);
    const [annotation] = commands(log);
    expect(annotation?.command).toBe('warning');
    expect(annotation?.properties['file']).toBe('odd%3A name%2C really %25.yaml');
    expect(annotation?.message).toBe('line one%0Aline two :: 50%25');
  });

  it('annotates at most 10 errors and 10 warnings, then a notice counting the rest', async () => {
    const findings = [
      ...Array.from({ length: 14 }, (_, i) => ({ file: 'rc.yaml', message: `error ${i}` })),
      ...Array.from({ length: 12 }, (_, i) => ({
        file: 'rc.yaml',
        message: `warning ${i}`,
        severity: 'warning' as const,
      })),
    ];
    const report = makeReport({ 'rc.yaml': FILE }, findings);
    const { log } = await renderValidationGithub(report, {
      root: '/repo',
      cwd: '/repo',
      quiet: false,
    });
    const all = commands(log);
    expect(all.filter((c) => c.command === 'error')).toHaveLength(10);
    expect(all.filter((c) => c.command === 'warning')).toHaveLength(10);
    const notices = all.filter((c) => c.command === 'notice');
    expect(notices).toHaveLength(1);
    expect(notices[0]?.message).toMatch(/^\+6 more problems/);
    // the ones left out are still in the log, as plain lines
    expect(log).toContain('error 13');
    expect(log).toContain('warning 11');
    expect(log.trimEnd().split('\n').at(-1)).toBe(
      'overrule: 1 file checked: 14 errors, 12 warnings',
    );
  });

  it('writes a Markdown table of every finding for the job summary', async () => {
    const findings = Array.from({ length: 25 }, (_, i) => ({
      file: 'rc.yaml',
      at: 'maybe',
      message: `problem ${i} | with a pipe`,
    }));
    const { summary } = await renderValidationGithub(makeReport({ 'rc.yaml': FILE }, findings), {
      root: '/repo',
      cwd: '/repo',
      quiet: false,
    });
    const rows = summary.split('\n').filter((l) => l.startsWith('| rc.yaml'));
    expect(rows).toHaveLength(25);
    expect(rows[0]).toBe('| rc.yaml | 4:8 | error | schema/enum | problem 0 \\| with a pipe |');
    expect(summary).toContain('❌ 1 file checked: 25 errors, 0 warnings');
  });

  it('keeps the job summary under its size limit, and says how many rows it left out', async () => {
    const findings = Array.from({ length: 400 }, (_, i) => ({
      file: 'rc.yaml',
      at: 'maybe',
      message: `problem ${i}`,
    }));
    const { summary } = await renderValidationGithub(makeReport({ 'rc.yaml': FILE }, findings), {
      root: '/repo',
      cwd: '/repo',
      quiet: false,
      summaryLimit: 20_000,
    });
    expect(summary.length).toBeLessThanOrEqual(20_000);
    const rows = summary.split('\n').filter((l) => l.startsWith('| rc.yaml'));
    expect(rows.length).toBeGreaterThan(200);
    expect(rows.length).toBeLessThan(400);
    // the rows kept are the first ones, in order
    expect(rows.at(-1)).toContain(`problem ${rows.length - 1} |`);
    expect(summary.trimEnd().split('\n').at(-1)).toBe(
      `…and ${400 - rows.length} more, left out to keep the summary under GitHub's size limit.`,
    );
  });

  it('appends the summary to GITHUB_STEP_SUMMARY and is chosen under GitHub Actions', async () => {
    const folder = writeTempFiles({ 'broken.yaml': 'kind: council\nkind: council\n' });
    const summaryFile = join(folder, 'summary.md');
    writeFileSync(summaryFile, '# earlier step\n');
    const run = await runCli(['validate', 'broken.yaml'], {
      cwd: folder,
      env: { GITHUB_ACTIONS: 'true', GITHUB_STEP_SUMMARY: summaryFile },
    });
    expect(run.code).toBe(1);
    expect(run.stderr).not.toMatch(STACK_TRACE);
    const [annotation] = commands(run.stdout);
    expect(annotation).toMatchObject({
      command: 'error',
      properties: { file: 'broken.yaml', line: '2', col: '1', title: 'yaml/duplicate-key' },
    });
    const summary = readFileSync(summaryFile, 'utf8');
    expect(summary.startsWith('# earlier step\n## overrule validate')).toBe(true);
    expect(summary).toContain('| broken.yaml | 2:1 | error | yaml/duplicate-key |');
  });

  it('reports an unwritable job summary without failing the run for it', async () => {
    const folder = writeTempFiles({ 'broken.yaml': 'kind: council\nkind: council\n' });
    const run = await runCli(['validate', 'broken.yaml', '--format', 'github'], {
      cwd: folder,
      env: { GITHUB_STEP_SUMMARY: join(folder, 'no-such-folder', 'summary.md') },
    });
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(/cannot write the job summary/);
  });

  it('makes annotation paths relative to GITHUB_WORKSPACE', async () => {
    const folder = writeTempFiles({});
    mkdirSync(join(folder, 'data'));
    writeFileSync(join(folder, 'data', 'broken.yaml'), 'kind: council\nkind: council\n');
    const run = await runCli(['validate', 'broken.yaml', '--format', 'github'], {
      cwd: join(folder, 'data'),
      env: { GITHUB_WORKSPACE: folder },
    });
    expect(commands(run.stdout)[0]?.properties['file']).toBe('data/broken.yaml');
  });
});
