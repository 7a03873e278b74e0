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

/** Bits of a positive bigint. */
function bitLength(n: bigint): number {
  const hex = n.toString(16);
  return hex.length * 4 - Math.clz32(Number.parseInt(hex.charAt(0), 16)) + 28;
}

/**
 * The nearest double to a fraction: a quotient of at least 70 bits, its
 * last bit set when anything was left over (so that rounding it to the 53
 * bits of a double cannot meet a false tie), rounded by the engine, then
 * scaled by a power of two. Linear in the digits: no decimal conversion.
 */
export function rationalToNumber(r: Rational): number {
  const { numerator: n, denominator: d } = r;
  if (n === 0n) return 0;
  if (n < 0n) return -rationalToNumber({ numerator: -n, denominator: d });
  const shift = 70 - (bitLength(n) - bitLength(d));
  const scaledN = shift >= 0 ? n << BigInt(shift) : n;
  const scaledD = shift >= 0 ? d : d << BigInt(-shift);
  let quotient = scaledN / scaledD;
  if (quotient * scaledD !== scaledN) quotient |= 1n;
  let value = Number(quotient);
  let exponent = -shift;
  while (exponent < -1000) {
    value *= 2 ** -1000;
    exponent += 1000;
  }
  while (exponent > 1000) {
    value *= 2 ** 1000;
    exponent -= 1000;
  }
  return value * 2 ** exponent;
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

/** The exponent of the largest power of two dividing n (n > 0). */
function twos(n: bigint): number {
  return (n & -n).toString(2).length - 1;
}

const FIVE_POWERS = [5n ** 16n, 5n ** 4n, 5n];

/**
 * n/d in lowest terms, fast for denominators made of twos and fives, as every
 * chance read from decimals is: the common factors 2 and 5 are divided out
 * with shifts and a few divisions, and only what is left (nothing, for such
 * a denominator) goes through Euclid's algorithm, whose cost grows with the
 * square of the digits (thousands of digits for a large body).
 */
export function reduceFraction(n: bigint, d: bigint): Rational {
  if (d <= 0n || unsmoothPart(d) !== 1n) return rational(n, d);
  if (n === 0n) return { numerator: 0n, denominator: 1n };
  const negative = n < 0n;
  let num = negative ? -n : n;
  let den = d;
  const shift = BigInt(Math.min(twos(num), twos(den)));
  num >>= shift;
  den >>= shift;
  for (const power of FIVE_POWERS) {
    while (den % power === 0n && num % power === 0n) {
      num /= power;
      den /= power;
    }
  }
  // d held only twos and fives, and the common ones are gone: n/d is in lowest terms.
  return { numerator: negative ? -num : num, denominator: den };
}

/** The last denominators seen and their parts that are not twos and fives: one projection uses few. */
const unsmoothCache = new Map<bigint, bigint>();

/** d without its factors 2 and 5. */
function unsmoothPart(d: bigint): bigint {
  const cached = unsmoothCache.get(d);
  if (cached !== undefined) return cached;
  let rest = d >> BigInt(twos(d));
  FIVE_POWERS.forEach((power) => {
    while (rest % power === 0n) rest /= power;
  });
  if (unsmoothCache.size > 16) unsmoothCache.clear();
  unsmoothCache.set(d, rest);
  return rest;
}
