import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compareRationals, rational } from '../../src/basics/rational.js';
import type { RuleVersion } from '../../src/model/council.js';
import { chanceOfPassage, decisionTable } from '../../src/tally/whip-decision.js';
import {
  addMember,
  certainWeights,
  emptyDistribution,
  outcomeWeights,
  removeMember,
  type OutcomeWeights,
} from '../../src/tally/whip-distribution.js';
import { wonChances, type Won } from '../../src/tally/whip-won-chances.js';
import { thresholdArb } from '../support/whip-brute-force.js';

/** Property tests take seconds to minutes on a busy machine: never a reason to fail. */
const LONG = 900_000;

const chanceArb = fc
  .oneof(fc.integer({ min: 0, max: 20 }), fc.constantFrom(0, 20))
  .map((k) => rational(BigInt(k), 20n));

/** A member: a chance of attendance and of an aye, or a vote taken as certain. */
const memberArb: fc.Arbitrary<OutcomeWeights> = fc.oneof(
  { weight: 4, arbitrary: fc.tuple(chanceArb, chanceArb).map(([a, p]) => outcomeWeights(a, p)) },
  { weight: 1, arbitrary: fc.constantFrom('no' as const, 'absent' as const).map(certainWeights) },
);

const caseArb = fc
  .record({
    // few kinds, so that members share them as in a real whip count
    kinds: fc.array(memberArb, { minLength: 1, maxLength: 4 }),
    picks: fc.array(fc.nat(), { minLength: 1, maxLength: 12 }),
    threshold: thresholdArb(3),
    trackPresent: fc.boolean(),
  })
  .chain((c) => {
    const members = c.picks.map((p) => c.kinds[p % c.kinds.length] ?? certainWeights('absent'));
    // lists to ask for, in this order: each a count of some members' kinds
    const lists = fc.array(fc.array(fc.nat({ max: members.length - 1 })), { maxLength: 20 });
    return fc.record({ members: fc.constant(members), lists, c: fc.constant(c) });
  });

describe('the chance of passage with members won, from a kept base', () => {
  it(
    'equals the chance worked out from the distribution without those members',
    () => {
      fc.assert(
        fc.property(caseArb, ({ members, lists, c }) => {
          const version: RuleVersion = { threshold: c.threshold };
          const table = decisionTable({
            version,
            seats: members.length + 1,
            members: members.length,
            executive: null,
          });
          if (!table.ok) return;
          const uncertain = members.filter((w) => w.absent !== 0n && w.absent !== w.total).length;
          const dimensions = { members: members.length, uncertain, trackPresent: c.trackPresent };
          const all = members.reduce(addMember, emptyDistribution(dimensions));
          const chances = wonChances({ all, table: table.value, members });
          for (const list of lists) {
            // distinct members, by index: the list's count of each kind
            const chosen = [...new Set(list)];
            const won: Won = chances.kinds.map(
              (_, kind) =>
                chosen.filter(
                  (i) => chances.kindOf(members[i] ?? certainWeights('absent')) === kind,
                ).length,
            );
            let direct = all;
            for (const i of chosen)
              direct = removeMember(direct, members[i] ?? certainWeights('absent'));
            const expected = chanceOfPassage(direct, table.value, chosen.length);
            expect(compareRationals(chances.chance(won), expected)).toBe(0);
          }
        }),
        { numRuns: 1000 },
      );
    },
    LONG,
  );
});
