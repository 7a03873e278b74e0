import { assert } from '../basics/assert.js';
import { ceilRational, floorRational, timesInteger, type Rational } from '../basics/rational.js';
import type { Compare } from '../model/council.js';

/** One threshold applied to a known base: `2/3` `at-least` of 15. */
export interface Requirement {
  readonly fraction: Rational;
  readonly compare: Compare;
  /** The size of the base (seats, members in office, …): a non-negative integer. */
  readonly basis: number;
  /** Ayes may never be fewer than this. */
  readonly minimum?: number;
}

/** What a requirement comes to, with the steps that got there. */
export interface RequiredAyes {
  /** The ayes needed: max(from the fraction, minimum, 1). */
  readonly required: number;
  /** fraction × basis, exactly. */
  readonly product: Rational;
  /** The smallest k meeting the comparison, before the minimum and the floor of one aye. */
  readonly fromFraction: number;
  /** What raised `required` above `fromFraction`, if anything. */
  readonly raisedBy: 'minimum' | 'one-aye' | null;
}

/**
 * Required ayes, in integers only:
 * - `at-least`: the smallest k with k·q >= p·B, i.e. ceil(p·B/q);
 * - `more-than`: the smallest k with k·q > p·B, i.e. floor(p·B/q) + 1;
 * - then max(k, minimum, 1): no measure passes without an aye.
 */
export function requiredAyes(requirement: Requirement): RequiredAyes {
  const { fraction, compare, basis, minimum = 0 } = requirement;
  assert(Number.isSafeInteger(basis) && basis >= 0, `basis must be a count, got ${basis}`);
  assert(Number.isSafeInteger(minimum) && minimum >= 0, `minimum must be a count, got ${minimum}`);
  const product = timesInteger(fraction, BigInt(basis));
  const k = compare === 'at-least' ? ceilRational(product) : floorRational(product) + 1n;
  const fromFraction = Number(k);
  const required = Math.max(fromFraction, minimum, 1);
  const raisedBy = required === fromFraction ? null : minimum === required ? 'minimum' : 'one-aye';
  return { required, product, fromFraction, raisedBy };
}
