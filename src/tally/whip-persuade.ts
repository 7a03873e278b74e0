import { compareRationals, type Rational } from '../basics/rational.js';
import { chanceOfPassage, type DecisionTable } from './whip-decision.js';
import {
  addMember,
  ayeChance,
  emptyDistribution,
  weightsKey,
  type AyeDistribution,
  type OutcomeWeights,
} from './whip-distribution.js';
import {
  cheapestOfSize,
  dominates,
  reduce,
  listKeys,
  noChance,
  OutOfBudget,
  spend,
  valueOf,
  type Choice,
  type Group,
  type Search,
} from './whip-persuade-search.js';
import { winOne, type Won, type WonChances } from './whip-won-chances.js';

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
  /** The chance of passage with members won, over the same members as `distribution`. */
  readonly chances: WonChances;
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

/** Enough for any council of everyday shapes; a pathological one gets a greedy answer, said so. */
const DEFAULT_BUDGET = 4_000_000;

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
 * one a count of members of each kind won, whose chance of passage is exact
 * (whip-won-chances.ts: the members taken out of the distribution, the rule
 * applied). With one attendance for everyone that is a single chain, as many
 * lists as members. Members with equal chances are one group.
 */
export function persuade(input: PersuadeInput): Persuasion {
  const { distribution: all, table, target, chances } = input;
  const now = chances.chance(chances.none);
  if (compareRationals(now, target) >= 0) {
    return { keys: [], chance: reduce(now), reached: true, fewest: true, cheapest: true };
  }
  const groups = groupCandidates(input.candidates, chances);
  // Every candidate won: the others' distribution, built afresh (cheaper than removing each).
  const everyone = input.others.reduce(addMember, emptyDistribution(all.dimensions));
  const won = groups.reduce((sum, g) => sum + g.size, 0);
  const ceiling = chanceOfPassage(everyone, table, won);
  if (compareRationals(ceiling, target) < 0) {
    return { keys: [], chance: reduce(ceiling), reached: false, fewest: true, cheapest: true };
  }

  const budget = { left: input.budget ?? DEFAULT_BUDGET, cost: chances.states };
  const search: Search = { chances, target, groups, budget };
  let found: Choice;
  let fewest = true;
  try {
    found = fewestByDominance(search);
  } catch (error) {
    if (!(error instanceof OutOfBudget)) throw error;
    fewest = false;
    found = greedy(search);
  }
  let cheapest = fewest;
  if (fewest) {
    const cheaper = cheapestOfSize(search, found);
    found = cheaper.choice;
    cheapest = cheaper.complete;
  }
  return {
    keys: listKeys(groups, found.counts),
    chance: reduce(found.chance),
    reached: true,
    fewest,
    cheapest,
  };
}

function groupCandidates(candidates: readonly PersuadeCandidate[], chances: WonChances): Group[] {
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
    kind: chances.kindOf(g.weights),
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

function fewestByDominance(search: Search): Choice {
  const { chances, target, groups, budget } = search;
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
      .filter(({ g: other }) => dominates(other.weights, g.weights, chances.trackPresent)),
  );
  const counts = new Array<number>(groups.length).fill(0);
  let best: Choice | undefined;
  const visit = (level: number, won: Won, size: number): void => {
    const entry = order[level];
    if (entry === undefined) return;
    visit(level + 1, won, size);
    const open = (dominators[level] ?? []).every(({ g, index }) => counts[index] === g.size);
    if (!open) return;
    let d = won;
    for (let c = 1; c <= entry.g.size; c++) {
      if (best !== undefined && size + c > best.size) break;
      spend(budget);
      d = winOne(d, entry.g.kind);
      counts[entry.index] = c;
      const chance = chances.chance(d);
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
  visit(0, chances.none, 0);
  // Every member won reaches the target (checked before), and that list is among those searched.
  if (best === undefined) throw new RangeError('no list reaches the target');
  return best;
}

/** The member with the best chance of passage once won, one at a time, until the target is reached. */
function greedy(search: Search): Choice {
  const { chances, target, groups } = search;
  const counts = new Array<number>(groups.length).fill(0);
  let won = chances.none;
  let size = 0;
  let chance = chances.chance(won);
  while (compareRationals(chance, target) < 0) {
    let pick: { index: number; won: Won; chance: Rational } | undefined;
    groups.forEach((g, index) => {
      if ((counts[index] ?? 0) >= g.size) return;
      const d = winOne(won, g.kind);
      const c = chances.chance(d);
      if (pick === undefined || compareRationals(c, pick.chance) > 0)
        pick = { index, won: d, chance: c };
    });
    if (pick === undefined) break;
    counts[pick.index] = (counts[pick.index] ?? 0) + 1;
    won = pick.won;
    chance = pick.chance;
    size++;
  }
  return { counts, size, chance, value: valueOf(groups, counts) };
}
