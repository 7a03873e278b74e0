import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { COUNCIL, ROLL_CALL } from '../support/valid-documents.js';
import { runCli, STACK_TRACE, writeTempFiles } from '../support/run-cli.js';

const RIVERTON = 'test/fixtures/tally/riverton';
const MILWAUKEE = 'ordinances/milwaukee';

interface ReportJson {
  filter: { from: string | null; to: string | null; measure: string | null };
  totals: Record<string, number>;
  councils: {
    council: { id: string; seats: number };
    measures: {
      measure: { id: string };
      rollCalls: { status: string; rollCall?: string; id?: string }[];
    }[];
    otherRollCalls: { status: string; rollCall?: string; date?: string }[];
    members: {
      id: string;
      rollCalls: number;
      cast: number;
      attended: number;
      losingSide: number;
      winningSide: number;
      votes: Record<string, number>;
    }[];
    agreement: { member: string; with: { member: string; together: number; agreed: number }[] }[];
    divided: {
      rollCall: string;
      ayes: number;
      noes: number;
      losingSide: string | null;
      noMembers: string[];
    }[];
    countOnly: number;
  }[];
  notTallied: {
    id: string | null;
    file: string;
    problems: { code: string; file: string; line: number | null; column: number | null }[];
  }[];
  otherProblemFiles: string[];
}

async function reportJson(
  ...args: string[]
): Promise<{ code: number; json: ReportJson; stderr: string }> {
  const { code, stdout, stderr } = await runCli(['report', ...args, '--format', 'json']);
  return { code, json: JSON.parse(stdout) as ReportJson, stderr };
}

describe('overrule report: the member record', () => {
  it('counts votes cast, attendance and the losing side per member, in roster order', async () => {
    const { code, json, stderr } = await reportJson(RIVERTON);
    // The override roll call's record disagrees with the computed result: reported, exit 1.
    expect(code).toBe(1);
    expect(stderr).toContain('1 recorded result(s) disagree');
    expect(json.totals).toEqual({
      rollCalls: 7,
      tallied: 7,
      notTallied: 0,
      hypothetical: 3,
      mismatches: 1,
      unverifiedRules: 2,
    });
    const [council] = json.councils;
    if (council === undefined) throw new Error('no council');
    // Dee Díaz took office after the last roll call with named votes: no record.
    expect(council.members.map((m) => m.id)).toEqual([
      'ada-ames',
      'ben-bell',
      'cal-cruz',
      'eli-erikson',
      'flo-ford',
      'gus-gray',
      'hal-hill',
    ]);
    const record = (id: string): [number, number, number, number, number] => {
      const m = council.members.find((x) => x.id === id);
      if (m === undefined) throw new Error(id);
      return [m.rollCalls, m.cast, m.attended, m.losingSide, m.winningSide];
    };
    // Ben: no on the budget (passed), aye without quorum, aye on the override (passed), no on the tie (passed).
    expect(record('ben-bell')).toEqual([4, 4, 4, 2, 1]);
    // Gus: absent, excused, then no twice on measures that passed.
    expect(record('gus-gray')).toEqual([4, 2, 2, 2, 0]);
    // Hal: aye on the budget, absent without quorum, no on the override, excused on the tie.
    expect(record('hal-hill')).toEqual([4, 2, 2, 1, 1]);
    expect(council.members.find((m) => m.id === 'gus-gray')?.votes).toEqual({
      aye: 0,
      no: 2,
      abstain: 0,
      present: 0,
      'not-voting': 0,
      recused: 0,
      excused: 1,
      absent: 1,
    });
    expect(council.countOnly).toBe(3);
  });

  it('gives the agreement of every pair over the roll calls both voted aye or no on', async () => {
    const { json } = await reportJson(RIVERTON);
    const agreement = json.councils[0]?.agreement ?? [];
    const cell = (a: string, b: string): [number, number] => {
      const c = agreement.find((r) => r.member === a)?.with.find((w) => w.member === b);
      if (c === undefined) throw new Error(`${a} ${b}`);
      return [c.agreed, c.together];
    };
    expect(agreement).toHaveLength(7);
    expect(agreement.every((r) => r.with.length === 7)).toBe(true);
    expect(cell('ada-ames', 'ben-bell')).toEqual([2, 4]);
    expect(cell('ada-ames', 'gus-gray')).toEqual([0, 2]);
    expect(cell('gus-gray', 'hal-hill')).toEqual([1, 1]);
    // Symmetric, and a member always agrees with themself.
    expect(cell('ben-bell', 'ada-ames')).toEqual(cell('ada-ames', 'ben-bell'));
    expect(cell('flo-ford', 'flo-ford')).toEqual([3, 3]);
  });

  it('lists the divided votes in date order with the losing side', async () => {
    const { json } = await reportJson(RIVERTON);
    const divided = json.councils[0]?.divided ?? [];
    expect(divided.map((d) => [d.rollCall, d.ayes, d.noes, d.losingSide])).toEqual([
      ['2024-03-05-budget', 4, 2, 'no'],
      ['2024-03-05-no-quorum', 3, 1, null],
      ['2024-03-05-override', 5, 2, 'no'],
      ['2024-03-05-tie', 3, 3, 'no'],
      ['2024-09-10-charter', 4, 1, 'no'],
      ['2025-02-01-charter', 6, 1, 'aye'],
    ]);
    expect(divided[0]?.noMembers).toEqual(['ben-bell', 'eli-erikson']);
  });
});

describe('overrule report: filters', () => {
  it('--from and --to keep the roll calls between the dates, inclusive', async () => {
    const { json } = await reportJson(RIVERTON, '--from', '2024-09-10', '--to', '2025-02-01');
    expect(json.filter).toEqual({ from: '2024-09-10', to: '2025-02-01', measure: null });
    expect(json.totals['rollCalls']).toBe(3);
    expect(json.councils[0]?.members).toEqual([]);
    const { json: none } = await reportJson(RIVERTON, '--from', '2030-01-01');
    expect(none.totals['rollCalls']).toBe(0);
    expect(none.councils).toEqual([]);
  });

  it('--measure keeps one measure and its roll calls', async () => {
    const { code, json } = await reportJson(MILWAUKEE, '--measure', '230359');
    expect(code).toBe(0);
    expect(json.councils[0]?.measures.map((m) => m.measure.id)).toEqual(['230359']);
    expect(json.totals['rollCalls']).toBe(1);
    expect(json.councils[0]?.members).toHaveLength(15);
  });

  it('refuses a date that is not YYYY-MM-DD, dates in the wrong order and an unknown measure (exit 2)', async () => {
    for (const args of [
      ['--from', '2024-02-30'],
      ['--to', '24-01-01'],
      ['--from', '2025-01-01', '--to', '2024-01-01'],
      ['--measure', 'nope'],
      ['--format', 'html', '--flavor', 'github'],
      ['-'],
    ]) {
      const { code, stdout, stderr } = await runCli(['report', MILWAUKEE, ...args]);
      expect(code, args.join(' ')).toBe(2);
      expect(stdout).toBe('');
      expect(stderr).not.toMatch(STACK_TRACE);
    }
    const { stderr } = await runCli(['report', MILWAUKEE, '--measure', 'nope']);
    expect(stderr).toContain('230359, hyp-2026-frt');
  });

  it('exits 2 for a path that does not exist or holds no YAML', async () => {
    expect((await runCli(['report', 'no/such/folder'])).code).toBe(2);
    const empty = writeTempFiles({ 'notes.txt': 'nothing' });
    expect((await runCli(['report', empty])).code).toBe(2);
  });
});

describe('overrule report: roll calls with errors', () => {
  it('lists every roll call it cannot tally, with file:line:col, and still writes the report (exit 1)', async () => {
    const folder = writeTempFiles({
      'council.yaml': COUNCIL,
      // An unknown member (line 10).
      'rc-unknown.yaml': ROLL_CALL.replace('id: rc-1', 'id: rc-unknown').replace(
        'dan: aye',
        'zed: aye',
      ),
      // Fails its schema: no date.
      'rc-schema.yaml': ROLL_CALL.replace('id: rc-1', 'id: rc-schema').replace(
        'date: 2024-09-01\n',
        '',
      ),
      // Not YAML at all past the kind.
      'rc-broken.yaml': 'kind: roll-call\nversion: 1\nid: [unclosed\n',
      'rc-good.yaml': ROLL_CALL,
    });
    const { code, stdout, stderr } = await runCli(['report', folder, '--format', 'json'], {
      cwd: folder,
    });
    expect(code).toBe(1);
    expect(stderr).toContain('3 roll call(s) could not be tallied');
    const json = JSON.parse(stdout) as ReportJson;
    expect(json.totals['tallied']).toBe(1);
    const byFile = new Map(json.notTallied.map((r) => [r.file.replace(/^.*[\\/]/, ''), r]));
    expect([...byFile.keys()].sort()).toEqual([
      'rc-broken.yaml',
      'rc-schema.yaml',
      'rc-unknown.yaml',
    ]);
    const unknown = byFile.get('rc-unknown.yaml');
    expect(unknown?.id).toBe('rc-unknown');
    expect(unknown?.problems.map((p) => [p.code, p.line])).toContainEqual([
      'ref/unknown-member',
      10,
    ]);
    expect(byFile.get('rc-schema.yaml')?.problems.some((p) => p.code.startsWith('schema/'))).toBe(
      true,
    );
    expect(byFile.get('rc-broken.yaml')?.problems.length).toBeGreaterThan(0);
    // Every kind of listing shows them: markdown too.
    const md = await runCli(['report', folder], { cwd: folder });
    expect(md.stdout).toContain('## Not tallied');
    expect(md.stdout).toContain('rc-unknown.yaml:10:');
  });
});

describe('overrule report: formats', () => {
  it('plain markdown has no GitHub alert syntax; --flavor github has it', async () => {
    const plain = await runCli(['report', MILWAUKEE]);
    expect(plain.code).toBe(0);
    expect(plain.stdout).not.toContain('[!');
    expect(plain.stdout).toContain('> **HYPOTHETICAL roll calls**');
    const github = await runCli([
      'report',
      MILWAUKEE,
      '--format',
      'markdown',
      '--flavor',
      'github',
    ]);
    expect(github.stdout).toContain('> [!WARNING]');
    expect(github.stdout).toContain('> [!CAUTION]');
  });

  it('csv has one row per member per roll call, one for a roll call of counts', async () => {
    const { stdout } = await runCli(['report', MILWAUKEE, '--format', 'csv']);
    const lines = stdout.split('\r\n').filter((l) => l !== '');
    // Header, 15 members on 2023-07-11, one row each for the two roll calls of counts.
    expect(lines).toHaveLength(1 + 15 + 2);
    expect(lines[0]?.split(',')).toContain('member');
    expect(lines.filter((l) => l.includes(',andrea-pratt,'))).toHaveLength(1);
  });

  it('writes --output atomically and names the file only when whole', async () => {
    const folder = writeTempFiles({});
    const out = join(folder, 'report.html');
    const { code } = await runCli(['report', MILWAUKEE, '--format', 'html', '--output', out]);
    expect(code).toBe(0);
    const html = readFileSync(out, 'utf8');
    expect(html.startsWith('<!DOCTYPE html>')).toBe(true);
    expect(html.match(/<circle class="seat /g)).toHaveLength(45);
  });
});
