import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runInMemory } from './tally-memory-io.js';

const MILWAUKEE = 'ordinances/milwaukee/whip-counts/frt-moratorium-whip.yaml';
const LAKESIDE = 'test/fixtures/whip/lakeside';
const PARKING = `${LAKESIDE}/whip-counts/parking.yaml`;
const OVERRIDE = `${LAKESIDE}/whip-counts/override.yaml`;

interface Member {
  key: string;
  kind: string;
  id: string | null;
  bloc: number | null;
  size: number;
  stance: string;
  probability: string;
  attendance: string;
  gain: string;
  gain_decimal: number;
  pass_probability_if_won: string;
}

interface WhipJson {
  probability: string;
  probability_decimal: number;
  quorum_probability: string;
  expected_ayes: string;
  most_likely_ayes: number;
  best: { ayes: number; result: string };
  worst: { ayes: number; result: string };
  distribution: { ayes: number; probability: string; probability_decimal: number }[];
  members: Member[];
  persuade: string[];
  persuade_probability: string;
  persuade_reached: boolean;
  rule: { id: string; citation: string | null; verified: boolean | null };
  hypothetical: boolean;
  readings: { of: string; compare: string; probability: string; as_written: boolean }[] | null;
  warnings: string[];
  explanation: string[];
}

async function whipJson(
  ...args: string[]
): Promise<{ code: number; json: WhipJson; stderr: string }> {
  const { code, stdout, stderr } = await runInMemory(['whip', ...args, '--json']);
  return { code, json: JSON.parse(stdout) as WhipJson, stderr };
}

function fraction(text: string): { n: bigint; d: bigint } {
  const [n = '', d = ''] = text.split('/');
  return { n: BigInt(n), d: BigInt(d) };
}

const FRACTION = /^\d+\/[1-9]\d*$/;

describe('overrule whip --json (SPEC 2.1)', () => {
  it('projects the bundled Milwaukee whip count: exact chance, distribution summing to 1', async () => {
    const { code, json } = await whipJson(MILWAUKEE);
    expect(code).toBe(0);
    expect(json.probability).toMatch(FRACTION);
    const p = fraction(json.probability);
    expect(json.probability_decimal).toBeCloseTo(Number(p.n) / Number(p.d), 12);
    expect(json.probability_decimal).toBeGreaterThan(0.9);
    expect(json.probability_decimal).toBeLessThan(0.96);
    expect(json.distribution.map((d) => d.ayes)).toEqual([...Array(16).keys()]);
    let sum = { n: 0n, d: 1n };
    for (const d of json.distribution) {
      const f = fraction(d.probability);
      sum = { n: sum.n * f.d + f.n * sum.d, d: sum.d * f.d };
    }
    expect(sum.n).toBe(sum.d);
    expect(json.expected_ayes).toBe('4731/400'); // 11 × 0.95 × 0.95 + 4 × 0.95 × 0.5
    expect([json.best, json.worst]).toEqual([
      { ayes: 15, result: 'passed' },
      { ayes: 0, result: 'no-quorum' },
    ]);
    expect(
      json.members.map((m) => [m.key, m.kind, m.size, m.stance, m.probability, m.attendance]),
    ).toEqual([
      ['bloc:1', 'bloc', 11, 'yes', '19/20', '19/20'],
      ['bloc:uncovered', 'uncovered', 4, 'undecided', '1/2', '19/20'],
    ]);
    expect([json.persuade, json.persuade_reached]).toEqual([[], true]);
    expect([json.rule.id, json.rule.verified, json.hypothetical]).toEqual([
      'policy-override',
      false,
      true,
    ]);
    expect(json.warnings.some((w) => w.includes('verified: false'))).toBe(true);
    expect(json.readings).toBeNull();
  });

  it('names whom to persuade for a higher target, and the list really gets there', async () => {
    const { json } = await whipJson(MILWAUKEE, '--target', '0.99');
    expect(json.persuade).toEqual(['bloc:uncovered', 'bloc:uncovered']);
    const reached = fraction(json.persuade_probability);
    expect(reached.n * 100n >= reached.d * 99n).toBe(true);
    const { json: percent } = await whipJson(MILWAUKEE, '--target', '99%');
    expect(percent.persuade).toEqual(json.persuade);
  });

  it('gives each member the gain of a certain aye, which --assume ID=aye reproduces', async () => {
    const { json } = await whipJson(PARKING);
    expect(json.members.map((m) => m.key)).toEqual([
      'ana-alba',
      'ben-bose',
      'cy-cole',
      'di-dunn',
      'ed-eng',
      'fi-fox',
    ]);
    for (const member of json.members) {
      const { code, json: what } = await whipJson(PARKING, '--assume', `${member.key}=aye`);
      expect(code).toBe(0);
      expect(what.probability).toBe(member.pass_probability_if_won);
    }
    expect(json.members.find((m) => m.key === 'fi-fox')?.stance).toBe('undecided');
  });

  it('takes several --assume and an --attendance what-if', async () => {
    const { code, json } = await whipJson(
      PARKING,
      '--assume',
      'ana-alba=absent',
      '--assume',
      'ed-eng=no',
      '--attendance',
      '1',
    );
    expect(code).toBe(0);
    const members = new Map(json.members.map((m) => [m.key, m]));
    expect(members.get('ana-alba')?.attendance).toBe('1/1');
    expect(json.explanation.some((l) => l.includes('ana-alba is taken to be absent'))).toBe(true);
    // everyone else present: no quorum problem with 5 of 7 seats
    expect(json.quorum_probability).toBe('1/1');
  });

  it('shows every reading of the rule side by side with --all-readings', async () => {
    const { json } = await whipJson(OVERRIDE, '--all-readings');
    expect(json.readings?.length).toBe(10);
    expect(json.readings?.filter((r) => r.as_written).map((r) => [r.of, r.compare])).toEqual([
      ['seats', 'at-least'],
    ]);
    const written = json.readings?.find((r) => r.as_written);
    expect(written?.probability).toBe(json.probability);
  });
});

describe('overrule whip: bad input', () => {
  it('refuses a whip count with errors, printing them with positions; exit 1, no report', async () => {
    const folder = mkdtempSync(join(tmpdir(), 'overrule-whip-'));
    try {
      writeFileSync(join(folder, 'council.yaml'), readFileSync(`${LAKESIDE}/council.yaml`));
      writeFileSync(
        join(folder, 'w.yaml'),
        'kind: whip-count\nversion: 1\nid: w\ncouncil: lakeside\nrule: passage\nas_of: 2025-07-01\npositions:\n  ana-albaa: yes\n',
      );
      const { code, stdout, stderr } = await runInMemory([
        'whip',
        join(folder, 'w.yaml'),
        '--no-color',
      ]);
      expect(code).toBe(1);
      expect(stdout).toBe('');
      expect(stderr).toContain('8:3');
      expect(stderr).toContain('ref/unknown-member');
      expect(stderr).toContain('cannot be projected');
    } finally {
      rmSync(folder, { recursive: true, force: true });
    }
  });

  it('projects with a warning where the rule gives the executive no tie vote', async () => {
    const folder = mkdtempSync(join(tmpdir(), 'overrule-whip-'));
    try {
      writeFileSync(join(folder, 'council.yaml'), readFileSync(`${LAKESIDE}/council.yaml`));
      const text = readFileSync(OVERRIDE, 'utf8') + 'executive: yes\n';
      writeFileSync(join(folder, 'w.yaml'), text);
      const { code, json } = await whipJson(join(folder, 'w.yaml'));
      expect(code).toBe(0);
      expect(json.warnings.some((w) => w.includes('does not let the Mayor break a tie'))).toBe(
        true,
      );
      const validated = await runInMemory(['validate', folder, '--format', 'json']);
      expect(validated.code).toBe(0);
      expect(validated.stdout).toContain('whip/executive-tie-vote');
    } finally {
      rmSync(folder, { recursive: true, force: true });
    }
  });

  it.each([
    [['--assume', 'ana-alba'], 'is not ID=VOTE'],
    [['--assume', 'ana-alba=maybe'], 'not aye, no or absent'],
    [['--assume', 'ana-albo=aye'], 'did you mean "ana-alba"'],
    [['--assume', 'ana-alba=aye', '--assume', 'ana-alba=no'], 'more than once'],
    [['--attendance', '1.5'], 'more than 1'],
    [['--attendance', 'high'], 'is not a chance'],
    [['--target', '0'], 'always reached'],
    [['--json', '--format', 'table'], 'cannot be used with'],
    [['--format', 'pdf'], 'Allowed choices'],
  ])('refuses %j with exit 2', async (flags, message) => {
    const { code, stdout, stderr } = await runInMemory(['whip', PARKING, ...flags]);
    expect(code).toBe(2);
    expect(stdout).toBe('');
    expect(stderr).toContain(message);
  });

  it('refuses --assume for a member hidden among blocs', async () => {
    const { code, stderr } = await runInMemory(['whip', MILWAUKEE, '--assume', 'andrea-pratt=aye']);
    expect(code).toBe(2);
    expect(stderr).toContain('does not name andrea-pratt');
  });

  it('refuses a folder, and a file with no council above it', async () => {
    expect((await runInMemory(['whip', LAKESIDE])).code).toBe(2);
    const folder = mkdtempSync(join(tmpdir(), 'overrule-whip-'));
    try {
      writeFileSync(join(folder, '.git'), '');
      writeFileSync(join(folder, 'w.yaml'), readFileSync(PARKING));
      const { code, stderr } = await runInMemory(['whip', join(folder, 'w.yaml')]);
      expect(code).toBe(2);
      expect(stderr).toContain('no council found');
    } finally {
      rmSync(folder, { recursive: true, force: true });
    }
  });
});

describe('overrule whip: input and output', () => {
  it('reads standard input with --data, and writes --output', async () => {
    const folder = mkdtempSync(join(tmpdir(), 'overrule-whip-'));
    try {
      const out = join(folder, 'projection.md');
      const { code, stdout } = await runInMemory(
        ['whip', '-', '--data', LAKESIDE, '--format', 'markdown', '--output', out],
        { stdin: readFileSync(PARKING, 'utf8') },
      );
      expect([code, stdout]).toEqual([0, '']);
      expect(readFileSync(out, 'utf8')).toContain('## Chance of passage: 47.4%');
    } finally {
      rmSync(folder, { recursive: true, force: true });
    }
  });

  it('--help shows examples', async () => {
    const { code, stdout } = await runInMemory(['whip', '--help']);
    expect(code).toBe(0);
    expect(stdout).toContain('--assume <id=vote>');
    expect(stdout).toContain('Examples:');
  });
});
