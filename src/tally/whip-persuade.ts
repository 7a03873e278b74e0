import { reduceFraction } from '../basics/decimal.js';
import { compareRationals, rational, type Rational } from '../basics/rational.js';
import { chanceOfPassage, type DecisionTable } from './whip-decision.js';
import {
  addMember,
  ayeChance,
  emptyDistribution,
  removeMember,
  weightsKey,
  type AyeDistribution,
  type OutcomeWeights,
} from './whip-distribution.js';

/** A line of the whip count that may be won over: its members share weights. */
export interface PersuadeCandidate {
  readonly key: string;
  readonly size: number;
  readonly weights: OutcomeWeights;
}

export interface PersuadeInput {
  /** The distribution over every member. */
  readonly distribution: AyeDistribution;
  readonly table: DecisionTable;
  /** In report order; members already certain to vote aye are left out by the caller. */
  readonly candidates: readonly PersuadeCandidate[];
  /** The weights of every member who is not a candidate, one entry per member. */
  readonly others: readonly OutcomeWeights[];
  readonly target: Rational;
  /** Work allowed, in states visited, before settling for less than a proof. */
  readonly budget?: number;
  /** The distribution without one member of these weights, when the caller keeps them. */
  readonly withoutOne?: (weights: OutcomeWeights) => AyeDistribution;
}

export interface Persuasion {
  /** Members to win over, cheapest first; a bloc's key once per member of it. */
  readonly keys: readonly string[];
  /** The chance of passage once they are won (every candidate won, when the target is out of reach). */
  readonly chance: Rational;
  readonly reached: boolean;
  /** No shorter list reaches the target (false only when the search ran out of budget). */
  readonly fewest: boolean;
  /** No list of the same length is cheaper (same caveat). */
  readonly cheapest: boolean;
}

interface Group {
  readonly weights: OutcomeWeights;
  readonly size: number;
  /** The members' keys with their place in the report, one per member. */
  readonly keys: readonly { readonly key: string; readonly place: number }[];
  readonly first: number;
  /** The chance each member votes aye today: the higher, the cheaper to win. */
  readonly aye: Rational;
}

/** Enough for any council of everyday shapes; a pathological one gets a greedy answer, said so. */
const DEFAULT_BUDGET = 4_000_000;

class OutOfBudget extends Error {}

/** States of distributions kept at one level of the search, at most. */
const KEPT_STATES = 1_000_000;

/**
 * `persuade`: the fewest members whose certain aye brings the chance of
 * passage to at least the target; among lists that short, the cheapest, the
 * members most likely to vote aye already (largest sum of their chances of
 * an aye), then the one with the best chance of passage; listed cheapest
 * first.
 *
 * The fewest: winning over member i rather than j is never worse when i is
 * more likely than j both to be absent and to vote no (i "dominates" j; see
 * README, "How whip works it out"), so the best list of each length takes
 * the dominating members first. The search runs over such lists only, each
 * one a member removed from the previous distribution (exact deconvolution)
 * and the rule applied. With one attendance for everyone that is a single
 * chain, as many lists as members. Members with equal chances are one group.
 */
export function persuade(input: PersuadeInput): Persuasion {
  const { distribution: all, table, target, withoutOne } = input;
  // One member out of the whole distribution: what the caller may have kept.
  const remove = (dist: AyeDistribution, w: OutcomeWeights): AyeDistribution =>
    dist === all && withoutOne !== undefined ? withoutOne(w) : removeMember(dist, w);
  const now = chanceOfPassage(all, table);
  if (compareRationals(now, target) >= 0) {
    return { keys: [], chance: reduce(now), reached: true, fewest: true, cheapest: true };
  }
  const groups = groupCandidates(input.candidates);
  // Every candidate won: the others' distribution, built afresh (cheaper than removing each).
  const everyone = input.others.reduce(addMember, emptyDistribution(all.dimensions));
  const won = groups.reduce((sum, g) => sum + g.size, 0);
  const ceiling = chanceOfPassage(everyone, table, won);
  if (compareRationals(ceiling, target) < 0) {
    return { keys: [], chance: reduce(ceiling), reached: false, fewest: true, cheapest: true };
  }

  const budget = { left: input.budget ?? DEFAULT_BUDGET, cost: all.values.length };
  let found: Choice;
  let fewest = true;
  try {
    found = fewestByDominance({ all, table, target, groups, budget, remove });
  } catch (error) {
    if (!(error instanceof OutOfBudget)) throw error;
    fewest = false;
    found = greedy({ all, table, target, groups, budget, remove });
  }
  let cheapest = fewest;
  if (fewest) {
    const search = cheapestOfSize({ all, table, target, groups, budget, remove }, found);
    found = search.choice;
    cheapest = search.complete;
  }
  return {
    keys: listKeys(groups, found.counts),
    chance: reduce(found.chance),
    reached: true,
    fewest,
    cheapest,
  };
}

interface Choice {
  /** Members won, by group index. */
  readonly counts: readonly number[];
  readonly size: number;
  readonly chance: Rational;
  /** The sum of the members' chances of an aye today: the larger, the cheaper the list. */
  readonly value: Rational;
}

function groupCandidates(candidates: readonly PersuadeCandidate[]): Group[] {
  const byWeights = new Map<
    string,
    { weights: OutcomeWeights; keys: { key: string; place: number }[]; first: number }
  >();
  candidates.forEach((c, index) => {
    const key = weightsKey(c.weights);
    let group = byWeights.get(key);
    if (group === undefined) {
      group = { weights: c.weights, keys: [], first: index };
      byWeights.set(key, group);
    }
    for (let i = 0; i < c.size; i++) group.keys.push({ key: c.key, place: index });
  });
  return [...byWeights.values()].map((g) => ({
    weights: g.weights,
    size: g.keys.length,
    keys: g.keys,
    first: g.first,
    aye: ayeChance(g.weights),
  }));
}

/**
 * i dominates j: at least as likely to be absent, and at least as likely to
 * vote no; where only ayes count, at least as likely not to vote aye.
 */
function dominates(i: OutcomeWeights, j: OutcomeWeights, trackPresent: boolean): boolean {
  if (!trackPresent) return i.aye * j.total <= j.aye * i.total;
  return i.absent * j.total >= j.absent * i.total && i.no * j.total >= j.no * i.total;
}

function spend(budget: { left: number; cost: number }): void {
  budget.left -= budget.cost;
  if (budget.left < 0) throw new OutOfBudget();
}

/** What every search works from. */
interface Search {
  readonly all: AyeDistribution;
  readonly table: DecisionTable;
  readonly target: Rational;
  readonly groups: readonly Group[];
  readonly budget: { left: number; cost: number };
  readonly remove: (dist: AyeDistribution, w: OutcomeWeights) => AyeDistribution;
}

function fewestByDominance(search: Search): Choice {
  const { all, table, target, groups, budget, remove } = search;
  // Dominating groups first: least likely to vote aye, then most likely to vote no.
  const order = groups
    .map((g, index) => ({ g, index }))
    .sort(
      (x, y) =>
        compareRationals(x.g.aye, y.g.aye) ||
        compareRationals(noChance(y.g.weights), noChance(x.g.weights)) ||
        x.g.first - y.g.first,
    );
  const dominators = order.map(({ g }, level) =>
    order
      .slice(0, level)
      .filter(({ g: other }) => dominates(other.weights, g.weights, all.dimensions.trackPresent)),
  );
  const counts = new Array<number>(groups.length).fill(0);
  let best: Choice | undefined;
  const visit = (level: number, dist: AyeDistribution, size: number): void => {
    const entry = order[level];
    if (entry === undefined) return;
    visit(level + 1, dist, size);
    const open = (dominators[level] ?? []).every(({ g, index }) => counts[index] === g.size);
    if (!open) return;
    let d = dist;
    for (let c = 1; c <= entry.g.size; c++) {
      if (best !== undefined && size + c > best.size) break;
      spend(budget);
      d = remove(d, entry.g.weights);
      counts[entry.index] = c;
      const chance = chanceOfPassage(d, table, size + c);
      if (
        compareRationals(chance, target) >= 0 &&
        (best === undefined || size + c < best.size || compareRationals(chance, best.chance) > 0)
      ) {
        best = { counts: [...counts], size: size + c, chance, value: valueOf(groups, counts) };
      }
      visit(level + 1, d, size + c);
    }
    counts[entry.index] = 0;
  };
  visit(0, all, 0);
  // Every member won reaches the target (checked before), and that list is among those searched.
  if (best === undefined) throw new RangeError('no list reaches the target');
  return best;
}

/** The member with the best chance of passage once won, one at a time, until the target is reached. */
function greedy(search: Search): Choice {
  const { all, table, target, groups, remove } = search;
  const counts = new Array<number>(groups.length).fill(0);
  let dist = all;
  let size = 0;
  let chance = chanceOfPassage(all, table);
  while (compareRationals(chance, target) < 0) {
    let pick: { index: number; dist: AyeDistribution; chance: Rational } | undefined;
    groups.forEach((g, index) => {
      if ((counts[index] ?? 0) >= g.size) return;
      const d = remove(dist, g.weights);
      const c = chanceOfPassage(d, table, size + 1);
      if (pick === undefined || compareRationals(c, pick.chance) > 0)
        pick = { index, dist: d, chance: c };
    });
    if (pick === undefined) break;
    counts[pick.index] = (counts[pick.index] ?? 0) + 1;
    dist = pick.dist;
    chance = pick.chance;
    size++;
  }
  return { counts, size, chance, value: valueOf(groups, counts) };
}

/**
 * Among lists as short as `found`, the cheapest that still reaches the
 * target: groups cheapest first, as many of each as fit, with a bound on the
 * best cost still possible.
 */
function cheapestOfSize(
  search: Search,
  found: Choice,
): { readonly choice: Choice; readonly complete: boolean } {
  const { all, table, target, groups, budget, remove } = search;
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
  const trackPresent = all.dimensions.trackPresent;
  const strong = order.map((_, level) => {
    // Strongest first, and among equally likely ayes the later groups first,
    // so that this level's group is always the last: the weakest.
    const suffix = order.slice(level).reverse();
    const chain = suffix.every((e, i) => {
      const next = suffix[i + 1];
      return next === undefined || dominates(e.g.weights, next.g.weights, trackPresent);
    });
    // one entry per member, strongest first
    return chain
      ? suffix.flatMap((e) => new Array<OutcomeWeights>(e.g.size).fill(e.g.weights))
      : undefined;
  });
  const reaches = (d: AyeDistribution): boolean => {
    spend(budget);
    return compareRationals(chanceOfPassage(d, table, found.size), target) >= 0;
  };
  const counts = new Array<number>(groups.length).fill(0);
  let best = found;
  /** `probe`, when known: `dist` with the strongest `rest` of this level's groups won, and it reaches the target. */
  const visit = (
    level: number,
    dist: AyeDistribution,
    rest: number,
    value: Rational,
    probe: AyeDistribution | undefined,
  ): void => {
    if (rest === 0) {
      spend(budget);
      const chance = chanceOfPassage(dist, table, found.size);
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
    const keepAll = (most + 1) * dist.values.length <= KEPT_STATES;

    // probes[c]: c of this group and the strongest rest − c of the later ones won.
    let top = most;
    let probes: (AyeDistribution | undefined)[] = [];
    const chain = strong[level];
    if (chain !== undefined) {
      let first = probe;
      if (first === undefined) {
        first = dist;
        for (let i = 0; i < rest; i++) {
          spend(budget);
          first = remove(first, chain[i] ?? entry.g.weights);
        }
        if (!reaches(first)) return;
      }
      // The later groups' strongest members are this level's chain without its weakest group.
      const later = strong[level + 1] ?? [];
      probes = new Array<AyeDistribution | undefined>(least).fill(undefined);
      probes.push(first);
      top = least;
      for (let c = least + 1; c <= most; c++) {
        const given = later[rest - c];
        const before = probes[c - 1];
        if (given === undefined || before === undefined) break;
        spend(budget);
        const candidate = remove(addMember(before, given), entry.g.weights);
        if (!reaches(candidate)) break;
        probes.push(keepAll ? candidate : undefined);
        if (!keepAll) probes[c - 1] = undefined;
        top = c;
      }
    }

    // The distributions with 0..top of the group won, kept while they are few enough;
    // otherwise each is got back from the next by adding the member again.
    const kept: AyeDistribution[] = [dist];
    let d = dist;
    for (let c = 1; c <= top; c++) {
      spend(budget);
      d = remove(d, entry.g.weights);
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
          d = c === 1 ? dist : addMember(d, entry.g.weights);
        }
      }
    }
    counts[entry.index] = 0;
  };
  try {
    visit(0, all, found.size, rational(0n, 1n), undefined);
    return { choice: best, complete: true };
  } catch (error) {
    if (!(error instanceof OutOfBudget)) throw error;
    return { choice: best, complete: false };
  }
}

/** The sum of a list's members' chances of an aye today (the likelier they are already, the cheaper). */
function valueOf(groups: readonly Group[], counts: readonly number[]): Rational {
  return groups.reduce(
    (sum, g, index) => add(sum, times(g.aye, counts[index] ?? 0)),
    rational(0n, 1n),
  );
}

/** The members of a list, cheapest first, then in report order. */
function listKeys(groups: readonly Group[], counts: readonly number[]): string[] {
  const chosen = groups.flatMap((g, index) =>
    g.keys.slice(0, counts[index] ?? 0).map((k) => ({ ...k, aye: g.aye })),
  );
  chosen.sort((x, y) => compareRationals(y.aye, x.aye) || x.place - y.place);
  return chosen.map((c) => c.key);
}

function noChance(w: OutcomeWeights): Rational {
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

function reduce(r: Rational): Rational {
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
  const { all, table, target, groups, budget, remove } = search;
  const trackPresent = all.dimensions.trackPresent;
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
  let base = all;
  for (const index of taken) {
    spend(budget);
    base = remove(base, groups[index]?.weights ?? certainAye);
  }
  const usable = groups.map((g) => g.size);
  for (const { g, index } of strongestFirst) {
    if (strongest.has(index)) continue;
    let probe = base;
    let c = 0;
    while (c < g.size && c < size) {
      const given = groups[taken[size - 1 - c] ?? index]?.weights ?? g.weights;
      spend(budget);
      probe = remove(addMember(probe, given), g.weights);
      if (compareRationals(chanceOfPassage(probe, table, size), target) < 0) break;
      c++;
    }
    usable[index] = c;
  }
  return usable;
}

const certainAye: OutcomeWeights = { absent: 0n, aye: 1n, no: 0n, total: 1n };
