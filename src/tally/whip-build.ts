import {
  addMember,
  emptyDistribution,
  kindOf,
  type AyeDistribution,
  type Dimensions,
  type OutcomeWeights,
} from './whip-distribution.js';

/** Members added in one pass at most. */
const MOST_IN_A_PASS = 8;

/**
 * How many members of these weights to add in one pass: as many as keep
 * their joint chances within one 64-bit word (each at most total^m times a
 * binomial below 2^m), where multiplying by them costs no more than by one
 * member's.
 */
function membersPerPass(w: OutcomeWeights): number {
  const bits = w.total.toString(2).length + 1;
  return Math.max(1, Math.min(MOST_IN_A_PASS, Math.floor(64 / bits)));
}

/**
 * The distribution over members of these weights (one entry per member),
 * built a kind at a time, the kinds with the smallest denominators first
 * (the numbers grow by each member's denominator, so the large ones come
 * when there are fewer steps left), and members of one kind who are
 * certainly present or counted by ayes only added several in one pass:
 * the same exact distribution as adding them one by one in any order, with
 * fewer operations on large numbers.
 */
export function buildDistribution(
  dimensions: Dimensions,
  members: readonly OutcomeWeights[],
): AyeDistribution {
  const kinds = new Map<string, { readonly weights: OutcomeWeights; count: number }>();
  for (const w of members) {
    const key = `${w.absent}:${w.aye}:${w.no}:${w.total}`;
    const kind = kinds.get(key);
    if (kind === undefined) kinds.set(key, { weights: w, count: 1 });
    else kind.count++;
  }
  const ordered = [...kinds.values()].sort((x, y) =>
    x.weights.total < y.weights.total ? -1 : x.weights.total > y.weights.total ? 1 : 0,
  );
  let dist = emptyDistribution(dimensions);
  for (const { weights, count } of ordered) {
    const step = membersPerPass(weights);
    for (let left = count; left > 0; left -= step) {
      dist = addMembers(dist, weights, Math.min(step, left));
    }
  }
  return dist;
}

/** The distribution with `m` more members of weights `w`. */
function addMembers(dist: AyeDistribution, w: OutcomeWeights, m: number): AyeDistribution {
  const { dimensions } = dist;
  const kind = kindOf(w, dimensions);
  if (kind === 'absent') return { ...dist, count: dist.count + m };
  if (kind === 'uncertain' || m === 1) {
    let d = dist;
    for (let k = 0; k < m; k++) d = addMember(d, w);
    return d;
  }
  // (stay + aye·x)^m: the chance of c ayes among the m, c = 0..m
  const stay = kind === 'present' ? w.no : w.absent + w.no;
  const joint: bigint[] = [];
  let binomial = 1n;
  for (let c = 0; c <= m; c++) {
    joint.push(binomial * stay ** BigInt(m - c) * w.aye ** BigInt(c));
    binomial = (binomial * BigInt(m - c)) / BigInt(c + 1);
  }
  const width = dimensions.members + 1;
  const count = dist.count + m;
  const certainPresent = dist.certainPresent + (kind === 'present' ? m : 0);
  const rows = kind === 'ayes-only' ? 1 : dist.uncertainCount + 1;
  const old = dist.values;
  const values = new Array<bigint>(old.length).fill(0n);
  for (let u = 0; u < rows; u++) {
    const row = u * width;
    const most = kind === 'ayes-only' ? count : Math.min(count, certainPresent + u);
    for (let a = 0; a <= most; a++) {
      let sum = 0n;
      for (let c = 0; c <= m && c <= a; c++) {
        const before = old[row + a - c] ?? 0n;
        if (before !== 0n) sum += before * (joint[c] ?? 0n);
      }
      values[row + a] = sum;
    }
  }
  return {
    dimensions,
    count,
    certainPresent,
    uncertainCount: dist.uncertainCount,
    denominator: dist.denominator * w.total ** BigInt(m),
    values,
  };
}
