import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  formatDecimal,
  parseDecimal,
  rationalFromWrittenNumber,
  rationalToNumber,
} from '../../src/basics/decimal.js';
import { rational } from '../../src/basics/rational.js';
import { DEFAULT_STANCE_PROBABILITY, STANCES } from '../../src/model/whip-count.js';
import { STANCE_CHANCE } from '../../src/tally/whip-chances.js';

describe('exact fractions from decimals', () => {
  it('reads decimal text exactly', () => {
    expect(parseDecimal('0.95')).toEqual({ ok: true, value: rational(19n, 20n) });
    expect(parseDecimal('.5')).toEqual({ ok: true, value: rational(1n, 2n) });
    expect(parseDecimal('1')).toEqual({ ok: true, value: rational(1n, 1n) });
    expect(parseDecimal('2.5e-3')).toEqual({ ok: true, value: rational(1n, 400n) });
    expect(parseDecimal('1e2')).toEqual({ ok: true, value: rational(100n, 1n) });
    for (const bad of ['', '.', 'abc', '1/2', '-0.5', '0.5.5', '1e99999']) {
      expect(parseDecimal(bad).ok).toBe(false);
    }
  });

  it('reads a number as the decimal written, not its binary value: 0.95 is 19/20', () => {
    expect(rationalFromWrittenNumber(0.95)).toEqual(rational(19n, 20n));
    expect(rationalFromWrittenNumber(0.1)).toEqual(rational(1n, 10n));
    expect(rationalFromWrittenNumber(1e-7)).toEqual(rational(1n, 10_000_000n));
  });

  it('gives back every decimal of up to 15 significant digits exactly', () => {
    fc.assert(
      fc.property(
        fc.bigInt({ min: 0n, max: 10n ** 15n - 1n }),
        fc.integer({ min: 0, max: 15 }),
        (digits, places) => {
          const text =
            places === 0
              ? String(digits)
              : `${digits / 10n ** BigInt(places)}.${String(digits % 10n ** BigInt(places)).padStart(places, '0')}`;
          const written = parseDecimal(text);
          expect(written.ok && rationalFromWrittenNumber(Number(text))).toEqual(
            written.ok && written.value,
          );
        },
      ),
      { numRuns: 3000 },
    );
  });

  it('keeps the stances’ exact chances equal to the documented numbers', () => {
    for (const stance of STANCES) {
      expect(STANCE_CHANCE[stance]).toEqual(
        rationalFromWrittenNumber(DEFAULT_STANCE_PROBABILITY[stance]),
      );
    }
  });
});

describe('decimals from exact fractions', () => {
  it('rounds to the nearest double', () => {
    expect(rationalToNumber(rational(19n, 20n))).toBe(0.95);
    expect(rationalToNumber(rational(1n, 3n))).toBe(1 / 3);
    expect(rationalToNumber(rational(0n, 1n))).toBe(0);
    expect(rationalToNumber(rational(2n, 1n))).toBe(2);
    expect(rationalToNumber(rational(1n, 10n ** 400n))).toBe(0);
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 2 ** 30 }),
        fc.integer({ min: 1, max: 2 ** 30 }),
        (n, d) => {
          expect(rationalToNumber(rational(BigInt(n), BigInt(d)))).toBe(n / d);
        },
      ),
    );
  });

  it('writes a fraction in decimal, exactly when it ends soon enough', () => {
    expect(formatDecimal(rational(19n, 20n), 4)).toEqual({ text: '0.95', exact: true });
    expect(formatDecimal(rational(2n, 3n), 4)).toEqual({ text: '0.6667', exact: false });
    expect(formatDecimal(rational(249n, 20n), 2)).toEqual({ text: '12.45', exact: true });
    expect(formatDecimal(rational(1n, 1n), 4)).toEqual({ text: '1', exact: true });
  });
});
