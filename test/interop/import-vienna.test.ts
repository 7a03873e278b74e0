/**
 * The Town of Vienna's real Legistar records, through `overrule import
 * legistar`, `validate`, `tally`, `export ocd` and `import ocd`: the two
 * commands that make an archive, the files they write (golden files), and
 * what Legistar recorded compared with what the rule computes.
 *
 * Golden files: `UPDATE_GOLDEN=1 npx vitest run test/interop/import-vienna.test.ts`.
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { makeTempFolder, runCli, STACK_TRACE, type JsonReport } from '../support/run-cli.js';

const FIXTURES = fileURLToPath(new URL('../fixtures/interop/legistar/', import.meta.url));
const GOLDEN = join('test', 'golden', 'interop', 'vienna');
const UPDATE = process.env['UPDATE_GOLDEN'] === '1';
const TIMEOUT = 60_000;

const fixture = (name: string): string => join(FIXTURES, `vienna-va_${name}.json`);
const VOTES = ['13277', '15437', '18705', '18707', '29267', '30400', '31467'].map((n) =>
  fixture(`votes_${n}`),
);
const EVENT_ITEMS = ['936', '1024', '1223', '1984', '2171', '2180'].map((n) =>
  fixture(`eventitems_${n}`),
);
const ROSTER = [fixture('officerecords_138'), fixture('persons'), fixture('bodies')];

/** Compares a text with its golden file (or writes it under UPDATE_GOLDEN=1). */
function expectGolden(text: string, name: string): void {
  const path = join(GOLDEN, name);
  if (UPDATE || !existsSync(path)) {
    if (!UPDATE) throw new Error(`${path} is missing: run with UPDATE_GOLDEN=1 to create it`);
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(path, text);
    return;
  }
  expect(text, path).toBe(readFileSync(path, 'utf8'));
}

/** `file:line:col code` of each problem line on stderr. */
function problemLines(stderr: string): string[] {
  return stderr
    .split('\n')
    .map((line) => /^(\S+?): (?:error|warning): .*\[([a-z-]+\/[a-z-]+)\]$/.exec(line))
    .filter((m): m is RegExpExecArray => m !== null)
    .map((m) => `${(m[1] ?? '').replace(FIXTURES, '')} ${m[2] ?? ''}`);
}

describe('a Vienna archive from Legistar in two commands', () => {
  let cwd = '';
  beforeAll(() => {
    cwd = makeTempFolder();
  });

  it('1. the office records make a council that validates', { timeout: TIMEOUT }, async () => {
    const run = await runCli(
      [
        'import',
        'legistar',
        ...ROSTER,
        '--id',
        'vienna-va',
        '--name',
        'Vienna Town Council',
      ].concat(['--seats', '7', '--output', 'vienna']),
      { cwd },
    );
    expect(run.stderr).not.toMatch(STACK_TRACE);
    expect([run.code, run.stdout, run.stderr]).toEqual([0, '', 'overrule: wrote 1 file\n']);
    const council = readFileSync(join(cwd, 'vienna', 'council.yaml'), 'utf8');
    expectGolden(council, 'council.yaml');
    // 22 people, 32 entries: a one-day gap (New Year's Day 2026, 1 July 2014)
    // or the week of 2024-01-02 is a gap in the records, so a second entry.
    expect(council.match(/^ {2}- /gm)).toHaveLength(32);
    expect(council.match(/^ {6}[a-z0-9-]+: \d+$/gm)).toHaveLength(32);

    const validate = await runCli(['validate', 'vienna', '--format', 'json'], { cwd });
    expect([validate.code, (validate.json as JsonReport).problems]).toEqual([0, []]);
    const fmt = await runCli(['fmt', '--check', 'vienna'], { cwd });
    expect(fmt.code).toBe(0);
  });

  it(
    '2. votes with a member in office and no row stop the import, naming the member',
    { timeout: TIMEOUT },
    async () => {
      const run = await runCli(
        [
          'import',
          'legistar',
          ...VOTES,
          ...EVENT_ITEMS,
          fixture('events'),
          '--output',
          'vienna/roll-calls',
        ],
        { cwd },
      );
      expect(run.code).toBe(1);
      expect(problemLines(run.stderr)).toEqual([
        'vienna-va_votes_18707.json:1:1616 interop/matched-by-name',
        'vienna-va_votes_30400.json:1:2 interop/no-votes',
        'vienna-va_votes_18705.json:1:2 interop/missing-voter',
        'vienna-va_votes_18707.json:1:2 interop/missing-voter',
      ]);
      expect(run.stderr).toContain('no row for douglas-noble (Douglas Noble), in office that day');
      expect(run.stderr).toContain(
        'hint: make it certain: add 257 to laurie-dirocco at vienna/council.yaml:',
      );
      expect(run.stderr).toMatch(/overrule: nothing was written\n$/);
      expect(readdirSync(join(cwd, 'vienna', 'roll-calls'))).toEqual([]);
    },
  );

  it(
    '2. with --missing-as absent, six roll calls; the closed-session roster is left out',
    { timeout: TIMEOUT },
    async () => {
      const run = await runCli(
        ['import', 'legistar', ...VOTES, ...EVENT_ITEMS, fixture('events')].concat([
          '--output',
          'vienna/roll-calls',
          '--missing-as',
          'absent',
        ]),
        { cwd },
      );
      expect(run.stderr).not.toMatch(STACK_TRACE);
      expect(run.code).toBe(0);
      expect(problemLines(run.stderr)).toEqual([
        'vienna-va_votes_18707.json:1:1616 interop/matched-by-name',
        'vienna-va_votes_30400.json:1:2 interop/no-votes',
      ]);
      expect(run.stderr).toContain(
        'vienna/roll-calls/2016-06-06-16-156.yaml: the recorded result disagrees with the rule: ' +
          'recorded failed, but the votes give passed 5-2 (4 ayes required under the rule passage)\n',
      );
      expect(run.stderr).toMatch(
        /overrule: wrote 6 files; 1 recorded result disagreeing with the rule/,
      );
      const files = readdirSync(join(cwd, 'vienna', 'roll-calls')).sort();
      expect(files).toEqual([
        '2014-07-07-13-344.yaml',
        '2016-06-06-16-156.yaml',
        '2018-07-09-18-944.yaml',
        '2018-07-09-18-948.yaml',
        '2022-10-24-22-3433.yaml',
        '2023-09-25-23-3987.yaml',
      ]);
      for (const file of files) {
        expectGolden(
          readFileSync(join(cwd, 'vienna', 'roll-calls', file), 'utf8'),
          `roll-calls/${file}`,
        );
      }
    },
  );

  it(
    'validate finds exactly one problem: the majority Legistar records as failed',
    { timeout: TIMEOUT },
    async () => {
      const run = await runCli(['validate', 'vienna', '--format', 'json'], { cwd });
      const report = run.json as JsonReport;
      expect(run.code).toBe(1);
      expect(report.problems.map((p) => `${p.code} ${p.file}:${p.line}`)).toEqual([
        'tally/recorded-mismatch vienna/roll-calls/2016-06-06-16-156.yaml:16',
      ]);
    },
  );

  it(
    'each roll call tallies to the result Legistar records, but 16-156',
    { timeout: TIMEOUT },
    async () => {
      const outcomes: string[] = [];
      for (const file of readdirSync(join(cwd, 'vienna', 'roll-calls')).sort()) {
        const run = await runCli(['tally', join('vienna', 'roll-calls', file), '--json'], { cwd });
        const json = run.json as {
          result: string;
          required: number;
          counts: Record<string, number>;
          recorded: { result: string; matches: boolean };
        };
        outcomes.push(
          `${file} ${json.counts['aye'] ?? 0}-${json.counts['no'] ?? 0} ${json.result} ` +
            `(${json.required} required) recorded ${json.recorded.result}` +
            (json.recorded.matches ? '' : ' MISMATCH') +
            ` exit ${run.code}`,
        );
      }
      expect(outcomes).toEqual([
        '2014-07-07-13-344.yaml 4-0 passed (3 required) recorded passed exit 0',
        '2016-06-06-16-156.yaml 5-2 passed (4 required) recorded failed MISMATCH exit 1',
        '2018-07-09-18-944.yaml 4-2 passed (4 required) recorded passed exit 0',
        '2018-07-09-18-948.yaml 6-0 passed (4 required) recorded passed exit 0',
        '2022-10-24-22-3433.yaml 5-0 passed (3 required) recorded passed exit 0',
        '2023-09-25-23-3987.yaml 3-3 failed (4 required) recorded failed exit 0',
      ]);
    },
  );

  it(
    'export ocd gives the VoteEvents; import ocd gives back the same files',
    { timeout: TIMEOUT },
    async () => {
      const exported = await runCli(['export', 'ocd', 'vienna/roll-calls'], { cwd });
      expect(exported.code).toBe(0);
      expect(exported.stderr).toBe(
        'overrule: exported 6 vote events; 1 with a recorded result that disagrees with the rule (extras.recorded)\n',
      );
      expectGolden(exported.stdout, 'vote-events.json');
      const events = exported.json as {
        identifier: string;
        result: string;
        extras: { result: string; recorded: { result: string } };
      }[];
      expect(events.map((e) => `${e.identifier} ${e.result} ${e.extras.recorded.result}`)).toEqual([
        '2014-07-07-13-344 pass passed',
        '2016-06-06-16-156 pass failed',
        '2018-07-09-18-944 pass passed',
        '2018-07-09-18-948 pass passed',
        '2022-10-24-22-3433 pass passed',
        '2023-09-25-23-3987 fail failed',
      ]);

      writeFileSync(join(cwd, 'vote-events.json'), exported.stdout);
      const back = await runCli(
        ['import', 'ocd', 'vote-events.json', '--data', 'vienna', '--output', 'back'],
        { cwd },
      );
      expect(back.code).toBe(0);
      for (const file of readdirSync(join(cwd, 'vienna', 'roll-calls'))) {
        expect(readFileSync(join(cwd, 'back', file), 'utf8'), file).toBe(
          readFileSync(join(cwd, 'vienna', 'roll-calls', file), 'utf8'),
        );
      }
    },
  );

  it(
    'never overwrites a file that changed without --force; the same text is left alone',
    { timeout: TIMEOUT },
    async () => {
      const args = [
        'import',
        'legistar',
        fixture('votes_29267'),
        fixture('eventitems_1984'),
        fixture('events'),
      ];
      const same = await runCli([...args, '--output', 'vienna/roll-calls'], { cwd });
      expect([same.code, same.stderr]).toEqual([0, 'overrule: 1 file already up to date\n']);

      const path = join(cwd, 'vienna', 'roll-calls', '2022-10-24-22-3433.yaml');
      const before = readFileSync(path, 'utf8');
      writeFileSync(path, `# a clerk's comment\n${before}`);
      const refused = await runCli([...args, '--output', 'vienna/roll-calls'], { cwd });
      expect(refused.code).toBe(2);
      expect(refused.stderr).toContain(
        'would be overwritten: vienna/roll-calls/2022-10-24-22-3433.yaml',
      );
      expect(readFileSync(path, 'utf8')).toBe(`# a clerk's comment\n${before}`);

      const forced = await runCli([...args, '--output', 'vienna/roll-calls', '--force'], { cwd });
      expect(forced.code).toBe(0);
      expect(readFileSync(path, 'utf8')).toBe(before);
    },
  );

  it(
    'prints to stdout without --output, finding the council from the current folder',
    { timeout: TIMEOUT },
    async () => {
      const run = await runCli(
        [
          'import',
          'legistar',
          fixture('votes_31467'),
          fixture('eventitems_2180'),
          fixture('events'),
        ],
        { cwd: join(cwd, 'vienna') },
      );
      expect(run.code).toBe(0);
      expect(run.stdout).toBe(
        readFileSync(join(cwd, 'vienna', 'roll-calls', '2023-09-25-23-3987.yaml'), 'utf8'),
      );
      expect(run.stderr).toBe('overrule: printed 1 document\n');
    },
  );
});

describe('every copied Legistar file imports, in one command', () => {
  it(
    'a folder of all of them makes a council and its roll calls that validate',
    { timeout: TIMEOUT },
    async () => {
      const cwd = makeTempFolder();
      const run = await runCli(
        [
          'import',
          'legistar',
          FIXTURES,
          '--id',
          'vienna-va',
          '--seats',
          '7',
          '--join-gaps',
          '7',
        ].concat(['--missing-as', 'absent', '--output', 'all']),
        { cwd },
      );
      expect(run.stderr).not.toMatch(STACK_TRACE);
      expect(run.code).toBe(0);
      expect(readdirSync(join(cwd, 'all')).length).toBe(7);
      const validate = await runCli(['validate', 'all', '--format', 'json'], { cwd });
      expect((validate.json as JsonReport).problems.map((p) => p.code)).toEqual([
        'tally/recorded-mismatch',
      ]);
      // --join-gaps 7 joins the gaps of a week or less: one entry per person.
      const council = readFileSync(join(cwd, 'all', 'council.yaml'), 'utf8');
      expect(council.match(/^ {2}- /gm)).toHaveLength(22);
    },
  );

  it('a file of bodies alone has nothing to import (exit 2)', { timeout: TIMEOUT }, async () => {
    const run = await runCli(['import', 'legistar', fixture('bodies')], { cwd: makeTempFolder() });
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/^overrule: nothing to import: give the office records/);
  });

  it(
    'a new council needs --seats, and says what Legistar claims',
    { timeout: TIMEOUT },
    async () => {
      const run = await runCli(['import', 'legistar', ...ROSTER, '--id', 'vienna-va'], {
        cwd: makeTempFolder(),
      });
      expect([run.code, run.stderr]).toEqual([
        2,
        "overrule: say how many seats the council has with --seats N (Legistar's BodyNumberOfMembers says 7, which is often 0 or off by one)\n",
      ]);
    },
  );
});
