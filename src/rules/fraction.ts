import { compareRationals, integer, parseRational, type Rational } from '../basics/rational.js';
import { err, ok, type Result } from '../basics/result.js';

/** Why a written threshold fraction cannot be used. */
export interface FractionProblem {
  readonly code:
    | 'fraction/form'
    | 'fraction/too-long'
    | 'fraction/zero-denominator'
    | 'fraction/zero'
    | 'fraction/above-one';
  /** As written. */
  readonly fraction: string;
}

/** Parses a threshold's `p/q` and checks `0 < p/q <= 1`. */
export function parseThresholdFraction(text: string): Result<Rational, FractionProblem> {
  const parsed = parseRational(text.trim());
  if (!parsed.ok) {
    const code =
      parsed.error === 'too-long'
        ? 'fraction/too-long'
        : parsed.error === 'zero-denominator'
          ? 'fraction/zero-denominator'
          : 'fraction/form';
    return err({ code, fraction: text });
  }
  const value = parsed.value;
  if (value.numerator === 0n) return err({ code: 'fraction/zero', fraction: text });
  if (compareRationals(value, integer(1)) > 0) {
    return err({ code: 'fraction/above-one', fraction: text });
  }
  return ok(value);
}

/** Whether a fraction is a supermajority: more than one half. */
export function isSupermajorityFraction(fraction: Rational): boolean {
  return fraction.numerator * 2n > fraction.denominator;
}
