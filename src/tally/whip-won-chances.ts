import type { Rational } from '../basics/rational.js';
import { chanceOfPassage, type DecisionTable } from './whip-decision.js';
import {
  addMember,
  kindOf,
  removeMember,
  weightsKey,
  type AyeDistribution,
  type OutcomeWeights,
} from './whip-distribution.js';
import { shiftedPassSums, type PassRunsCache, type ShiftedPassSums } from './whip-pass-sums.js';

/** Members won over, as certain ayes: how many of each kind (`WonChances.kinds`). */
export type Won = readonly number[];

/**
 * The chance of passage once some members are won over, for `persuade` and
 * the gain of each line: the distribution without those members (exact
 * deconvolution), with as many certain ayes added.
 *
 * Members of equal weights are alike, so a list of members won is a count of
 * each kind, and the distribution without them is F / ∏ Bᵍ^cᵍ, F the whole
 * distribution and Bᵍ the polynomial of one member of kind g. Rather than
 * dividing anew for every list, a "base" W = F / ∏ Bᵍ^uᵍ is kept with
 * u ≥ c, grown as lists ask for more; then F / ∏ Bᵍ^cᵍ = W · E, E the small
 * polynomial ∏ Bᵍ^(uᵍ−cᵍ), and the chance of passage is a sum over E's terms
 * of the base's pass sums shifted by the term (whip-pass-sums.ts). Where E
 * would be large, the distribution itself is worked out from the nearest one
 * known, as the search of old did.
 */
export interface WonChances {
  /** The members' distinct weights. */
  readonly kinds: readonly OutcomeWeights[];
  /** How many members in office are of each kind. */
  readonly sizes: readonly number[];
  /** The index of a kind in `kinds`. */
  readonly kindOf: (w: OutcomeWeights) => number;
  /** Nobody won. */
  readonly none: Won;
  /** The states of a distribution of this projection. */
  readonly states: number;
  readonly trackPresent: boolean;
  /** The chance of passage with these members won: not reduced. */
  readonly chance: (won: Won) => Rational;
}

export interface WonChancesInput {
  /** The distribution over every member. */
  readonly all: AyeDistribution;
  readonly table: DecisionTable;
  /** Every member's weights, one entry per member. */
  readonly members: readonly OutcomeWeights[];
}

/** Work allowed for one chance through the base, per state of a distribution (what working one out costs). */
const WORK_PER_STATE = 4;

/** Distributions kept to start others from, at most (estimated bytes). */
const KEPT_BYTES = 64 * 1024 * 1024;

interface Known {
  readonly won: Won;
  readonly dist: AyeDistribution;
}

export function wonChances(input: WonChancesInput): WonChances {
  const { all, table } = input;
  const dimensions = all.dimensions;
  const byKey = new Map<string, number>();
  const kinds: OutcomeWeights[] = [];
  const sizes: number[] = [];
  for (const w of input.members) {
    const key = weightsKey(w);
    const index = byKey.get(key);
    if (index === undefined) {
      byKey.set(key, kinds.length);
      kinds.push(w);
      sizes.push(1);
    } else sizes[index] = (sizes[index] ?? 0) + 1;
  }
  const kindIndex = (w: OutcomeWeights): number => {
    const index = byKey.get(weightsKey(w));
    if (index === undefined) throw new RangeError('no member has these weights');
    return index;
  };
  const none: Won = kinds.map(() => 0);
  const states = all.values.length;
  const rows = dimensions.trackPresent ? dimensions.uncertain + 1 : 1;
  const runs: PassRunsCache = new Map();
  const powers: Polynomial[][] = [];

  const start: Known = { won: none, dist: all };
  let base: Known & { sums?: ShiftedPassSums } = start;
  const kept = new Map<string, Known & { readonly bytes: number }>();
  let keptBytes = 0;
  const keep = (known: Known): void => {
    const key = known.won.join(',');
    if (kept.has(key)) return;
    const bytes = estimateBytes(known.dist);
    kept.set(key, { ...known, bytes });
    keptBytes += bytes;
    for (const [oldest, entry] of kept) {
      if (keptBytes <= KEPT_BYTES) break;
      kept.delete(oldest);
      keptBytes -= entry.bytes;
    }
  };
  const nearest = (won: Won): { readonly from: Known; readonly distance: number } => {
    let best = { from: start, distance: distance(start.won, won) };
    for (const candidate of [base, ...kept.values()]) {
      const d = distance(candidate.won, won);
      if (d < best.distance) best = { from: candidate, distance: d };
    }
    return best;
  };
  // Work for one chance through a base `extra` members past the list.
  const affordable = (extra: number): boolean => {
    const work = dimensions.trackPresent
      ? (((extra + 1) * (extra + 2)) / 2) * (extra + rows)
      : (extra + 1) * (extra + 1);
    return work <= WORK_PER_STATE * states;
  };
  const grow = (to: Won): void => {
    keep(base);
    base = { won: to, dist: derive(base, to, kinds) };
  };
  const throughBase = (won: Won, count: number): Rational => {
    const sums = base.sums ?? shiftedPassSums(base.dist, table, runs);
    base.sums = sums;
    let numerator = 0n;
    let denominator = base.dist.denominator * table.denominator;
    const rest = leftInBase(base.won, won, kinds, powers, dimensions);
    const width = rest.polynomial.degree + 1;
    rest.polynomial.coefficients.forEach((weight, index) => {
      if (weight === 0n) return;
      const ayes = index % width;
      const present = (index - ayes) / width;
      numerator += weight * sums(ayes + count, present + count);
    });
    denominator *= rest.total;
    return { numerator, denominator };
  };

  // The search asks again for lists it has seen.
  const answers = new Map<string, Rational>();
  const chance = (won: Won): Rational => {
    const key = won.join(',');
    const known = answers.get(key);
    if (known !== undefined) return known;
    const answer = work(won);
    answers.set(key, answer);
    return answer;
  };
  const work = (won: Won): Rational => {
    const count = won.reduce((sum, c) => sum + c, 0);
    const grown = base.won.map((u, i) => Math.max(u, won[i] ?? 0));
    const growth = distance(base.won, grown);
    const extra = grown.reduce((sum, c) => sum + c, 0) - count;
    if (growth === 0 && affordable(extra)) return throughBase(won, count);
    const near = nearest(won);
    if (growth <= near.distance && affordable(extra)) {
      grow(grown);
      return throughBase(won, count);
    }
    let dist = near.from.dist;
    if (near.distance > 0) {
      dist = derive(near.from, won, kinds);
      keep({ won, dist });
    }
    return chanceOfPassage(dist, table, count);
  };

  return {
    kinds,
    sizes,
    kindOf: kindIndex,
    none,
    states,
    trackPresent: dimensions.trackPresent,
    chance,
  };
}

function distance(a: Won, b: Won): number {
  return a.reduce((sum, c, i) => sum + Math.abs(c - (b[i] ?? 0)), 0);
}

/** The distribution of `from` with members won or given back until `won` are won. */
function derive(from: Known, won: Won, kinds: readonly OutcomeWeights[]): AyeDistribution {
  let dist = from.dist;
  kinds.forEach((w, i) => {
    for (let c = from.won[i] ?? 0; c < (won[i] ?? 0); c++) dist = removeMember(dist, w);
  });
  kinds.forEach((w, i) => {
    for (let c = from.won[i] ?? 0; c > (won[i] ?? 0); c--) dist = addMember(dist, w);
  });
  return dist;
}

/**
 * A polynomial in ayes, and in members present where the distribution
 * tracks them: `coefficients[present * (degree + 1) + ayes]`.
 */
interface Polynomial {
  readonly degree: number;
  readonly coefficients: readonly bigint[];
}

const ONE: Polynomial = { degree: 0, coefficients: [1n] };

function multiply(p: Polynomial, q: Polynomial, trackPresent: boolean): Polynomial {
  const degree = p.degree + q.degree;
  const width = degree + 1;
  const coefficients = new Array<bigint>(trackPresent ? width * width : width).fill(0n);
  const pRows = trackPresent ? p.degree + 1 : 1;
  const qRows = trackPresent ? q.degree + 1 : 1;
  for (let pp = 0; pp < pRows; pp++) {
    for (let pa = 0; pa <= p.degree; pa++) {
      const x = p.coefficients[pp * (p.degree + 1) + pa] ?? 0n;
      if (x === 0n) continue;
      for (let qp = 0; qp < qRows; qp++) {
        for (let qa = 0; qa <= q.degree; qa++) {
          const y = q.coefficients[qp * (q.degree + 1) + qa] ?? 0n;
          if (y === 0n) continue;
          const at = (pp + qp) * width + pa + qa;
          coefficients[at] = (coefficients[at] ?? 0n) + x * y;
        }
      }
    }
  }
  return { degree, coefficients };
}

/** One member of these weights: absent, no or aye, as a polynomial of degree 1 (or 0, never voting). */
function memberPolynomial(
  w: OutcomeWeights,
  dimensions: AyeDistribution['dimensions'],
): Polynomial {
  const kind = kindOf(w, dimensions);
  switch (kind) {
    case 'absent':
      return ONE;
    case 'ayes-only':
      return { degree: 1, coefficients: [w.absent + w.no, w.aye] };
    case 'present':
      // (present, ayes): (1, 0) no, (1, 1) aye
      return { degree: 1, coefficients: [0n, 0n, w.no, w.aye] };
    case 'uncertain':
      return { degree: 1, coefficients: [w.absent, 0n, w.no, w.aye] };
    default:
      return kind satisfies never;
  }
}

/**
 * The members in a base and not won, E = ∏ Bᵍ^(uᵍ−cᵍ), from the powers of
 * each kind's polynomial (`powers[g][m]`, filled as needed), over `total`.
 */
function leftInBase(
  base: Won,
  won: Won,
  kinds: readonly OutcomeWeights[],
  powers: Polynomial[][],
  dimensions: AyeDistribution['dimensions'],
): { readonly polynomial: Polynomial; readonly total: bigint } {
  let polynomial = ONE;
  let total = 1n;
  kinds.forEach((w, g) => {
    const left = (base[g] ?? 0) - (won[g] ?? 0);
    if (left === 0) return;
    const own = powers[g] ?? [ONE];
    powers[g] = own;
    const member = memberPolynomial(w, dimensions);
    for (let m = own.length; m <= left; m++) {
      own.push(multiply(own[m - 1] ?? ONE, member, dimensions.trackPresent));
    }
    polynomial = multiply(polynomial, own[left] ?? ONE, dimensions.trackPresent);
    total *= w.total ** BigInt(left);
  });
  return { polynomial, total };
}

/** Roughly what a distribution's numbers take in memory. */
function estimateBytes(dist: AyeDistribution): number {
  return dist.values.length * (24 + dist.denominator.toString(16).length / 2);
}

/** `won` with one more member of a kind won over. */
export function winOne(won: Won, kind: number): Won {
  return won.map((c, i) => (i === kind ? c + 1 : c));
}

/** `won` with one member of a kind given back. */
export function giveOneBack(won: Won, kind: number): Won {
  return won.map((c, i) => (i === kind ? c - 1 : c));
}
