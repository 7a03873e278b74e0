import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Council, Member, RuleVersion, Threshold } from '../../src/model/council.js';
import { VOTE_VALUES, type VoteValue } from '../../src/model/roll-call.js';
import { smallRollCall, tallyOf } from '../support/small-council.js';
import { computeTally } from '../../src/tally/compute-tally.js';
import type { TallyResult } from '../../src/tally/tally-result.js';

function member(i: number): Member {
  return { id: `m-${i}`, name: `Member ${i}`, district: i + 1, from: '2024-01-01' };
}

function council(members: readonly Member[], seats: number, rule: RuleVersion): Council {
  return {
    kind: 'council',
    version: 1,
    id: 'c',
    name: 'Council',
    seats,
    executive: { title: 'Mayor' },
    members,
    rules: { r: rule },
  };
}

const rollCall = smallRollCall;
const tally = tallyOf;

const arbitraryThreshold: fc.Arbitrary<Threshold> = fc.record(
  {
    fraction: fc
      .tuple(fc.integer({ min: 1, max: 9 }), fc.integer({ min: 1, max: 9 }))
      .map(([a, b]) => (a <= b ? `${a}/${b}` : `${b}/${a}`)),
    of: fc.constantFrom('seats', 'members', 'eligible', 'present', 'voting'),
    compare: fc.constantFrom('at-least', 'more-than'),
    minimum: fc.integer({ min: 0, max: 6 }),
  },
  { requiredKeys: ['fraction', 'of', 'compare'] },
);

const arbitraryRule: fc.Arbitrary<RuleVersion> = fc.record(
  {
    threshold: fc.oneof(
      arbitraryThreshold,
      fc.array(arbitraryThreshold, { minLength: 1, maxLength: 3 }),
    ),
    quorum: fc.record({
      fraction: fc.constantFrom('1/2', '2/3'),
      of: fc.constantFrom<'seats' | 'members'>('seats', 'members'),
      compare: fc.constantFrom('at-least', 'more-than'),
    }),
    recused: fc.constantFrom<'absent' | 'present'>('absent', 'present'),
    executive_tie_vote: fc.boolean(),
  },
  { requiredKeys: ['threshold'] },
);

/** A council with every member's vote, some vacancies, and a rule. */
const arbitraryVote = fc
  .record({
    votes: fc.array(fc.constantFrom(...VOTE_VALUES), { minLength: 1, maxLength: 25 }),
    vacancies: fc.integer({ min: 0, max: 4 }),
    rule: arbitraryRule,
    executive: fc.constantFrom<'aye' | 'no' | undefined>('aye', 'no', undefined),
  })
  .map(({ votes, vacancies, rule, executive }) => {
    const members = votes.map((_, i) => member(i));
    const byId: Record<string, VoteValue> = {};
    votes.forEach((v, i) => (byId[`m-${i}`] = v));
    return {
      council: council(members, members.length + vacancies, rule),
      rollCall: rollCall(byId, executive === undefined ? {} : { executive }),
    };
  });

function withoutOrder(result: TallyResult): unknown {
  return { ...result, members: [...result.members].sort((a, b) => (a.id < b.id ? -1 : 1)) };
}

describe('computeTally properties', () => {
  it('reordering members (roster or votes) never changes a result', () => {
    fc.assert(
      fc.property(arbitraryVote, fc.integer(), ({ council: c, rollCall: rc }, seed) => {
        const shuffle = <T>(items: readonly T[]): T[] => {
          const copy = [...items];
          let s = seed;
          for (let i = copy.length - 1; i > 0; i--) {
            s = (s * 1103515245 + 12345) & 0x7fffffff;
            const j = s % (i + 1);
            [copy[i], copy[j]] = [copy[j] as T, copy[i] as T];
          }
          return copy;
        };
        const reordered = council(shuffle(c.members), c.seats, c.rules['r'] as RuleVersion);
        const votes = Object.fromEntries(shuffle(Object.entries(rc.votes ?? {})));
        const before = tally(c, rc);
        const after = tally(reordered, { ...rc, votes });
        expect(withoutOrder(after)).toEqual(withoutOrder(before));
      }),
    );
  });

  it('one more aye never turns passed into failed', () => {
    fc.assert(
      fc.property(arbitraryVote, fc.nat(), ({ council: c, rollCall: rc }, pick) => {
        const votes = rc.votes ?? {};
        const ids = Object.keys(votes).filter((id) => votes[id] !== 'aye');
        fc.pre(ids.length > 0);
        const id = ids[pick % ids.length] as string;
        const before = tally(c, rc);
        const after = tally(c, { ...rc, votes: { ...votes, [id]: 'aye' } });
        if (before.result === 'passed') expect(after.result).toBe('passed');
        expect(after.counts.aye).toBe(before.counts.aye + 1);
      }),
      { numRuns: Number(process.env['FC_RUNS'] ?? 2000) },
    );
  });

  it('a vacancy never raises a members-based requirement', () => {
    fc.assert(
      fc.property(arbitraryVote, fc.nat(), ({ council: c, rollCall: rc }, pick) => {
        const rule: RuleVersion = {
          threshold: { fraction: '2/3', of: 'members', compare: 'at-least' },
        };
        const full = council(c.members, c.seats, rule);
        const leaving = c.members[pick % c.members.length] as Member;
        const shorter = council(
          c.members.map((m) => (m.id === leaving.id ? { ...m, to: '2024-04-30' } : m)),
          c.seats,
          rule,
        );
        const votes = Object.fromEntries(
          Object.entries(rc.votes ?? {}).filter(([id]) => id !== leaving.id),
        );
        const before = tally(full, rc);
        const after = tally(shorter, { ...rc, votes });
        expect(after.counts.vacant).toBe(before.counts.vacant + 1);
        expect(after.required).toBeLessThanOrEqual(before.required);
      }),
    );
  });

  it('zero-fills every vote value and the vacant seats', () => {
    fc.assert(
      fc.property(arbitraryVote, ({ council: c, rollCall: rc }) => {
        const t = tally(c, rc);
        expect(Object.keys(t.counts)).toEqual([...VOTE_VALUES, 'vacant']);
        const total = VOTE_VALUES.reduce((sum, v) => sum + t.counts[v], 0);
        expect(total).toBe(c.members.length);
        expect(t.counts.vacant).toBe(c.seats - c.members.length);
        expect(t.margin).toBe(t.ayes - t.required);
      }),
    );
  });
});

describe('computeTally', () => {
  const members = [0, 1, 2, 3, 4].map(member);
  const twoThirds: RuleVersion = {
    threshold: { fraction: '2/3', of: 'seats', compare: 'at-least' },
  };

  it('is an error value when the rule is unknown or has no version in force', () => {
    const c = council(members, 5, twoThirds);
    const unknown = computeTally({ council: c, rollCall: { ...rollCall({}), rule: 'nope' } });
    expect(unknown.ok ? undefined : unknown.error.code).toBe('ref/unknown-rule');
    const dated = council(members, 5, { ...twoThirds, effective: '2025-01-01' });
    const early = computeTally({ council: dated, rollCall: rollCall({}) });
    expect(early.ok ? undefined : [early.error.code, early.error.path]).toEqual([
      'rule/no-version-in-force',
      ['date'],
    ]);
  });

  it('does not use a rule called like an Object.prototype member', () => {
    const c = council(members, 5, twoThirds);
    const result = computeTally({ council: c, rollCall: { ...rollCall({}), rule: 'constructor' } });
    expect(result.ok ? undefined : result.error.code).toBe('ref/unknown-rule');
  });

  it('lists members without a vote and voters not in office, counting neither', () => {
    const t = tally(
      council(members, 5, twoThirds),
      rollCall({ 'm-0': 'aye', 'm-1': 'aye', 'x-9': 'aye' }),
    );
    expect([t.missing, t.notInOffice, t.counts.aye]).toEqual([['m-2', 'm-3', 'm-4'], ['x-9'], 2]);
  });

  it('ignores an executive vote on a council without an executive', () => {
    const rule: RuleVersion = {
      threshold: { fraction: '1/2', of: 'voting', compare: 'more-than' },
      executive_tie_vote: true,
    };
    const withExecutive = council(members.slice(0, 4), 4, rule);
    const noExecutive: Council = {
      kind: 'council',
      version: 1,
      id: withExecutive.id,
      name: withExecutive.name,
      seats: withExecutive.seats,
      members: withExecutive.members,
      rules: withExecutive.rules,
    };
    const t = tally(
      noExecutive,
      rollCall({ 'm-0': 'aye', 'm-1': 'aye', 'm-2': 'no', 'm-3': 'no' }, { executive: 'aye' }),
    );
    expect([t.result, t.executive.counted, t.executive.ignoredBecause]).toEqual([
      'failed',
      false,
      'not-allowed',
    ]);
  });

  it('compares a recorded tally with either separator, and flags a mismatch', () => {
    const c = council(members, 5, twoThirds);
    const votes = { 'm-0': 'aye', 'm-1': 'aye', 'm-2': 'aye', 'm-3': 'aye', 'm-4': 'no' } as const;
    const colon = tally(c, rollCall(votes, { recorded: { result: 'passed', tally: '4:1' } }));
    expect(colon.recorded).toMatchObject({
      matches: true,
      resultMatches: true,
      tallyMatches: true,
    });
    const wrong = tally(c, rollCall(votes, { recorded: { result: 'failed', tally: '3-2' } }));
    expect(wrong.recorded).toMatchObject({
      matches: false,
      resultMatches: false,
      tallyMatches: false,
    });
    const garbled = tally(c, rollCall(votes, { recorded: { tally: 'four to one' } }));
    expect(garbled.recorded?.matches).toBe(false);
  });
});
