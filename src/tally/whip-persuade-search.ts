import { reduceFraction } from '../basics/decimal.js';
import { compareRationals, rational, type Rational } from '../basics/rational.js';
import type { OutcomeWeights } from './whip-distribution.js';
import { giveOneBack, winOne, type Won, type WonChances } from './whip-won-chances.js';

/**
 * The search behind `persuade` (whip-persuade.ts): the members grouped by
 * their chances, and the cheapest list of a given length.
 */

/**
 * States of distributions kept at one level of the search, at most: lists
 * are now counts, but past this the search still spends its budget as when
 * it gave members back one at a time, so that it stops where it always did.
 */
const KEPT_STATES = 1_000_000;

export interface Group {
  readonly weights: OutcomeWeights;
  /** Its members' kind among the projection's (`WonChances.kinds`). */
  readonly kind: number;
  readonly size: number;
  /** The members' keys with their place in the report, one per member. */
  readonly keys: readonly { readonly key: string; readonly place: number }[];
  readonly first: number;
  /** The chance each member votes aye today: the higher, the cheaper to win. */
  readonly aye: Rational;
}

export class OutOfBudget extends Error {}

export interface Choice {
  /** Members won, by group index. */
  readonly counts: readonly number[];
  readonly size: number;
  readonly chance: Rational;
  /** The sum of the members' chances of an aye today: the larger, the cheaper the list. */
  readonly value: Rational;
}

export function spend(budget: { left: number; cost: number }): void {
  budget.left -= budget.cost;
  if (budget.left < 0) throw new OutOfBudget();
}

/** What every search works from. */
export interface Search {
  readonly chances: WonChances;
  readonly target: Rational;
  readonly groups: readonly Group[];
  readonly budget: { left: number; cost: number };
}

/**
 * Among lists as short as `found`, the cheapest that still reaches the
 * target: groups cheapest first, as many of each as fit, with a bound on the
 * best cost still possible.
 */
export function cheapestOfSize(
  search: Search,
  found: Choice,
): { readonly choice: Choice; readonly complete: boolean } {
  const { chances, target, groups, budget } = search;
  // Groups that no list this short can use are left out; the others are
  // searched only up to the most of them a list can hold.
  const usable = usableCounts(search, found.size);
  const order = groups
    .map((g, index) => ({ g: { ...g, size: Math.min(g.size, usable?.[index] ?? g.size) }, index }))
    .filter((e) => e.g.size > 0)
    .sort((x, y) => compareRationals(y.g.aye, x.g.aye) || x.g.first - y.g.first);
  const capacity = order.map((_, level) =>
    order.slice(level).reduce((sum, e) => sum + e.g.size, 0),
  );
  // From each level on, the groups in order of strength (most likely not to
  // vote aye first), when each dominates the next. Then winning a member of
  // this level's group, the weakest, instead of a stronger one never helps:
  // with c of this group and the strongest of the rest, the chance of
  // passage falls as c grows. A "probe" is that best case, kept from level to
  // level: the largest c that can still reach the target is found by trading
  // one strong member for one of this group at a time, and a branch that
  // cannot reach the target even so is never entered.
  const trackPresent = chances.trackPresent;
  const strong = order.map((_, level) => {
    // Strongest first, and among equally likely ayes the later groups first,
    // so that this level's group is always the last: the weakest.
    const suffix = order.slice(level).reverse();
    const chain = suffix.every((e, i) => {
      const next = suffix[i + 1];
      return next === undefined || dominates(e.g.weights, next.g.weights, trackPresent);
    });
    // one entry per member, strongest first
    return chain ? suffix.flatMap((e) => new Array<number>(e.g.size).fill(e.g.kind)) : undefined;
  });
  const reaches = (won: Won): boolean => {
    spend(budget);
    return compareRationals(chances.chance(won), target) >= 0;
  };
  const counts = new Array<number>(groups.length).fill(0);
  let best = found;
  /** `probe`, when known: `won` with the strongest `rest` of this level's groups won too, and it reaches the target. */
  const visit = (
    level: number,
    won: Won,
    rest: number,
    value: Rational,
    probe: Won | undefined,
  ): void => {
    if (rest === 0) {
      spend(budget);
      const chance = chances.chance(won);
      if (compareRationals(chance, target) < 0) return;
      const byValue = compareRationals(value, best.value);
      if (byValue > 0 || (byValue === 0 && compareRationals(chance, best.chance) > 0)) {
        best = { counts: [...counts], size: found.size, chance, value };
      }
      return;
    }
    const entry = order[level];
    if (entry === undefined || (capacity[level] ?? 0) < rest) return;
    const most = Math.min(entry.g.size, rest);
    const least = Math.max(0, rest - (capacity[level + 1] ?? 0));
    const next = order[level + 1]?.g.aye ?? rational(0n, 1n);
    const keepAll = (most + 1) * chances.states <= KEPT_STATES;

    // probes[c]: c of this group and the strongest rest − c of the later ones won.
    let top = most;
    let probes: (Won | undefined)[] = [];
    const chain = strong[level];
    if (chain !== undefined) {
      let first = probe;
      if (first === undefined) {
        first = won;
        for (let i = 0; i < rest; i++) {
          spend(budget);
          first = winOne(first, chain[i] ?? entry.g.kind);
        }
        if (!reaches(first)) return;
      }
      // The later groups' strongest members are this level's chain without its weakest group.
      const later = strong[level + 1] ?? [];
      probes = new Array<Won | undefined>(least).fill(undefined);
      probes.push(first);
      top = least;
      for (let c = least + 1; c <= most; c++) {
        const given = later[rest - c];
        const before = probes[c - 1];
        if (given === undefined || before === undefined) break;
        spend(budget);
        const candidate = winOne(giveOneBack(before, given), entry.g.kind);
        if (!reaches(candidate)) break;
        probes.push(keepAll ? candidate : undefined);
        if (!keepAll) probes[c - 1] = undefined;
        top = c;
      }
    }

    // The lists with 0..top of the group won, kept while they are few enough (as
    // distributions were); otherwise each is got back from the next by giving the member back.
    const kept: Won[] = [won];
    let d = won;
    for (let c = 1; c <= top; c++) {
      spend(budget);
      d = winOne(d, entry.g.kind);
      if (keepAll) kept.push(d);
    }
    for (let c = top; c >= least; c--) {
      // The largest value still possible: the rest from the next, costlier, group.
      const taken = add(value, times(entry.g.aye, c));
      if (compareRationals(add(taken, times(next, rest - c)), best.value) < 0) break;
      counts[entry.index] = c;
      visit(level + 1, d, rest - c, taken, probes[c]);
      if (c > least) {
        const before = kept[c - 1];
        if (keepAll && before !== undefined) d = before;
        else {
          spend(budget);
          d = c === 1 ? won : giveOneBack(d, entry.g.kind);
        }
      }
    }
    counts[entry.index] = 0;
  };
  try {
    visit(0, chances.none, found.size, rational(0n, 1n), undefined);
    return { choice: best, complete: true };
  } catch (error) {
    if (!(error instanceof OutOfBudget)) throw error;
    return { choice: best, complete: false };
  }
}

/** The sum of a list's members' chances of an aye today (the likelier they are already, the cheaper). */
export function valueOf(groups: readonly Group[], counts: readonly number[]): Rational {
  return groups.reduce(
    (sum, g, index) => add(sum, times(g.aye, counts[index] ?? 0)),
    rational(0n, 1n),
  );
}

/** The members of a list, cheapest first, then in report order. */
export function listKeys(groups: readonly Group[], counts: readonly number[]): string[] {
  const chosen = groups.flatMap((g, index) =>
    g.keys.slice(0, counts[index] ?? 0).map((k) => ({ ...k, aye: g.aye })),
  );
  chosen.sort((x, y) => compareRationals(y.aye, x.aye) || x.place - y.place);
  return chosen.map((c) => c.key);
}

export function noChance(w: OutcomeWeights): Rational {
  return { numerator: w.no, denominator: w.total };
}

function add(a: Rational, b: Rational): Rational {
  return rational(
    a.numerator * b.denominator + b.numerator * a.denominator,
    a.denominator * b.denominator,
  );
}

function times(a: Rational, n: number): Rational {
  return rational(a.numerator * BigInt(n), a.denominator);
}

export function reduce(r: Rational): Rational {
  return reduceFraction(r.numerator, r.denominator);
}

/**
 * When the groups form a chain (each dominates the next), the most members
 * of each group that a list of `size` reaching the target can hold: c of
 * a group with the strongest size − c members of the others is the best
 * such a list can do, and that gets worse as c grows. Groups among the
 * strongest `size` members are not limited. Undefined without a chain.
 */
function usableCounts(search: Search, size: number): number[] | undefined {
  const { chances, target, groups, budget } = search;
  const trackPresent = chances.trackPresent;
  const strongestFirst = groups
    .map((g, index) => ({ g, index }))
    .sort((x, y) => compareRationals(x.g.aye, y.g.aye) || y.g.first - x.g.first);
  const chain = strongestFirst.every((e, i) => {
    const next = strongestFirst[i + 1];
    return next === undefined || dominates(e.g.weights, next.g.weights, trackPresent);
  });
  if (!chain) return undefined;
  const taken = strongestFirst
    .flatMap((e) => new Array<number>(e.g.size).fill(e.index))
    .slice(0, size);
  const strongest = new Set(taken);
  let base = chances.none;
  for (const index of taken) {
    spend(budget);
    base = winOne(base, groups[index]?.kind ?? -1);
  }
  const usable = groups.map((g) => g.size);
  for (const { g, index } of strongestFirst) {
    if (strongest.has(index)) continue;
    let probe = base;
    let c = 0;
    while (c < g.size && c < size) {
      const given = groups[taken[size - 1 - c] ?? index]?.kind ?? g.kind;
      spend(budget);
      probe = winOne(giveOneBack(probe, given), g.kind);
      if (compareRationals(chances.chance(probe), target) < 0) break;
      c++;
    }
    usable[index] = c;
  }
  return usable;
}

/** Winning i rather than j is never worse (see persuade). */
export function dominates(i: OutcomeWeights, j: OutcomeWeights, trackPresent: boolean): boolean {
  if (!trackPresent) return i.aye * j.total <= j.aye * i.total;
  return i.absent * j.total >= j.absent * i.total && i.no * j.total >= j.no * i.total;
}
