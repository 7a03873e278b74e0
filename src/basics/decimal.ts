import { rational, type Rational } from './rational.js';
import { err, ok, type Result } from './result.js';

/**
 * Exact fractions from decimal text, and decimal text from exact fractions.
 *
 * Why a number from YAML can be read exactly: YAML gives `0.95` as the double
 * nearest to 0.95, and `String(n)` writes the shortest decimal that reads
 * back as that same double. Every decimal of up to 15 significant digits is
 * the shortest such decimal of its own double (doubles hold 15.95 decimal
 * digits), so `String(n)` gives back exactly the digits that were written,
 * and the fraction read from them is exactly the written value: 95/100, not
 * the double's 0.9499999999999999555910790149937… The schema refuses
 * decimals with more digits (src/schema/number-form.ts).
 */

const DECIMAL = /^(\d*)(?:\.(\d*))?(?:e([+-]?\d+))?$/i;

/** Digits beyond which a decimal's exponent is refused (1e999999 would be a huge bigint). */
const MAX_EXPONENT = 400;

/** Reads a non-negative decimal (`0.95`, `.5`, `1`, `2.5e-3`) as an exact fraction. */
export function parseDecimal(text: string): Result<Rational, 'form'> {
  const match = DECIMAL.exec(text.trim());
  if (match === null) return err('form');
  const [, whole = '', fraction = '', exponentText] = match;
  if (whole === '' && fraction === '') return err('form');
  const exponent = exponentText === undefined ? 0 : Number(exponentText);
  if (!Number.isSafeInteger(exponent) || Math.abs(exponent) > MAX_EXPONENT) return err('form');
  const digits = BigInt(`${whole}${fraction}` || '0');
  const scale = exponent - fraction.length;
  return ok(
    scale >= 0
      ? rational(digits * 10n ** BigInt(scale), 1n)
      : rational(digits, 10n ** BigInt(-scale)),
  );
}

/**
 * The exact fraction a finite, non-negative number stands for as it is
 * written: `0.95` → 19/20 (see above). Not for arbitrary doubles: it reads
 * the shortest decimal of the number, not the binary value.
 */
export function rationalFromWrittenNumber(n: number): Rational {
  if (!Number.isFinite(n) || n < 0) throw new RangeError(`not a finite non-negative number: ${n}`);
  const parsed = parseDecimal(String(n));
  if (!parsed.ok) throw new RangeError(`cannot read ${String(n)} as a decimal`);
  return parsed.value;
}

/** Decimal digits of a non-negative bigint. */
function digitCount(n: bigint): number {
  return n === 0n ? 1 : n.toString().length;
}

/**
 * The nearest double to a non-negative fraction: its first 20 significant
 * digits, read by the engine's own decimal parser, which rounds correctly.
 */
export function rationalToNumber(r: Rational): number {
  const { numerator: n, denominator: d } = r;
  if (n === 0n) return 0;
  if (n < 0n) return -rationalToNumber({ numerator: -n, denominator: d });
  const shift = 21 - (digitCount(n) - digitCount(d));
  const scaled = shift >= 0 ? (n * 10n ** BigInt(shift)) / d : n / (d * 10n ** BigInt(-shift));
  return Number(`${scaled}e${-shift}`);
}

/**
 * A non-negative fraction in decimal, exact when it ends within `maxDigits`
 * places (`19/20` → `0.95`), otherwise rounded half up to `maxDigits` places
 * with trailing zeros dropped. `exact` says which.
 */
export function formatDecimal(
  r: Rational,
  maxDigits: number,
): { readonly text: string; readonly exact: boolean } {
  const { numerator: n, denominator: d } = r;
  const scale = 10n ** BigInt(maxDigits);
  const scaled = n * scale;
  const exact = scaled % d === 0n;
  const rounded = (scaled * 2n + d) / (2n * d);
  const whole = rounded / scale;
  const fraction = (rounded % scale).toString().padStart(maxDigits, '0').replace(/0+$/, '');
  return { text: fraction === '' ? String(whole) : `${whole}.${fraction}`, exact };
}
