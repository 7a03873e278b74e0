/** commander's own errors in overrule's form (prefix, hint line, exit 2), help without repeats; tally of a missing file. */
import { describe, expect, it } from 'vitest';
import { makeTempFolder, runCli } from '../support/run-cli.js';

describe("commander's messages", () => {
  it.each([
    [['schema', 'bogus'], /^overrule: .*'bogus' is invalid for argument 'kind'/, 'overrule schema'],
    [['validate', '--bogus'], /^overrule: unknown option '--bogus'/, 'overrule validate'],
    [['--bogus'], /^overrule: unknown option '--bogus'/, 'overrule'],
    [['valdate'], /^overrule: unknown command 'valdate'\n\(Did you mean validate\?\)/, 'overrule'],
    [['help', 'bogus'], /^overrule: unknown command 'bogus'/, 'overrule'],
    [['tally'], /^overrule: missing required argument 'file'/, 'overrule tally'],
  ])('overrule %j: prefix, hint, exit 2', async (argv, message, help) => {
    const run = await runCli(argv);
    expect(run.code).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr).toMatch(message);
    expect(run.stderr).not.toMatch(/^error:/m);
    expect(run.stderr.endsWith(`\nhint: see \`${help} --help\`\n`)).toBe(true);
  });

  it('help for a known command still works, exit 0', async () => {
    const run = await runCli(['help', 'tally']);
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/^Usage: overrule tally /);
  });

  it('init --help shows its default once', async () => {
    const run = await runCli(['init', '--help']);
    expect(run.code).toBe(0);
    expect(run.stdout.match(/default/g)).toHaveLength(1);
    expect(run.stdout).toMatch(/\(default: the current\s+folder\)/);
  });
});

describe('tally of a file that does not exist', () => {
  it('says no such file, not no council found, outside a council folder (exit 2)', async () => {
    const cwd = makeTempFolder();
    const run = await runCli(['tally', 'missing.yaml'], { cwd });
    expect(run.code).toBe(2);
    expect(run.stderr).toBe('overrule: missing.yaml: no such file\n');
  });
});
