import { assert } from '../basics/assert.js';
import type { Rational } from '../basics/rational.js';

/**
 * The exact distribution of a vote's outcome over members who each, on
 * their own, are absent, vote aye or vote no with known chances: the
 * Poisson-binomial recurrence, extended by attendance.
 *
 * State: (ayes, u), u the number present among members whose attendance is
 * uncertain; members certainly present are counted once, without a
 * dimension of their own. When the rule never looks at who is present
 * (`trackPresent: false`), only ayes are tracked.
 *
 * Every value is an integer numerator over one common denominator, the
 * product of the members' denominators: no fraction is reduced on the way
 * (LIBRARIES.md, "Whip projections"), only when shown.
 */

/** One member's outcome chances as integers over `total`, in lowest terms: absent + aye + no = total. */
export interface OutcomeWeights {
  readonly absent: bigint;
  readonly aye: bigint;
  readonly no: bigint;
  readonly total: bigint;
}

/** The weights of a member present with chance `attendance` who then votes aye with chance `aye`. */
export function outcomeWeights(attendance: Rational, aye: Rational): OutcomeWeights {
  const total = attendance.denominator * aye.denominator;
  const present = attendance.numerator * aye.denominator;
  const ayes = attendance.numerator * aye.numerator;
  return reduceWeights({ absent: total - present, aye: ayes, no: present - ayes, total });
}

/** The weights of a member whose vote is certain. */
export function certainWeights(vote: 'aye' | 'no' | 'absent'): OutcomeWeights {
  return {
    absent: vote === 'absent' ? 1n : 0n,
    aye: vote === 'aye' ? 1n : 0n,
    no: vote === 'no' ? 1n : 0n,
    total: 1n,
  };
}

function reduceWeights(w: OutcomeWeights): OutcomeWeights {
  const divisor = gcd(gcd(w.absent, w.aye), gcd(w.no, w.total));
  return {
    absent: w.absent / divisor,
    aye: w.aye / divisor,
    no: w.no / divisor,
    total: w.total / divisor,
  };
}

function gcd(a: bigint, b: bigint): bigint {
  let x = a;
  let y = b;
  while (y !== 0n) [x, y] = [y, x % y];
  return x === 0n ? 1n : x;
}

/** Two members with equal weights are interchangeable. */
export function weightsKey(w: OutcomeWeights): string {
  return `${w.absent}:${w.aye}:${w.no}:${w.total}`;
}

/** The chance of an aye: aye / total. */
export function ayeChance(w: OutcomeWeights): Rational {
  return { numerator: w.aye, denominator: w.total };
}

/** The sizes every distribution of one projection shares. */
export interface Dimensions {
  /** Members in office: the largest number of ayes. */
  readonly members: number;
  /** Members whose attendance is uncertain: the largest u. */
  readonly uncertain: number;
  readonly trackPresent: boolean;
}

export interface AyeDistribution {
  readonly dimensions: Dimensions;
  /** Members in this distribution. */
  readonly count: number;
  /** Of them, members certainly present (counted only when tracking who is present). */
  readonly certainPresent: number;
  /** Of them, members whose attendance is uncertain: the largest u with a chance. */
  readonly uncertainCount: number;
  readonly denominator: bigint;
  /** Numerators by state: `values[u * (members + 1) + ayes]`. */
  readonly values: readonly bigint[];
}

/** How a member enters a distribution: not at all (never votes), always present, present or not, or by ayes only. */
export type Kind = 'absent' | 'present' | 'uncertain' | 'ayes-only';

export function kindOf(w: OutcomeWeights, dimensions: Dimensions): Kind {
  if (w.aye === 0n && w.no === 0n) return 'absent';
  if (!dimensions.trackPresent) return 'ayes-only';
  return w.absent === 0n ? 'present' : 'uncertain';
}

/** The distribution of no members: nobody votes, certainly. */
export function emptyDistribution(dimensions: Dimensions): AyeDistribution {
  const values = new Array<bigint>((dimensions.members + 1) * (dimensions.uncertain + 1)).fill(0n);
  values[0] = 1n;
  return { dimensions, count: 0, certainPresent: 0, uncertainCount: 0, denominator: 1n, values };
}

/** The distribution with one more member, of weights `w`. */
export function addMember(dist: AyeDistribution, w: OutcomeWeights): AyeDistribution {
  const { dimensions } = dist;
  const width = dimensions.members + 1;
  const kind = kindOf(w, dimensions);
  const count = dist.count + 1;
  if (kind === 'absent') return { ...dist, count };
  assert(count <= dimensions.members, 'more members than the dimensions allow');
  const old = dist.values;
  const values = new Array<bigint>(old.length).fill(0n);
  const certainPresent = dist.certainPresent + (kind === 'present' ? 1 : 0);
  const uncertainCount = dist.uncertainCount + (kind === 'uncertain' ? 1 : 0);
  const rows = kind === 'ayes-only' ? 1 : uncertainCount + 1;
  // Not an aye: absent or no, or (certainly present) no.
  const stay = kind === 'present' ? w.no : w.absent + w.no;
  for (let u = 0; u < rows; u++) {
    const row = u * width;
    // no more ayes than members present
    const most = kind === 'ayes-only' ? count : Math.min(count, certainPresent + u);
    if (kind === 'uncertain') {
      for (let a = 0; a <= most; a++) {
        const here = old[row + a] ?? 0n;
        const below = u > 0 ? (old[row - width + a] ?? 0n) : 0n;
        const belowLeft = u > 0 && a > 0 ? (old[row - width + a - 1] ?? 0n) : 0n;
        values[row + a] = here * w.absent + below * w.no + belowLeft * w.aye;
      }
      continue;
    }
    let left = 0n;
    for (let a = 0; a <= most; a++) {
      const here = old[row + a] ?? 0n;
      values[row + a] = here * stay + left * w.aye;
      left = here;
    }
  }
  return {
    dimensions,
    count,
    certainPresent,
    uncertainCount,
    denominator: dist.denominator * w.total,
    values,
  };
}

/**
 * The distribution without one of its members, of weights `w`: the
 * recurrence run backwards. Exact: every division leaves no remainder,
 * which is checked.
 */
export function removeMember(dist: AyeDistribution, w: OutcomeWeights): AyeDistribution {
  const { dimensions } = dist;
  const width = dimensions.members + 1;
  const kind = kindOf(w, dimensions);
  assert(dist.count > 0, 'no member to remove');
  const count = dist.count - 1;
  if (kind === 'absent') return { ...dist, count };
  const t = dist.values;
  const r = new Array<bigint>(t.length).fill(0n);
  const certainPresent = dist.certainPresent - (kind === 'present' ? 1 : 0);
  const uncertainCount = dist.uncertainCount - (kind === 'uncertain' ? 1 : 0);
  const rows = kind === 'ayes-only' ? 1 : dist.uncertainCount + 1;
  // One division per state; that none left a remainder is checked once, below.
  const exact = (n: bigint, d: bigint): bigint => n / d;
  for (let u = 0; u < rows; u++) {
    const row = u * width;
    const most = kind === 'ayes-only' ? dist.count : Math.min(dist.count, dist.certainPresent + u);
    if (kind === 'uncertain') {
      for (let a = 0; a <= most; a++) {
        const below = u > 0 ? (r[row - width + a] ?? 0n) : 0n;
        const belowLeft = u > 0 && a > 0 ? (r[row - width + a - 1] ?? 0n) : 0n;
        r[row + a] = exact((t[row + a] ?? 0n) - below * w.no - belowLeft * w.aye, w.absent);
      }
      continue;
    }
    // certainly present, or ayes only: T[a] = stay·R[a] + aye·R[a−1]
    const stay = kind === 'present' ? w.no : w.absent + w.no;
    if (stay !== 0n) {
      for (let a = 0; a <= most; a++) {
        const left = a > 0 ? (r[row + a - 1] ?? 0n) : 0n;
        r[row + a] = exact((t[row + a] ?? 0n) - left * w.aye, stay);
      }
    } else {
      assert((t[row] ?? 0n) === 0n, 'a certain aye cannot leave no ayes');
      for (let a = 1; a <= most; a++) r[row + a - 1] = exact(t[row + a] ?? 0n, w.aye);
    }
  }
  assert(
    dist.denominator % w.total === 0n,
    'a member was removed from a distribution it is not in',
  );
  const denominator = dist.denominator / w.total;
  // The chances of every state add up to 1 only if every division was exact
  // (a remainder dropped anywhere leaves the sum short).
  let total = 0n;
  for (const value of r) total += value;
  assert(total === denominator, 'a member was removed from a distribution it is not in');
  return { dimensions, count, certainPresent, uncertainCount, denominator, values: r };
}

/** Members present in state u of a distribution, with `extra` certain ayes added; every member when not tracked. */
export function presentIn(dist: AyeDistribution, u: number, extra: number): number {
  return dist.dimensions.trackPresent ? dist.certainPresent + u + extra : dist.dimensions.members;
}

/** Calls `visit` for every state with a chance above zero. */
export function forEachState(
  dist: AyeDistribution,
  visit: (ayes: number, u: number, numerator: bigint) => void,
): void {
  const width = dist.dimensions.members + 1;
  const rows = dist.dimensions.trackPresent ? dist.uncertainCount + 1 : 1;
  for (let u = 0; u < rows; u++) {
    const most = dist.dimensions.trackPresent
      ? Math.min(dist.count, dist.certainPresent + u)
      : dist.count;
    for (let a = 0; a <= most; a++) {
      const value = dist.values[u * width + a] ?? 0n;
      if (value !== 0n) visit(a, u, value);
    }
  }
}
