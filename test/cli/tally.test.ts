import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runInMemory } from './tally-memory-io.js';

const RIVERTON = 'test/fixtures/tally/riverton';
const rollCall = (name: string): string => `${RIVERTON}/roll-calls/${name}.yaml`;

interface TallyJson {
  result: string;
  required: number;
  basis: number;
  margin: number;
  ayes: number;
  noes: number;
  counts: Record<string, number>;
  quorum: { required: number; present: number; met: boolean } | null;
  rule: {
    id: string;
    citation: string | null;
    verified: boolean | null;
    version: { number: number; of: number };
  };
  hypothetical: boolean;
  recorded: { result: string | null; tally: string | null; matches: boolean } | null;
  executive: { vote: string; counted: boolean } | null;
  explanation: string[];
  warnings: string[];
}

async function tallyJson(
  file: string,
  ...flags: string[]
): Promise<{ code: number; json: TallyJson; stderr: string }> {
  const { code, stdout, stderr } = await runInMemory(['tally', file, '--json', ...flags]);
  return { code, json: JSON.parse(stdout) as TallyJson, stderr };
}

describe('overrule tally --json', () => {
  it('tallies a roll call by member under a majority rule, synonyms counted', async () => {
    const { code, json } = await tallyJson(rollCall('2024-03-05-budget'));
    expect(code).toBe(0);
    expect([json.result, json.required, json.basis, json.margin]).toEqual(['passed', 4, 6, 0]);
    expect(json.counts).toEqual({
      aye: 4,
      no: 2,
      abstain: 0,
      present: 0,
      'not-voting': 0,
      recused: 0,
      excused: 0,
      absent: 1,
      vacant: 0,
    });
    expect(json.quorum).toEqual({ required: 4, present: 6, met: true });
    expect(json.recorded).toEqual({
      result: 'passed',
      tally: '4-2',
      matches: true,
      tallyReading: 'members',
    });
    expect([json.rule.id, json.rule.citation, json.hypothetical]).toEqual([
      'passage',
      'Riverton Charter § 3.1',
      false,
    ]);
    expect(json.explanation.length).toBeGreaterThan(3);
  });

  it("counts the mayor's tie-breaking vote where the rule allows it", async () => {
    const { code, json } = await tallyJson(rollCall('2024-03-05-tie'));
    expect(code).toBe(0);
    expect([json.result, json.ayes, json.noes, json.required]).toEqual(['passed', 4, 3, 4]);
    expect(json.executive).toMatchObject({ vote: 'aye', counted: true });
    expect(json.recorded?.matches).toBe(true);
  });

  it('reports no quorum whatever the count; --expect-pass then exits 1', async () => {
    const plain = await tallyJson(rollCall('2024-03-05-no-quorum'));
    expect(plain.code).toBe(0);
    expect([plain.json.result, plain.json.quorum]).toEqual([
      'no-quorum',
      { required: 5, present: 4, met: false },
    ]);
    const strict = await tallyJson(rollCall('2024-03-05-no-quorum'), '--expect-pass');
    expect(strict.code).toBe(1);
    expect(strict.stderr).toContain('no-quorum');
  });

  it('passes --expect-pass when the result is passed', async () => {
    const { code } = await tallyJson(rollCall('2024-03-05-budget'), '--expect-pass');
    expect(code).toBe(0);
  });

  it('shows a recorded result that disagrees, and exits 1', async () => {
    const { code, json, stderr } = await tallyJson(rollCall('2024-03-05-override'));
    expect(code).toBe(1);
    expect([json.result, json.required, json.recorded]).toEqual([
      'passed',
      5,
      // the tally agrees (read as the members' votes); the result does not
      { result: 'failed', tally: '5-2', matches: false, tallyReading: 'members' },
    ]);
    expect(json.rule.verified).toBe(false);
    expect(json.warnings.some((w) => w.includes('verified: false'))).toBe(true);
    expect(stderr).toContain('tally/recorded-mismatch');
  });

  it('works from counts with a vacancy, under the rule version in force on the date', async () => {
    const { code, json } = await tallyJson(rollCall('2024-09-10-charter'));
    expect(code).toBe(0);
    expect([json.result, json.required, json.basis, json.counts.vacant]).toEqual([
      'passed',
      4,
      6,
      1,
    ]);
    expect(json.rule.version).toMatchObject({ number: 1, of: 2 });
    expect(json.hypothetical).toBe(true);
  });

  it('chooses a roll call with --id when a file holds several; unanimity applies from 2025', async () => {
    const file = rollCall('2025-02-01-charter');
    const several = await runInMemory(['tally', file, '--json']);
    expect(several.code).toBe(2);
    expect(several.stderr).toContain('--id');
    const sixToOne = await tallyJson(file, '--id', '2025-02-01-charter');
    expect([
      sixToOne.json.result,
      sixToOne.json.required,
      sixToOne.json.rule.version.number,
    ]).toEqual(['failed', 7, 2]);
    const unanimous = await tallyJson(file, '--id', '2025-02-01-charter-unanimous');
    expect([unanimous.json.result, unanimous.json.margin]).toEqual(['passed', 0]);
    const missing = await runInMemory(['tally', file, '--id', 'nope']);
    expect(missing.code).toBe(2);
  });

  it('reads stdin with --data', async () => {
    const text = readFileSync(rollCall('2024-03-05-budget'), 'utf8');
    const { code, stdout } = await runInMemory(['tally', '-', '--data', RIVERTON, '--json'], {
      stdin: text,
    });
    expect(code).toBe(0);
    expect((JSON.parse(stdout) as TallyJson).required).toBe(4);
  });
});

describe('overrule tally: errors', () => {
  it('prints validation errors affecting the roll call, exit 1, no report', async () => {
    const { code, stdout, stderr } = await runInMemory([
      'tally',
      'test/fixtures/tally/broken/roll-calls/unknown-member.yaml',
    ]);
    expect(code).toBe(1);
    expect(stdout).toBe('');
    expect(stderr).toContain('ref/unknown-member');
    expect(stderr).toContain('roll-call/missing-member');
    // in the order of the file, as validate shows them
    expect(stderr).toMatch(/unknown-member\.yaml\n\s+7:1 [^\n]*missing-member[\s\S]*\n\s+10:3 /);
  });

  it('is an error, never a default, when no rule version is in force', async () => {
    const { code, stderr } = await runInMemory([
      'tally',
      'test/fixtures/tally/broken/roll-calls/too-early.yaml',
    ]);
    expect(code).toBe(1);
    expect(stderr).toContain('rule/no-version-in-force');
  });

  it('exits 2 for a missing file, a missing council and bad flags', async () => {
    expect((await runInMemory(['tally', `${RIVERTON}/nope.yaml`])).code).toBe(2);
    // no folder from test/fixtures/tally/lonely up to / holds a council
    const noCouncil = await runInMemory([
      'tally',
      'test/fixtures/tally/lonely/no-council-here.yaml',
    ]);
    expect(noCouncil.code).toBe(2);
    expect(noCouncil.stderr).toContain('--data');
    expect(
      (await runInMemory(['tally', rollCall('2024-03-05-budget'), '--format', 'pdf'])).code,
    ).toBe(2);
    expect(
      (await runInMemory(['tally', rollCall('2024-03-05-budget'), '--json', '--format', 'csv']))
        .code,
    ).toBe(2);
    expect((await runInMemory(['tally', RIVERTON + '/council.yaml'])).code).toBe(2);
    expect((await runInMemory(['tally', RIVERTON])).stderr).toContain('is a folder');
    const noData = await runInMemory(['tally', rollCall('2024-03-05-budget'), '--data', 'nope']);
    expect([noData.code, noData.stderr]).toEqual([2, 'overrule: --data nope: no such folder\n']);
  });
});

describe('overrule tally: formats', () => {
  it('defaults to the table, also when piped', async () => {
    const { code, stdout } = await runInMemory(['tally', rollCall('2024-03-05-budget')]);
    expect(code).toBe(0);
    expect(stdout).toMatch(/│ Hal Hill +│ 7 +│ president │ aye +│/);
    expect(stdout).toContain('✔ PASSED: 4 ayes, 4 required, margin 0');
  });

  it('shouts about a hypothetical roll call', async () => {
    const table = await runInMemory(['tally', rollCall('2024-09-10-charter')]);
    expect(table.stdout.split('\n')[1]).toContain('HYPOTHETICAL');
    const md = await runInMemory(['tally', rollCall('2024-09-10-charter'), '--format', 'markdown']);
    expect(md.stdout).toContain('> [!WARNING]\n> **HYPOTHETICAL');
  });

  it('writes csv with a header and one zero-filled row', async () => {
    const { stdout } = await runInMemory(['tally', rollCall('2024-03-05-budget'), '-f', 'csv']);
    const [header, row, rest] = stdout.split('\r\n');
    const cells = new Map(
      (header ?? '').split(',').map((name, i) => [name, (row ?? '').split(',')[i]]),
    );
    expect([
      cells.get('result'),
      cells.get('required'),
      cells.get('absent'),
      cells.get('vacant'),
    ]).toEqual(['passed', '4', '1', '0']);
    expect(rest).toBe('');
  });

  it('writes --output atomically', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'overrule-tally-'));
    try {
      const target = join(dir, 'tally.json');
      const { code, stdout } = await runInMemory([
        'tally',
        rollCall('2024-03-05-budget'),
        '--json',
        '-o',
        target,
      ]);
      expect([code, stdout]).toEqual([0, '']);
      expect((JSON.parse(readFileSync(target, 'utf8')) as TallyJson).required).toBe(4);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
