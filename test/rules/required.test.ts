import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { rational, type Rational } from '../../src/basics/rational.js';
import type { Compare } from '../../src/model/council.js';
import { requiredAyes } from '../../src/rules/required.js';
import { parseThresholdFraction } from '../../src/rules/fraction.js';

function fraction(text: string): Rational {
  const parsed = parseThresholdFraction(text);
  if (!parsed.ok) throw new Error(parsed.error.code);
  return parsed.value;
}

/** The definition, by search: the smallest k whose k/B meets the comparison, exactly. */
function bruteForceRequired(
  p: number,
  q: number,
  basis: number,
  compare: Compare,
  minimum: number,
): number {
  for (let k = 0; ; k++) {
    // k meets "at least p/q of B" when k/B >= p/q, i.e. k·q >= p·B (B = 0 included)
    const meets = compare === 'at-least' ? k * q >= p * basis : k * q > p * basis;
    if (meets) return Math.max(k, minimum, 1);
  }
}

const arbitraryFraction = fc
  .tuple(fc.integer({ min: 1, max: 1000 }), fc.integer({ min: 1, max: 1000 }))
  .map(([a, b]): [number, number] => (a <= b ? [a, b] : [b, a]));

describe('requiredAyes', () => {
  it('equals the brute-force definition for up to 1,000 seats and any fraction', () => {
    fc.assert(
      fc.property(
        arbitraryFraction,
        fc.integer({ min: 0, max: 1000 }),
        fc.constantFrom<Compare>('at-least', 'more-than'),
        fc.integer({ min: 0, max: 1001 }),
        ([p, q], basis, compare, minimum) => {
          const got = requiredAyes({
            fraction: rational(BigInt(p), BigInt(q)),
            compare,
            basis,
            minimum,
          });
          expect(got.required).toBe(bruteForceRequired(p, q, basis, compare, minimum));
        },
      ),
      { numRuns: 2000 },
    );
  });

  it('is never below one, even with nobody to count', () => {
    const got = requiredAyes({ fraction: fraction('1/2'), compare: 'at-least', basis: 0 });
    expect(got.required).toBe(1);
    expect(got.fromFraction).toBe(0);
    expect(got.raisedBy).toBe('one-aye');
  });

  it('never falls when the base grows (a vacancy never raises a members-based requirement)', () => {
    fc.assert(
      fc.property(
        arbitraryFraction,
        fc.integer({ min: 1, max: 1000 }),
        fc.constantFrom<Compare>('at-least', 'more-than'),
        ([p, q], members, compare) => {
          const f = rational(BigInt(p), BigInt(q));
          const full = requiredAyes({ fraction: f, compare, basis: members });
          const withVacancy = requiredAyes({ fraction: f, compare, basis: members - 1 });
          expect(withVacancy.required).toBeLessThanOrEqual(full.required);
        },
      ),
    );
  });

  it('is exact where floating point is not: 2/3 of 3,000,000,000,000', () => {
    const got = requiredAyes({ fraction: fraction('2/3'), compare: 'more-than', basis: 3e12 });
    expect(got.required).toBe(2e12 + 1);
  });

  it('applies the minimum', () => {
    const got = requiredAyes({
      fraction: fraction('1/2'),
      compare: 'more-than',
      basis: 7,
      minimum: 5,
    });
    expect(got.fromFraction).toBe(4);
    expect(got.required).toBe(5);
    expect(got.raisedBy).toBe('minimum');
  });
});

describe('parseThresholdFraction', () => {
  it.each(['0/3', '3/2', 'two-thirds', '2/0', ''])('refuses %j', (text) => {
    expect(parseThresholdFraction(text).ok).toBe(false);
  });

  it('accepts unanimity', () => {
    expect(parseThresholdFraction('1/1').ok).toBe(true);
  });
});
