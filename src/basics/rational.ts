import { err, ok, type Result } from './result.js';

/**
 * An exact fraction in lowest terms, denominator positive. bigint throughout:
 * no floating point ever touches a threshold.
 */
export interface Rational {
  readonly numerator: bigint;
  readonly denominator: bigint;
}

/** Digits allowed in each part of a written fraction: far more than any council needs. */
export const MAX_FRACTION_DIGITS = 15;

export type RationalProblem = 'form' | 'too-long' | 'zero-denominator';

const FRACTION = /^(\d+)\/(\d+)$/;

/** Parses `p/q` (decimal digits, no signs, no spaces) into an exact fraction. */
export function parseRational(text: string): Result<Rational, RationalProblem> {
  const match = FRACTION.exec(text);
  if (match === null) return err('form');
  const [, p = '', q = ''] = match;
  if (p.length > MAX_FRACTION_DIGITS || q.length > MAX_FRACTION_DIGITS) return err('too-long');
  const denominator = BigInt(q);
  if (denominator === 0n) return err('zero-denominator');
  return ok(rational(BigInt(p), denominator));
}

/** The fraction n/d in lowest terms. `d` must not be zero. */
export function rational(n: bigint, d: bigint): Rational {
  if (d === 0n) throw new RangeError('a fraction cannot have a zero denominator');
  const sign = d < 0n ? -1n : 1n;
  const divisor = gcd(n < 0n ? -n : n, d < 0n ? -d : d);
  return { numerator: (sign * n) / divisor, denominator: (sign * d) / divisor };
}

export function integer(n: bigint | number): Rational {
  return { numerator: BigInt(n), denominator: 1n };
}

function gcd(a: bigint, b: bigint): bigint {
  let x = a;
  let y = b;
  while (y !== 0n) [x, y] = [y, x % y];
  return x === 0n ? 1n : x;
}

/** r × n, exactly. */
export function timesInteger(r: Rational, n: bigint): Rational {
  return rational(r.numerator * n, r.denominator);
}

/** -1, 0 or 1 as a < b, a = b, a > b. */
export function compareRationals(a: Rational, b: Rational): -1 | 0 | 1 {
  const left = a.numerator * b.denominator;
  const right = b.numerator * a.denominator;
  return left < right ? -1 : left > right ? 1 : 0;
}

export function isInteger(r: Rational): boolean {
  return r.denominator === 1n;
}

/** The largest integer not above r. */
export function floorRational(r: Rational): bigint {
  const q = r.numerator / r.denominator; // truncates toward zero
  return r.numerator < 0n && q * r.denominator !== r.numerator ? q - 1n : q;
}

/** The smallest integer not below r. */
export function ceilRational(r: Rational): bigint {
  const f = floorRational(r);
  return f * r.denominator === r.numerator ? f : f + 1n;
}

/** `2/3`, or `10` for a whole number. */
export function formatRational(r: Rational): string {
  return isInteger(r) ? String(r.numerator) : `${r.numerator}/${r.denominator}`;
}

const VULGAR_FRACTIONS: Readonly<Record<string, string>> = {
  '1/2': '½',
  '1/3': '⅓',
  '2/3': '⅔',
  '1/4': '¼',
  '3/4': '¾',
  '1/5': '⅕',
  '2/5': '⅖',
  '3/5': '⅗',
  '4/5': '⅘',
  '1/6': '⅙',
  '5/6': '⅚',
  '1/7': '⅐',
  '1/8': '⅛',
  '3/8': '⅜',
  '5/8': '⅝',
  '7/8': '⅞',
  '1/9': '⅑',
  '1/10': '⅒',
};

/**
 * A non-negative fraction as a person writes it: `10`, `10⅔`, `⅔`, `10 5/11`.
 * `plain: true` avoids the one-character fractions (`10 2/3`) for CSV and
 * other places read by programs.
 */
export function formatMixed(r: Rational, options: { readonly plain?: boolean } = {}): string {
  if (r.numerator < 0n) return `-${formatMixed({ ...r, numerator: -r.numerator }, options)}`;
  const whole = r.numerator / r.denominator;
  const rest = r.numerator % r.denominator;
  if (rest === 0n) return String(whole);
  const part = `${rest}/${r.denominator}`;
  const glyph = options.plain === true ? undefined : VULGAR_FRACTIONS[part];
  if (whole === 0n) return glyph ?? part;
  return glyph === undefined ? `${whole} ${part}` : `${whole}${glyph}`;
}
