import { describe, expect, it } from 'vitest';
import type { Base, Compare, RuleVersion } from '../../src/model/council.js';
import { decideVote } from '../../src/rules/decide.js';
import { parseThresholdFraction } from '../../src/rules/fraction.js';
import { computeAllReadings, computeReading, type ReadingInput } from '../../src/rules/readings.js';
import { readingExplanation } from '../../src/report/requirement-text.js';
import { zeroCounts } from '../../src/tally/counts.js';

function input(overrides: Partial<ReadingInput> & { fractionText?: string } = {}): ReadingInput {
  const fractionText = overrides.fractionText ?? '2/3';
  const parsed = parseThresholdFraction(fractionText);
  if (!parsed.ok) throw new Error(parsed.error.code);
  return {
    seats: 15,
    vacancies: 0,
    recused: 0,
    ...overrides,
    fractionText,
    fraction: parsed.value,
  };
}

/** SPEC 1.2, "Worked readings for Milwaukee, 15 seats, two-thirds". */
describe('the Milwaukee readings table', () => {
  const rows: readonly [string, Partial<ReadingInput>, Base, Compare, number][] = [
    ['2/3 of seats, at-least', {}, 'seats', 'at-least', 10],
    ['2/3 of seats, more-than', {}, 'seats', 'more-than', 11],
    ['2/3 of members, 1 vacancy', { vacancies: 1 }, 'members', 'at-least', 10],
    ['2/3 of members, 2 vacancies', { vacancies: 2 }, 'members', 'at-least', 9],
    ['2/3 of present, 13 present', { present: 13 }, 'present', 'at-least', 9],
    ['2/3 of voting, 8 aye 4 no', { voting: 12 }, 'voting', 'at-least', 8],
    [
      'unanimous (1/1 of members, 15 in office)',
      { fractionText: '1/1' },
      'members',
      'at-least',
      15,
    ],
  ];
  it.each(rows)('%s: %#', (_name, overrides, of, compare, required) => {
    expect(computeReading(input(overrides), of, compare).required).toBe(required);
  });

  it('2/3 of 16 (mayor counted as a member): 11', () => {
    const reading = computeReading(input(), 'seats', 'at-least', { executiveCounted: true });
    expect(reading.basis).toBe(16);
    expect(reading.required).toBe(11);
    expect(reading.product).toBe('32/3');
  });

  it('8 aye 4 no passes two-thirds of those voting', () => {
    const counts = { ...zeroCounts(), aye: 8, no: 4, absent: 3 };
    const version: RuleVersion = {
      threshold: { fraction: '2/3', of: 'voting', compare: 'at-least' },
    };
    const decided = decideVote({ version, seats: 15, members: 15, counts });
    expect(
      decided.ok && [decided.value.result, decided.value.required, decided.value.basis],
    ).toEqual(['passed', 8, 12]);
  });

  it('every reading side by side gives 10 or 11 for a full council', () => {
    const readings = computeAllReadings(input());
    expect(readings).toHaveLength(12);
    expect(readings.map((r) => r.required)).toEqual([
      10, 11, 10, 11, 10, 11, 10, 11, 10, 11, 11, 11,
    ]);
  });

  it('explains 15 and 16 honestly', () => {
    expect(readingExplanation(computeReading(input(), 'seats', 'at-least'))).toContain(
      '2/3 × 15 = 10 exactly, so at least 10 ayes',
    );
    const sixteen = computeReading(input({ seats: 16 }), 'seats', 'at-least');
    expect(sixteen.required).toBe(11);
    expect([sixteen.product, sixteen.fromFraction]).toEqual(['32/3', 11]);
    expect(readingExplanation(sixteen)).toContain('2/3 × 16 = 10⅔');
    expect(readingExplanation(sixteen)).toContain('at least 11 ayes');
  });
});
