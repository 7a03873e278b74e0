import { compareRationals, integer, parseRational, type Rational } from '../basics/rational.js';
import { err, ok, type Result } from '../basics/result.js';

/** Why a written threshold fraction cannot be used. */
export interface FractionProblem {
  readonly fraction: string;
  readonly message: string;
}

/**
 * Parses a threshold's `p/q` and checks `0 < p/q <= 1`. The error value's
 * message says what is wrong in words a clerk can act on.
 */
export function parseThresholdFraction(text: string): Result<Rational, FractionProblem> {
  const parsed = parseRational(text.trim());
  if (!parsed.ok) {
    const message =
      parsed.error === 'too-long'
        ? `"${text}" has too many digits for a voting fraction`
        : parsed.error === 'zero-denominator'
          ? `"${text}" divides by zero`
          : `"${text}" is not a fraction; write it as p/q, like 2/3 or 1/2`;
    return err({ fraction: text, message });
  }
  const value = parsed.value;
  if (value.numerator === 0n) {
    return err({ fraction: text, message: `"${text}" is zero; a threshold must be above 0` });
  }
  if (compareRationals(value, integer(1)) > 0) {
    return err({
      fraction: text,
      message: `"${text}" is more than 1; a threshold is at most 1/1 (unanimity)`,
    });
  }
  return ok(value);
}

/** Whether a fraction is a supermajority: more than one half. */
export function isSupermajorityFraction(fraction: Rational): boolean {
  return fraction.numerator * 2n > fraction.denominator;
}
