/**
 * One mistake, one finding (issue 16, "cascades"): a council file with
 * errors is not reported again in every file that refers to it; one tab is
 * one problem; and a document with schema errors still gets the cross-file
 * checks its valid fields allow, so that everything is found in one round.
 * Every case validates a whole small project and asserts the complete list
 * of problems: code and `file:line:column`.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse, stringify } from 'yaml';
import { runCli, STACK_TRACE, writeTempFiles } from '../support/run-cli.js';
import { CONSISTENT_PROJECT } from '../support/testville.js';
import { expectBadInput } from './bad-input.js';

/**
 * The consistent Testville project, its roll call with a motion and a record.
 * The roll call: line 4 `council`, 5 `date`, 6 `measure`, 7 `rule`, 8
 * `motion`, 9 `votes:`, 10-14 the votes (ann-adams first), 15 `recorded`.
 */
const CLEAN: Readonly<Record<string, string>> = {
  ...CONSISTENT_PROJECT,
  'roll-call.yaml': (CONSISTENT_PROJECT['roll-call.yaml'] ?? '')
    .replace('rule: override\n', 'rule: override\nmotion: Suspend the policy\n')
    .concat('recorded: { result: failed, tally: "3-1" }\n'),
};

/** The clean project with some files' texts changed. */
function changed(
  edits: Readonly<Record<string, (text: string) => string>>,
): Record<string, string> {
  const files = { ...CLEAN };
  for (const [name, edit] of Object.entries(edits)) {
    const text = files[name] ?? '';
    const edited = edit(text);
    expect(edited, `${name}: the edit changed nothing`).not.toBe(text);
    files[name] = edited;
  }
  return files;
}

/** Validates files; returns every problem as [code, `file:line:column`], and the run. */
async function problemsOf(
  files: Readonly<Record<string, string>>,
): Promise<{ problems: string[][]; hints: (string | undefined)[]; code: number }> {
  const run = await expectBadInput({ files, exit: 1 });
  const problems = run.report.problems.map((p) => [
    p.code,
    `${p.file.slice(run.folder.length + 1)}:${String(p.line)}:${String(p.column)}`,
  ]);
  return { problems, hints: run.report.problems.map((p) => p.hint), code: run.code };
}

describe('cascades: a council file with errors', () => {
  it('the clean project has no problems', async () => {
    const run = await expectBadInput({ files: CLEAN, exit: 0 });
    expect(run.report.problems).toEqual([]);
  });

  it('two schema errors in the council: those two, and nothing in the files that refer to it', async () => {
    const files = changed({
      'council.yaml': (t) =>
        t
          .replace('seats: 5', 'seats: five')
          .replace('name: Testville Council', 'name: T\nbogus: 1'),
    });
    const { problems } = await problemsOf(files);
    expect(problems).toEqual([
      ['schema/unknown-key', 'council.yaml:5:1'],
      ['schema/type', 'council.yaml:6:8'],
    ]);
  });

  it('a council whose id cannot be read: its error alone, no ref/unknown-council', async () => {
    const files = changed({ 'council.yaml': (t) => t.replace('id: testville', 'id: Testville') });
    expect((await problemsOf(files)).problems).toEqual([['schema/pattern', 'council.yaml:3:5']]);
  });

  it('a council of a version overrule does not read: its error alone', async () => {
    const files = changed({ 'council.yaml': (t) => t.replace('version: 1', 'version: 2') });
    expect((await problemsOf(files)).problems).toEqual([['schema/version', 'council.yaml:2:10']]);
  });

  it('a council whose YAML does not parse: its error alone', async () => {
    const files = changed({
      'council.yaml': (t) => t.replace('  - { id: ann-adams', '\t- { id: ann-adams'),
    });
    expect((await problemsOf(files)).problems).toEqual([['yaml/tab-indent', 'council.yaml:8:1']]);
  });

  it('a council with an error in one member: the roll calls are not checked against its roster', async () => {
    const files = changed({
      'council.yaml': (t) =>
        t.replace('district: 1, from: 2024-01-01', 'district: 1, from: 2024-02-30'),
    });
    expect((await problemsOf(files)).problems).toEqual([['schema/format', 'council.yaml:8:58']]);
  });

  it('a council whose kind is misspelt: the kind is the one finding', async () => {
    const files = changed({ 'council.yaml': (t) => t.replace('kind: council', 'kind: councl') });
    expect((await problemsOf(files)).problems).toEqual([['schema/kind', 'council.yaml:1:7']]);
    // a kind that is no misspelling of one: the references cannot be to it, and say so
    const other = changed({ 'council.yaml': (t) => t.replace('kind: council', 'kind: xyzzy') });
    expect((await problemsOf(other)).problems).toEqual([
      ['schema/kind', 'council.yaml:1:7'],
      ['ref/unknown-council', 'directive.yaml:4:10'],
      ['ref/unknown-council', 'ordinance.yaml:4:10'],
      ['ref/unknown-council', 'roll-call.yaml:4:10'],
      ['ref/unknown-council', 'whip.yaml:4:10'],
    ]);
  });

  it('a council with another id: each file that names the missing one says so', async () => {
    // not a cascade: the council's id is valid, and no council "testville" exists
    const files = changed({ 'council.yaml': (t) => t.replace('id: testville', 'id: testvile') });
    expect((await problemsOf(files)).problems).toEqual([
      ['ref/unknown-council', 'directive.yaml:4:10'],
      ['ref/unknown-council', 'ordinance.yaml:4:10'],
      ['ref/unknown-council', 'roll-call.yaml:4:10'],
      ['ref/unknown-council', 'whip.yaml:4:10'],
    ]);
  });

  it('a council with errors before a valid one of the same id: the first is the council, the second a duplicate', async () => {
    const files = {
      ...CLEAN,
      'a-council.yaml': (CLEAN['council.yaml'] ?? '').replace('seats: 5', 'seats: five'),
    };
    expect((await problemsOf(files)).problems).toEqual([
      ['schema/type', 'a-council.yaml:5:8'],
      ['id/duplicate', 'council.yaml:3:5'],
    ]);
    const run = await runCli(['tally', 'roll-call.yaml', '--no-color'], {
      cwd: writeTempFiles(files),
    });
    expect([run.code, run.stderr]).toEqual([1, expect.stringContaining('a-council.yaml')]);
  });

  it('tally names the council file and its errors, not "no council was found"', async () => {
    const folder = writeTempFiles(
      changed({ 'council.yaml': (t) => t.replace('seats: 5', 'seats: five') }),
    );
    const run = await runCli(['tally', 'roll-call.yaml', '--no-color'], { cwd: folder });
    expect(run.code).toBe(1);
    expect(run.stderr + run.stdout).not.toMatch(STACK_TRACE);
    // the council file as the user would name it from where they are, not its whole path
    expect(run.stdout + run.stderr).toMatch(/^council\.yaml\n\s+5:8\s+error\s.*schema\/type/m);
    expect(run.stdout + run.stderr).not.toContain('ref/unknown-council');
    const above = await runCli(['tally', join(basename(folder), 'roll-call.yaml'), '--no-color'], {
      cwd: dirname(folder),
    });
    expect(above.code).toBe(1);
    expect(above.stdout + above.stderr).toMatch(
      new RegExp(`^${basename(folder)}/council\\.yaml\n\\s+5:8\\s`, 'm'),
    );
  });
});

describe('cascades: one tab, one problem', () => {
  const tabbed = async (replace: string, by: string): Promise<string[][]> => {
    const files = changed({ 'roll-call.yaml': (t) => t.replace(replace, by) });
    const { problems, hints } = await problemsOf(files);
    for (const hint of hints) expect(hint).toMatch(/spaces/);
    return problems;
  };

  it('a tab at the start of a vote: one yaml/tab-indent at the tab', async () => {
    expect(await tabbed('  bob-brown: aye', '\tbob-brown: aye')).toEqual([
      ['yaml/tab-indent', 'roll-call.yaml:11:1'],
    ]);
  });

  it('a tab after spaces, and a tab on the first vote: one yaml/tab-indent each, at the tab', async () => {
    expect(await tabbed('  bob-brown: aye', '  \tbob-brown: aye')).toEqual([
      ['yaml/tab-indent', 'roll-call.yaml:11:3'],
    ]);
    expect(await tabbed('  ann-adams: aye', '\tann-adams: aye')).toEqual([
      ['yaml/tab-indent', 'roll-call.yaml:10:1'],
    ]);
  });

  it('a tab that makes a line read as the value of the line before: one yaml/tab-indent', async () => {
    expect(await tabbed('  bob-brown: aye', '    \tbob-brown: aye')).toEqual([
      ['yaml/tab-indent', 'roll-call.yaml:11:5'],
    ]);
  });

  it('a tab in a block of text is text, not indentation', async () => {
    const files = changed({
      'roll-call.yaml': (t) =>
        t.replace('motion: Suspend the policy', 'motion: |\n  Suspend\n  \tthe policy'),
    });
    await expectBadInput({ files, exit: 0 });
  });
});

describe('cascades: a value that reads as a key', () => {
  it.each([
    ['`title: Resolution: Parks`', 'title: Resolution: Parks', 'yaml/implicit-key', /quote/],
    [
      'a line indented under a plain value',
      'title: A resolution\n  bogus: 1',
      'yaml/syntax',
      /indent the next line/,
    ],
  ])('%s is one problem with a fitting hint', async (_, title, code, hint) => {
    const files = changed({ 'ordinance.yaml': (t) => t.replace('title: A resolution', title) });
    const { problems, hints } = await problemsOf(files);
    expect(problems).toEqual([[code, 'ordinance.yaml:6:8']]);
    expect(hints[0]).toMatch(hint);
  });
});

describe('cascades: schema errors do not hide the cross-file problems', () => {
  it('a roll call with schema errors gets its reference and member checks in the same run', async () => {
    const files = changed({
      'roll-call.yaml': (t) =>
        t
          .replace('motion: Suspend the policy', 'motion: 12')
          .replace('bob-brown: aye', 'bob-brown: maybe')
          .replace('ann-adams: aye', 'ann-adam: aye')
          .replace('measure: "24-001"', 'measure: "24-002"'),
    });
    expect((await problemsOf(files)).problems).toEqual([
      ['ref/unknown-measure', 'roll-call.yaml:6:10'],
      ['schema/type', 'roll-call.yaml:8:9'],
      ['ref/unknown-member', 'roll-call.yaml:10:3'],
      ['schema/enum', 'roll-call.yaml:11:14'],
    ]);
    // fixing what was reported leaves nothing: one round
    const fixed = {
      ...files,
      'roll-call.yaml': (files['roll-call.yaml'] ?? '')
        .replace('motion: 12', 'motion: Suspend the policy')
        .replace('bob-brown: maybe', 'bob-brown: aye')
        .replace('ann-adam: aye', 'ann-adams: aye')
        .replace('measure: "24-002"', 'measure: "24-001"'),
    };
    expect(fixed['roll-call.yaml']).toBe(CLEAN['roll-call.yaml']);
    await expectBadInput({ files: fixed, exit: 0 });
  });

  it('an ordinance, a whip count and a council with schema errors get their member checks', async () => {
    const files = changed({
      'ordinance.yaml': (t) =>
        t
          .replace('title: A resolution', 'title: [A resolution]')
          .replace('ann-adams, dan', 'ann-adms, dan'),
      'whip.yaml': (t) =>
        t
          .replace('blocs:', 'attendance: lots\nblocs:')
          .replace('  ann-adams: yes', '  ann-adms: yes'),
      'council.yaml': (t) =>
        t.replace('seats: 5', 'seats: five').replace('id: eve-evans', 'id: ann-adams'),
    });
    expect((await problemsOf(files)).problems).toEqual([
      ['schema/type', 'council.yaml:5:8'],
      ['id/duplicate', 'council.yaml:12:11'],
      ['schema/type', 'ordinance.yaml:6:8'],
      ['ref/unknown-member', 'ordinance.yaml:8:12'],
      // eve-evans is no longer on the roster: a true finding, not a cascade
      ['ref/unknown-member', 'roll-call.yaml:13:3'],
      ['ref/unknown-member', 'whip.yaml:9:3'],
      ['schema/type', 'whip.yaml:11:13'],
    ]);
  });

  it('one wrong or missing field anywhere: only schema problems, in that file, and never a crash', async () => {
    const folder = writeTempFiles(CLEAN);
    for (const [name, text] of Object.entries(CLEAN)) {
      const data = parse(text) as Record<string, unknown>;
      for (const key of Object.keys(data).filter((k) => k !== 'kind')) {
        for (const wrong of [{ zz: [1] }, true, undefined]) {
          writeFileSync(join(folder, name), stringify({ ...data, [key]: wrong }));
          const run = await runCli(['validate', '.', '--format', 'json'], { cwd: folder });
          const context = `${name}: ${key}: ${JSON.stringify(wrong)}\n${run.stdout}${run.stderr}`;
          const report = run.json as { problems: { file: string; code: string }[] } | undefined;
          expect(run.stderr, context).not.toMatch(STACK_TRACE);
          expect([0, 1], context).toContain(run.code);
          const problems = report?.problems ?? [];
          expect(run.code === 1, context).toBe(problems.length > 0);
          for (const p of problems) expect(p.file, context).toBe(name);
          // with a schema error, nothing else; without (an optional field left
          // out), what is found is found in a valid document
          const schema = problems.filter((p) => p.code.startsWith('schema/'));
          if (schema.length > 0) expect(schema, context).toEqual(problems);
          if (wrong !== undefined) expect(schema.length, context).toBeGreaterThan(0);
        }
      }
      writeFileSync(join(folder, name), text);
      expect(readFileSync(join(folder, name), 'utf8')).toBe(text);
    }
  }, 120_000);
});
