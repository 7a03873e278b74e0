import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Base, Quorum, RuleVersion, Threshold } from '../../src/model/council.js';
import { VOTE_VALUES, type VoteValue } from '../../src/model/roll-call.js';
import { decideVote, type VoteResult } from '../../src/rules/decide.js';
import {
  outlookStatus,
  rollCallOutlook,
  type OutlookInput,
} from '../../src/tally/roll-call-outlook.js';
import { zeroCounts } from '../../src/tally/counts.js';

/** Every multiset of `k` votes: each completion of the roll call, up to order. */
function* completions(k: number, from = 0): Generator<VoteValue[]> {
  if (k === 0) {
    yield [];
    return;
  }
  for (let i = from; i < VOTE_VALUES.length; i++) {
    const value = VOTE_VALUES[i];
    if (value === undefined) continue;
    for (const rest of completions(k - 1, i)) yield [value, ...rest];
  }
}

/** The outlook by brute force: decide every completion. */
function bruteForce(input: OutlookInput) {
  const possible = new Set<VoteResult>();
  let fewestAyes: number | null = null;
  for (const completion of completions(input.remaining)) {
    const counts = zeroCounts();
    for (const value of VOTE_VALUES) counts[value] = input.counts[value];
    for (const vote of completion) counts[vote] += 1;
    const decided = decideVote({
      version: input.version,
      seats: input.seats,
      members: input.members,
      counts,
    });
    if (!decided.ok) throw new Error(decided.error.code);
    possible.add(decided.value.result);
    if (decided.value.result === 'passed') {
      const ayes = completion.filter((v) => v === 'aye').length;
      fewestAyes = fewestAyes === null ? ayes : Math.min(fewestAyes, ayes);
    }
  }
  const order: VoteResult[] = ['passed', 'failed', 'no-quorum'];
  return { possible: order.filter((r) => possible.has(r)), ayesNeeded: fewestAyes };
}

const fraction = fc
  .tuple(fc.integer({ min: 1, max: 6 }), fc.integer({ min: 1, max: 6 }))
  .filter(([p, q]) => p <= q)
  .map(([p, q]) => `${p}/${q}`);
const base = fc.constantFrom<Base>('seats', 'members', 'eligible', 'present', 'voting');
const compare = fc.constantFrom('at-least' as const, 'more-than' as const);
const threshold: fc.Arbitrary<Threshold> = fc
  .record({ fraction, of: base, compare, minimum: fc.option(fc.integer({ min: 1, max: 6 })) })
  .map(({ minimum, ...t }) => (minimum === null ? t : { ...t, minimum }));
const quorum: fc.Arbitrary<Quorum> = fc.record({
  fraction,
  of: fc.constantFrom('seats' as const, 'members' as const),
  compare,
});

/** A small council part way through a roll call, under a rule of every kind. */
const partWay: fc.Arbitrary<OutlookInput> = fc
  .record({
    seats: fc.integer({ min: 1, max: 7 }),
    vacant: fc.integer({ min: 0, max: 2 }),
    thresholds: fc.array(threshold, { minLength: 1, maxLength: 2 }),
    quorum: fc.option(quorum),
    recused: fc.constantFrom('absent' as const, 'present' as const),
    cast: fc.array(fc.constantFrom(...VOTE_VALUES), { maxLength: 7 }),
  })
  .map(({ seats, vacant, thresholds, quorum, recused, cast }) => {
    const members = Math.max(1, seats - vacant);
    const votes = cast.slice(0, members);
    const counts = zeroCounts();
    for (const v of votes) counts[v] += 1;
    const version: RuleVersion = {
      threshold: thresholds.length === 1 ? (thresholds[0] as Threshold) : thresholds,
      recused,
      ...(quorum === null ? {} : { quorum }),
    };
    return { version, seats, members, counts, remaining: members - votes.length };
  });

// generous: the machine may be busy
describe('rollCallOutlook', { timeout: 60_000 }, () => {
  it('agrees with deciding every completion of the roll call', () => {
    fc.assert(
      fc.property(partWay, (input) => {
        const outlook = rollCallOutlook(input);
        expect(outlook.ok).toBe(true);
        if (!outlook.ok) return;
        expect(outlook.value).toEqual(bruteForce(input));
      }),
      { numRuns: 600 },
    );
  });

  it('is decided once every member has voted, with the result tally computes', () => {
    fc.assert(
      fc.property(partWay, (input) => {
        const complete = { ...input, remaining: 0 };
        const counts = zeroCounts();
        for (const v of VOTE_VALUES) counts[v] = input.counts[v];
        counts.absent += input.remaining; // the rest absent: a complete roll call
        const done = { ...complete, counts };
        const outlook = rollCallOutlook(done);
        const decided = decideVote(done);
        if (!outlook.ok || !decided.ok) throw new Error('the rule cannot decide');
        expect(outlookStatus(outlook.value)).toBe('decided');
        expect(outlook.value.possible).toEqual([decided.value.result]);
      }),
    );
  });

  it('says how many more ayes Milwaukee needs, and when failing is certain', () => {
    const version: RuleVersion = {
      threshold: { fraction: '2/3', of: 'seats', compare: 'at-least' },
      quorum: { fraction: '2/3', of: 'seats', compare: 'at-least' },
    };
    const at = (aye: number, no: number, absent = 0) => {
      const counts = { ...zeroCounts(), aye, no, absent };
      const outlook = rollCallOutlook({
        version,
        seats: 15,
        members: 15,
        counts,
        remaining: 15 - aye - no - absent,
      });
      if (!outlook.ok) throw new Error('cannot decide');
      return [outlookStatus(outlook.value), outlook.value.ayesNeeded, outlook.value.possible];
    };
    expect(at(0, 0)).toEqual(['can-pass', 10, ['passed', 'failed', 'no-quorum']]);
    expect(at(4, 1)).toEqual(['can-pass', 6, ['passed', 'failed', 'no-quorum']]);
    expect(at(9, 0)).toEqual(['can-pass', 1, ['passed', 'failed', 'no-quorum']]);
    expect(at(9, 1)).toEqual(['can-pass', 1, ['passed', 'failed']]);
    expect(at(10, 0)).toEqual(['decided', 0, ['passed']]);
    expect(at(4, 6)).toEqual(['decided', null, ['failed']]);
    expect(at(2, 1, 5)).toEqual(['cannot-pass', null, ['failed', 'no-quorum']]);
    expect(at(0, 0, 6)).toEqual(['decided', null, ['no-quorum']]);
  });
});
