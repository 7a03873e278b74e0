import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli, STACK_TRACE, writeTempFiles } from '../support/run-cli.js';

const TIMEOUT = 60_000;

const COUNCIL = `kind: council
version: 1
id: testville
name: Testville Council
seats: 3
members:
  - { id: ann-adams, name: Ann Adams, from: 2020-01-01 }
  - { id: bo-baker, name: Bo Baker, from: 2020-01-01 }
  - { id: cy-cruz, name: Cy Cruz, from: 2020-01-01 }
rules:
  passage:
    threshold: { fraction: 1/2, of: voting, compare: more-than }
interop:
  legistar:
    vote_values:
      Jury Duty: excused
    persons:
      ann-adams: 1
`;

function votesJson(labels: readonly string[]): string {
  const names = ['Ann Adams', 'Bo Baker', 'Cy Cruz'];
  return JSON.stringify(
    labels.map((label, i) => ({
      VoteId: i + 1,
      VotePersonId: i + 1,
      VotePersonName: names[i],
      VoteValueName: label,
      VoteEventItemId: 70,
    })),
  );
}

describe('import legistar: problems, at their places', () => {
  it(
    'names an unmapped label and the line of the council file to map it on',
    { timeout: TIMEOUT },
    async () => {
      const cwd = writeTempFiles({
        'council.yaml': COUNCIL,
        'votes.json': votesJson(['Aye', 'Jury Duty', 'Medical']),
      });
      const run = await runCli(['import', 'legistar', 'votes.json', '--date', '2024-03-05'], {
        cwd,
      });
      expect(run.stderr).not.toMatch(STACK_TRACE);
      expect([run.code, run.stdout]).toEqual([1, '']);
      const col = votesJson(['Aye', 'Jury Duty', 'Medical']).indexOf('"Medical"') + 1;
      expect(run.stderr).toBe(
        `votes.json:1:${col}: error: row 3, Cy Cruz (person 3): the vote label "Medical" has no mapping [interop/vote-label]\n` +
          '  hint: say what it records at council.yaml:15, under interop.legistar.vote_values: "Medical": aye|no|abstain|present|not-voting|recused|excused|absent|vacant\n' +
          'overrule: nothing was written\n',
      );
    },
  );

  it('with the label mapped, prints a roll call that validates', { timeout: TIMEOUT }, async () => {
    const cwd = writeTempFiles({
      'council.yaml': COUNCIL.replace(
        'Jury Duty: excused',
        'Jury Duty: excused\n      Medical: excused',
      ),
      'votes.json': votesJson(['Aye', 'Jury Duty', 'Medical']),
    });
    const run = await runCli(['import', 'legistar', 'votes.json', '--date', '2024-03-05'], { cwd });
    expect([run.code, run.stderr]).toEqual([0, 'overrule: printed 1 document\n']);
    expect(run.stdout).toBe(`kind: roll-call
version: 1
id: 2024-03-05-item-70
council: testville
date: 2024-03-05
rule: passage
votes:
  ann-adams: aye
  bo-baker: excused
  cy-cruz: excused
notes: "Imported from Legistar: event item 70."
`);
  });

  it(
    'refuses a file that is not JSON, or not a Legistar response, with its place',
    { timeout: TIMEOUT },
    async () => {
      const cwd = writeTempFiles({
        'council.yaml': COUNCIL,
        'bad.json': '[{"VoteId": 1,}]',
        'other.json': '{"hello": "world"}',
      });
      const run = await runCli(['import', 'legistar', 'bad.json', 'other.json'], { cwd });
      expect(run.code).toBe(1);
      expect(run.stderr.split('\n').filter((l) => !l.startsWith('  '))).toEqual([
        'bad.json:1:15: error: not valid JSON: Expected double-quoted property name in JSON at position 14 [interop/json]',
        'other.json:1:1: error: not a Legistar response overrule reads [interop/unknown-records]',
        'overrule: nothing was written',
        '',
      ]);
    },
  );

  it('says what is wrong with a flag or a path (exit 2)', { timeout: TIMEOUT }, async () => {
    const cwd = writeTempFiles({ 'council.yaml': COUNCIL, 'votes.json': votesJson(['Aye']) });
    const cases: [string[], string][] = [
      [['--seats', 'seven'], '--seats seven: give a whole number from 1 to 10000'],
      [
        ['--missing-as', 'maybe'],
        '--missing-as maybe: give one of aye, no, abstain, present, not-voting, recused, excused, absent',
      ],
      [['--since', '2024-02-30'], '--since 2024-02-30: give a date as YYYY-MM-DD'],
      [
        ['--into', 'council.yaml', '--id', 'x'],
        "--into keeps the council file's id and name; leave out --id and --name",
      ],
      [['--rule', 'veto'], '--rule veto: the council "testville" has no such rule; it has passage'],
      [
        ['--output', 'no/such/folder'],
        '--output no/such/folder: the folder no/such does not exist',
      ],
    ];
    for (const [flags, message] of cases) {
      const run = await runCli(
        ['import', 'legistar', 'votes.json', '--date', '2024-03-05', ...flags],
        { cwd },
      );
      expect([run.code, run.stderr], flags.join(' ')).toEqual([2, `overrule: ${message}\n`]);
    }
    const missing = await runCli(['import', 'legistar', 'nope.json'], { cwd });
    expect([missing.code, missing.stderr]).toEqual([
      2,
      'overrule: nope.json: no such file or folder\n',
    ]);
  });
});

describe('import legistar --into', () => {
  it(
    'replaces the members of a council file in place, keeping the rest',
    { timeout: TIMEOUT },
    async () => {
      const records = [
        [1, 'Ann', 'Adams', '2020-01-01', '2023-12-31'],
        [4, 'Di', 'Diaz', '2024-01-01', null],
      ].map(([person, first, last, start, end], i) => ({
        OfficeRecordId: i + 1,
        OfficeRecordPersonId: person,
        OfficeRecordBodyId: 9,
        OfficeRecordBodyName: 'COUNCIL',
        OfficeRecordFirstName: first,
        OfficeRecordLastName: last,
        OfficeRecordFullName: `${String(first)} ${String(last)}`,
        OfficeRecordTitle: 'Council Member',
        OfficeRecordStartDate: `${String(start)}T00:00:00`,
        OfficeRecordEndDate: end === null ? null : `${String(end)}T00:00:00`,
      }));
      const cwd = writeTempFiles({
        'council.yaml': COUNCIL,
        'records.json': JSON.stringify(records),
      });
      const run = await runCli(['import', 'legistar', 'records.json', '--into', 'council.yaml'], {
        cwd,
      });
      expect([run.code, run.stdout]).toEqual([0, '']);
      expect(run.stderr).toBe(
        'overrule: council.yaml: 1 members kept (1 with new dates), 1 added, 2 removed (bo-baker, cy-cruz)\n' +
          'overrule: wrote 1 file\n',
      );
      expect(readFileSync(join(cwd, 'council.yaml'), 'utf8')).toBe(
        COUNCIL.replace(
          '  - { id: ann-adams, name: Ann Adams, from: 2020-01-01 }\n  - { id: bo-baker, name: Bo Baker, from: 2020-01-01 }\n  - { id: cy-cruz, name: Cy Cruz, from: 2020-01-01 }\n',
          '  - { id: ann-adams, name: Ann Adams, from: 2020-01-01, to: 2023-12-31 }\n  - { id: di-diaz, name: Di Diaz, from: 2024-01-01 }\n',
        ).replace('      ann-adams: 1\n', '      ann-adams: 1\n      di-diaz: 4\n'),
      );
    },
  );
});

describe('export ocd on the bundled Milwaukee archive', () => {
  it(
    'exports the real roll call; the hypothetical ones only when asked',
    { timeout: TIMEOUT },
    async () => {
      const run = await runCli(['export', 'ocd', 'ordinances/milwaukee']);
      expect(run.code).toBe(0);
      expect(run.stderr).toBe(
        'overrule: exported 1 vote event; left out 2 hypothetical (--hypothetical includes them)\n',
      );
      const [event] = run.json as {
        identifier: string;
        result: string;
        bill: string;
        extras: Record<string, unknown>;
      }[];
      expect([event?.identifier, event?.result, event?.bill]).toEqual([
        '2023-07-11-230359',
        'pass',
        '230359',
      ]);
      expect(event?.extras).toMatchObject({ rule: 'passage', required: 8, result: 'passed' });

      const all = await runCli(['export', 'ocd', 'ordinances/milwaukee', '--hypothetical']);
      const events = all.json as {
        identifier: string;
        result: string;
        extras: { required: number; citation: string; hypothetical: boolean };
      }[];
      expect(
        events.map(
          (e) => `${e.identifier} ${e.result} ${e.extras.required} ${e.extras.hypothetical}`,
        ),
      ).toEqual([
        '2023-07-11-230359 pass 8 false',
        '2026-03-24-frt-scenario-10-5 pass 10 true',
        '2026-03-24-frt-scenario-11-4 pass 10 true',
      ]);
      expect(events[1]?.extras.citation).toMatch(/^Wis\. Stat\. § 62\.50/);
    },
  );

  it(
    'writes one file per vote event with --output, and refuses roll calls with errors',
    { timeout: TIMEOUT },
    async () => {
      const cwd = writeTempFiles({
        'council.yaml': COUNCIL,
        'ok.yaml':
          'kind: roll-call\nversion: 1\nid: ok\ncouncil: testville\ndate: 2024-03-05\nrule: passage\nvotes: { ann-adams: aye, bo-baker: aye, cy-cruz: no }\n',
      });
      const written = await runCli(['export', 'ocd', '.', '--output', 'ocd'], { cwd });
      expect([written.code, readdirSync(join(cwd, 'ocd'))]).toEqual([0, ['ok.json']]);

      const broken = writeTempFiles({
        'council.yaml': COUNCIL,
        'rc.yaml':
          'kind: roll-call\nversion: 1\nid: rc\ncouncil: testville\ndate: 2024-03-05\nrule: passage\nvotes: { ann-adams: aye }\n',
      });
      const run = await runCli(['export', 'ocd', 'rc.yaml'], { cwd: broken });
      expect([run.code, run.stdout]).toEqual([1, '']);
      expect(run.stderr).toMatch(/^rc\.yaml:7:\d+: error: .*\[roll-call\/missing-member\]\n/);
      expect(run.stderr).toMatch(/overrule: nothing was exported\n$/);
    },
  );
});

describe('import ocd', () => {
  it(
    'reads standard input, and a file that is not JSON is reported at its place',
    { timeout: TIMEOUT },
    async () => {
      const cwd = writeTempFiles({ 'council.yaml': COUNCIL, 'bad.json': '{"votes": [}' });
      const bad = await runCli(['import', 'ocd', 'bad.json'], { cwd });
      expect([bad.code, bad.stderr.split('\n')[0]]).toEqual([
        1,
        'bad.json:1:12: error: not valid JSON: Unexpected token \'}\', "{"votes": [}" is not valid JSON [interop/json]',
      ]);
      const event = {
        identifier: 'v1',
        start_date: '2024-03-05',
        result: 'fail',
        votes: [
          { option: 'yes', voter_name: 'Ann Adams' },
          { option: 'no', voter_name: 'Bo Baker' },
          { option: 'no', voter_name: 'Cy Cruz' },
        ],
      };
      const run = await runCli(['import', 'ocd', '-'], { cwd, stdin: JSON.stringify([event]) });
      expect([run.code, run.stderr]).toEqual([0, 'overrule: printed 1 document\n']);
      expect(run.stdout).toContain(
        'votes:\n  ann-adams: aye\n  bo-baker: no\n  cy-cruz: no\nrecorded: { result: failed }\n',
      );
    },
  );
});
