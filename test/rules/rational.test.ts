import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  ceilRational,
  compareRationals,
  floorRational,
  formatMixed,
  parseRational,
  rational,
} from '../../src/basics/rational.js';

describe('parseRational', () => {
  it('reads p/q into lowest terms', () => {
    const r = parseRational('4/6');
    expect(r.ok && r.value).toEqual({ numerator: 2n, denominator: 3n });
  });

  it.each([
    ['2/3 ', 'form'],
    ['0.66', 'form'],
    ['-2/3', 'form'],
    ['2', 'form'],
    ['1/0', 'zero-denominator'],
    ['1/1234567890123456', 'too-long'],
  ])('refuses %j (%s)', (text, problem) => {
    const r = parseRational(text);
    expect(r.ok ? undefined : r.error).toBe(problem);
  });
});

describe('floor and ceiling', () => {
  it('agree with integer division for any fraction', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: -10_000, max: 10_000 }),
        fc.integer({ min: 1, max: 999 }),
        (n, d) => {
          const r = rational(BigInt(n), BigInt(d));
          const f = floorRational(r);
          const c = ceilRational(r);
          // f <= n/d < f + 1 and c - 1 < n/d <= c, in integers
          expect(f * BigInt(d) <= BigInt(n)).toBe(true);
          expect((f + 1n) * BigInt(d) > BigInt(n)).toBe(true);
          expect(c * BigInt(d) >= BigInt(n)).toBe(true);
          expect((c - 1n) * BigInt(d) < BigInt(n)).toBe(true);
        },
      ),
    );
  });

  it('compares exactly', () => {
    expect(
      compareRationals(rational(2n, 3n), rational(666_666_666_666_667n, 1_000_000_000_000_000n)),
    ).toBe(-1);
    expect(compareRationals(rational(2n, 3n), rational(4n, 6n))).toBe(0);
  });
});

describe('formatMixed', () => {
  it.each([
    [32n, 3n, '10⅔'],
    [10n, 1n, '10'],
    [2n, 3n, '⅔'],
    [115n, 11n, '10 5/11'],
    [15n, 2n, '7½'],
  ])('%d/%d is %s', (n, d, text) => {
    expect(formatMixed(rational(n, d))).toBe(text);
  });

  it('writes plain fractions on request', () => {
    expect(formatMixed(rational(32n, 3n), { plain: true })).toBe('10 2/3');
  });
});
