import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { RuleVersion } from '../../src/model/council.js';
import { VOTE_VALUES, type VoteValue } from '../../src/model/roll-call.js';
import { decideVote, redecide, type Decision } from '../../src/rules/decide.js';
import { thresholdArb } from '../support/whip-brute-force.js';

type Counts = Record<VoteValue, number>;

const countsArb: fc.Arbitrary<Counts> = fc.record(
  Object.fromEntries(VOTE_VALUES.map((v) => [v, fc.integer({ min: 0, max: 6 })])) as Record<
    VoteValue,
    fc.Arbitrary<number>
  >,
);

const quorumArb = fc.option(
  fc.record({
    fraction: fc.constantFrom('1/2', '2/3', '1/3'),
    of: fc.constantFrom('seats' as const, 'members' as const),
    compare: fc.constantFrom('at-least' as const, 'more-than' as const),
  }),
  { nil: undefined },
);

function decide(version: RuleVersion, counts: Counts, members: number): Decision {
  const decided = decideVote({ version, seats: members + 2, members, counts });
  if (!decided.ok) throw new Error(decided.error.code);
  return decided.value;
}

describe('redecide', () => {
  it('gives what decideVote gives for every split of the same members voting', () => {
    fc.assert(
      fc.property(
        fc.array(thresholdArb(4), { minLength: 1, maxLength: 2 }),
        quorumArb,
        countsArb,
        fc.constantFrom('absent' as const, 'present' as const),
        (thresholds, quorum, counts, recused) => {
          const version: RuleVersion = {
            threshold: thresholds,
            recused,
            ...(quorum === undefined ? {} : { quorum }),
          };
          const members = VOTE_VALUES.reduce((sum, v) => sum + counts[v], 0);
          const first = decide(version, counts, members);
          const voting = counts.aye + counts.no;
          for (let ayes = 0; ayes <= voting; ayes++) {
            const split = { ...counts, aye: ayes, no: voting - ayes };
            expect(redecide(first, ayes, voting - ayes)).toBe(
              decide(version, split, members).result,
            );
          }
        },
      ),
      { numRuns: 2000 },
    );
  });

  it('refuses another number voting', () => {
    const version: RuleVersion = {
      threshold: { fraction: '1/2', of: 'voting', compare: 'more-than' },
    };
    const zero = Object.fromEntries(VOTE_VALUES.map((v) => [v, 0])) as Counts;
    const d = decide(version, { ...zero, aye: 2, no: 1 }, 3);
    expect(() => redecide(d, 2, 2)).toThrow();
  });
});
