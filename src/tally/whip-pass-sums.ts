import type { DecisionTable } from './whip-decision.js';
import type { AyeDistribution } from './whip-distribution.js';

/**
 * A distribution's chances weighted by the rule's verdict, with every
 * outcome moved by a number of ayes and of members present: `at(ayes,
 * present)` is the sum over the distribution's states of
 * value × pass(state's ayes + ayes, state's present + present), where a
 * distribution that does not track who is present has every member present.
 * Not reduced: over the distribution's denominator times the table's.
 *
 * Each sum costs a few operations per row of states rather than one per
 * state: the rule decides long stretches of ayes alike (a threshold splits
 * them in two), and each stretch is one difference of prefix sums.
 */
export type ShiftedPassSums = (ayes: number, present: number) => bigint;

/** Stretches of ayes the rule decides alike, for one count of members present. */
interface PassRuns {
  /** Where each stretch starts; the last one ends after `last`. */
  readonly starts: readonly number[];
  readonly passes: readonly bigint[];
  /** The most ayes there can be. */
  readonly last: number;
}

/** The stretches of each count of members present, found once per table and kept. */
export type PassRunsCache = Map<number, PassRuns>;

export function shiftedPassSums(
  dist: AyeDistribution,
  table: DecisionTable,
  runsCache: PassRunsCache,
): ShiftedPassSums {
  const { members, trackPresent } = dist.dimensions;
  const width = members + 1;
  const rows = trackPresent ? dist.uncertainCount + 1 : 1;
  const prefixes: bigint[][] = [];
  for (let u = 0; u < rows; u++) {
    const most = trackPresent ? Math.min(dist.count, dist.certainPresent + u) : dist.count;
    const prefix = new Array<bigint>(most + 2);
    let sum = 0n;
    prefix[0] = sum;
    for (let a = 0; a <= most; a++) {
      const value = dist.values[u * width + a] ?? 0n;
      if (value !== 0n) sum += value;
      prefix[a + 1] = sum;
    }
    prefixes.push(prefix);
  }
  const runsFor = (present: number): PassRuns => {
    let runs = runsCache.get(present);
    if (runs === undefined) {
      runs = passRuns(table, present, trackPresent ? present : members);
      runsCache.set(present, runs);
    }
    return runs;
  };
  const sums = new Map<number, bigint>();
  return (ayes, present) => {
    // without tracking, every member is present whatever `present` says
    const key = trackPresent ? present * (width + 1) + ayes : ayes;
    const known = sums.get(key);
    if (known !== undefined) return known;
    let total = 0n;
    for (let u = 0; u < rows; u++) {
      const prefix = prefixes[u] ?? [0n, 0n];
      const most = prefix.length - 2;
      if (prefix[most + 1] === 0n) continue;
      const runs = runsFor(trackPresent ? dist.certainPresent + u + present : members);
      for (let r = 0; r < runs.starts.length; r++) {
        const pass = runs.passes[r] ?? 0n;
        if (pass === 0n) continue;
        // the row's ayes a that land in the stretch: start <= a + ayes < end
        const low = Math.max((runs.starts[r] ?? 0) - ayes, 0);
        const high = Math.min((runs.starts[r + 1] ?? runs.last + 1) - ayes, most + 1);
        if (low >= high) continue;
        const part = (prefix[high] ?? 0n) - (prefix[low] ?? 0n);
        total += pass === 1n ? part : part * pass;
      }
    }
    sums.set(key, total);
    return total;
  };
}

function passRuns(table: DecisionTable, present: number, last: number): PassRuns {
  const starts: number[] = [];
  const passes: bigint[] = [];
  for (let ayes = 0; ayes <= last; ayes++) {
    const pass = table.at(ayes, present).pass;
    if (passes.at(-1) !== pass) {
      starts.push(ayes);
      passes.push(pass);
    }
  }
  return { starts, passes, last };
}
