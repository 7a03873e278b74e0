import { describe, expect, it } from 'vitest';
import { runInMemory } from './tally-memory-io.js';

interface ReadingJson {
  required: number;
  basis: number;
  fraction: string;
  of: string;
  compare: string;
  explanation: string;
  executiveCounted: boolean;
}

async function thresholdJson(...flags: string[]): Promise<ReadingJson> {
  const { code, stdout, stderr } = await runInMemory(['threshold', ...flags, '--json']);
  expect(stderr).toBe('');
  expect(code).toBe(0);
  return JSON.parse(stdout) as ReadingJson;
}

describe('overrule threshold', () => {
  it('prints the SPEC 2.1 contract: two-thirds of 15 seats is 10', async () => {
    const r = await thresholdJson(
      '--seats',
      '15',
      '--fraction',
      '2/3',
      '--of',
      'seats',
      '--compare',
      'at-least',
    );
    expect([r.required, r.basis, r.fraction, r.of, r.compare]).toEqual([
      10,
      15,
      '2/3',
      'seats',
      'at-least',
    ]);
    expect(r.explanation).toContain('2/3 × 15 = 10 exactly, so at least 10 ayes');
  });

  it('defaults to seats and at-least', async () => {
    const r = await thresholdJson('--seats', '15', '--fraction', '2/3');
    expect([r.required, r.of, r.compare]).toEqual([10, 'seats', 'at-least']);
  });

  it.each([
    [['--seats', '15', '--fraction', '2/3', '--compare', 'more-than'], 11, 15],
    [['--seats', '16', '--fraction', '2/3'], 11, 16],
    [['--seats', '15', '--vacancies', '1', '--fraction', '2/3', '--of', 'members'], 10, 14],
    [['--seats', '15', '--vacancies', '2', '--fraction', '2/3', '--of', 'members'], 9, 13],
    [['--seats', '15', '--present', '13', '--fraction', '2/3', '--of', 'present'], 9, 13],
    [
      ['--seats', '15', '--present', '12', '--voting', '12', '--fraction', '2/3', '--of', 'voting'],
      8,
      12,
    ],
    [['--seats', '15', '--recused', '2', '--fraction', '2/3', '--of', 'eligible'], 9, 13],
    [['--seats', '15', '--fraction', '1/1', '--of', 'members'], 15, 15],
    [['--seats', '15', '--fraction', '1/2', '--compare', 'more-than', '--minimum', '9'], 9, 15],
    [['--seats', '15', '--present', '0', '--fraction', '1/2', '--of', 'present'], 1, 0],
  ])('%j → %d ayes of %d', async (flags, required, basis) => {
    const r = await thresholdJson(...flags);
    expect([r.required, r.basis]).toEqual([required, basis]);
  });

  it('explains a fraction that does not come out whole', async () => {
    const { code, stdout } = await runInMemory(['threshold', '--seats', '16', '--fraction', '2/3']);
    expect(code).toBe(0);
    expect(stdout).toContain('11 ayes required');
    expect(stdout).toContain('2/3 × 16 = 10⅔');
  });

  it('--all-readings --json lists every base × comparison and the executive counted', async () => {
    const { code, stdout } = await runInMemory([
      'threshold',
      '--seats',
      '15',
      '--fraction',
      '2/3',
      '--all-readings',
      '--json',
    ]);
    expect(code).toBe(0);
    const { readings } = JSON.parse(stdout) as { readings: ReadingJson[] };
    expect(readings).toHaveLength(12);
    const byKey = new Map(
      readings.map((r) => [`${r.of}/${r.compare}${r.executiveCounted ? '+exec' : ''}`, r.required]),
    );
    expect(byKey.get('seats/at-least')).toBe(10);
    expect(byKey.get('seats/more-than')).toBe(11);
    expect(byKey.get('voting/at-least')).toBe(10);
    expect(byKey.get('seats/at-least+exec')).toBe(11);
    expect(readings.filter((r) => r.executiveCounted).map((r) => r.basis)).toEqual([16, 16]);
  });

  it('--all-readings prints the table that settles "10 or 11 of 15"', async () => {
    const { code, stdout } = await runInMemory([
      'threshold',
      '--seats',
      '15',
      '--fraction',
      '2/3',
      '--all-readings',
    ]);
    expect(code).toBe(0);
    expect(stdout).toMatch(/^ {2}at least 2\/3 of seats +15 +10 +10$/m);
    expect(stdout).toMatch(/^ {2}more than 2\/3 of seats +15 +10 +11$/m);
    expect(stdout).toMatch(/^10 ayes: at least 2\/3 of seats/m);
    expect(stdout).toMatch(/^11 ayes: more than 2\/3 of seats/m);
  });

  it.each([
    [['--fraction', '2/3'], "required option '--seats <n>' not specified"],
    [['--seats', '15'], "required option '--fraction <p/q>' not specified"],
    [['--seats', '15', '--fraction', '3/2'], 'more than 1'],
    [['--seats', '15', '--fraction', '0/3'], 'zero'],
    [['--seats', '15', '--fraction', '0.67'], 'not a fraction'],
    [['--seats', '15', '--fraction', '2/0'], 'divides by zero'],
    [['--seats', '0', '--fraction', '2/3'], 'out of range'],
    [['--seats', '-3', '--fraction', '2/3'], 'not a whole number'],
    [['--seats', '15.0', '--fraction', '2/3'], 'not a whole number'],
    [['--seats', '1e3', '--fraction', '2/3'], 'not a whole number'],
    [['--seats', '15', '--vacancies', '16', '--fraction', '2/3'], 'more than the 15 seats'],
    [['--seats', '15', '--present', '16', '--fraction', '2/3'], 'more than the 15 members'],
    [
      ['--seats', '15', '--present', '10', '--voting', '11', '--fraction', '2/3'],
      'more than the 10 members present',
    ],
    [['--seats', '15', '--recused', '16', '--fraction', '2/3'], 'more than the 15 members'],
    [
      ['--seats', '15', '--fraction', '2/3', '--all-readings', '--of', 'seats'],
      "option '--all-readings' cannot be used with option '--of <base>'",
    ],
    [
      ['--seats', '15', '--fraction', '2/3', '--all-readings', '--compare', 'more-than'],
      "option '--all-readings' cannot be used with option '--compare <comparison>'",
    ],
    [
      ['--seats', '15', '--fraction', '2/3', '--json', '--format', 'text'],
      "option '--json' cannot be used with option '-f, --format <format>'",
    ],
    [
      ['--seats', '15', '--fraction', '2/3', '--json', '--format', 'json'],
      "option '--json' cannot be used with option '-f, --format <format>'",
    ],
  ])('refuses %j with exit 2', async (flags, message) => {
    const { code, stdout, stderr } = await runInMemory(['threshold', ...flags]);
    expect(code).toBe(2);
    expect(stdout).toBe('');
    expect(stderr).toContain(message);
  });

  it.each([
    [['--seats', '1.5'], '--seats "1.5" is not a whole number'],
    [['--seats', '2/3'], '--seats "2/3" is not a whole number (fractions go in --fraction)'],
    [['--seats', '0'], '--seats 0 is out of range: give a number from 1 to 1000000'],
    [['--vacancies', 'x'], '--vacancies "x" is not a whole number'],
    [
      ['--minimum', '1000001'],
      '--minimum 1000001 is out of range: give a number from 0 to 1000000',
    ],
    [
      ['--fraction', '3/2'],
      '--fraction "3/2" is more than 1; a threshold is at most 1/1 (unanimity)',
    ],
  ])('parses %j as the flag is read, with the whole message', async (flags, message) => {
    const { code, stdout, stderr } = await runInMemory([
      'threshold',
      '--seats',
      '15',
      '--fraction',
      '2/3',
      ...flags,
    ]);
    expect([code, stdout, stderr]).toEqual([2, '', `overrule: ${message}\n`]);
  });

  it('refuses a base that is not one (commander choices), exit 2', async () => {
    const { code, stderr } = await runInMemory([
      'threshold',
      '--seats',
      '15',
      '--fraction',
      '2/3',
      '--of',
      'quorum',
    ]);
    expect(code).toBe(2);
    expect(stderr).toContain('seats, members, eligible, present, voting');
  });
});
