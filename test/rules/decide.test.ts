import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import type { RuleVersion, Threshold } from '../../src/model/council.js';
import { VOTE_VALUES, type VoteValue } from '../../src/model/roll-call.js';
import { decideVote, type Decision, type DecisionInput } from '../../src/rules/decide.js';
import { selectRuleVersion } from '../../src/rules/version.js';

type Counts = Record<VoteValue, number>;

function counts(values: Partial<Counts>): Counts {
  const zero = Object.fromEntries(VOTE_VALUES.map((v) => [v, 0])) as Counts;
  return { ...zero, ...values };
}

function decide(input: DecisionInput): Decision {
  const decided = decideVote(input);
  if (!decided.ok) throw new Error(decided.error.code);
  return decided.value;
}

const TWO_THIRDS_OF_SEATS: Threshold = { fraction: '2/3', of: 'seats', compare: 'at-least' };
const MAJORITY_OF_VOTING: Threshold = { fraction: '1/2', of: 'voting', compare: 'more-than' };

describe('decideVote', () => {
  it('passes at exactly two-thirds of 15 seats and fails one short', () => {
    const version: RuleVersion = { threshold: TWO_THIRDS_OF_SEATS };
    const pass = decide({ version, seats: 15, members: 15, counts: counts({ aye: 10, no: 5 }) });
    expect([pass.result, pass.required, pass.basis]).toEqual(['passed', 10, 15]);
    const fail = decide({ version, seats: 15, members: 15, counts: counts({ aye: 9, no: 6 }) });
    expect([fail.result, fail.required]).toEqual(['failed', 10]);
  });

  it('reports no quorum whatever the count', () => {
    const version: RuleVersion = {
      threshold: { fraction: '1/2', of: 'present', compare: 'more-than' },
      quorum: { fraction: '1/2', of: 'seats', compare: 'more-than' },
    };
    const d = decide({ version, seats: 15, members: 15, counts: counts({ aye: 7, absent: 8 }) });
    expect(d.result).toBe('no-quorum');
    expect(d.quorum && [d.quorum.required, d.quorum.present, d.quorum.met]).toEqual([8, 7, false]);
  });

  it('counts recused members as present only when the rule says so', () => {
    const threshold: Threshold = { fraction: '2/3', of: 'present', compare: 'at-least' };
    const c = counts({ aye: 8, no: 3, recused: 2, absent: 2 });
    const absent = decide({ version: { threshold }, seats: 15, members: 15, counts: c });
    const present = decide({
      version: { threshold, recused: 'present' },
      seats: 15,
      members: 15,
      counts: c,
    });
    expect([absent.basis, absent.required, absent.result]).toEqual([11, 8, 'passed']);
    expect([present.basis, present.required, present.result]).toEqual([13, 9, 'failed']);
  });

  it('measures eligible members as in office minus recused', () => {
    const version: RuleVersion = {
      threshold: { fraction: '2/3', of: 'eligible', compare: 'at-least' },
    };
    const d = decide({
      version,
      seats: 15,
      members: 14,
      counts: counts({ aye: 8, no: 3, recused: 2, absent: 1 }),
    });
    expect([d.basis, d.required]).toEqual([12, 8]);
  });

  it('requires every threshold in a list: the largest binds', () => {
    const version: RuleVersion = {
      threshold: [
        MAJORITY_OF_VOTING,
        { fraction: '1/2', of: 'seats', compare: 'more-than', minimum: 9 },
      ],
    };
    const d = decide({
      version,
      seats: 15,
      members: 15,
      counts: counts({ aye: 8, no: 2, absent: 5 }),
    });
    expect(d.thresholds.map((t) => [t.required, t.met])).toEqual([
      [6, true],
      [9, false],
    ]);
    expect([d.required, d.binding, d.result]).toEqual([9, 1, 'failed']);
  });

  it("counts the executive's vote to break a tie where the rule allows it", () => {
    const version: RuleVersion = { threshold: MAJORITY_OF_VOTING, executive_tie_vote: true };
    const c = counts({ aye: 7, no: 7, absent: 1 });
    const aye = decide({ version, seats: 15, members: 15, counts: c, executive: 'aye' });
    expect([aye.result, aye.ayes, aye.noes, aye.executive.status]).toEqual([
      'passed',
      8,
      7,
      'counted',
    ]);
    const no = decide({ version, seats: 15, members: 15, counts: c, executive: 'no' });
    expect([no.result, no.ayes, no.noes]).toEqual(['failed', 7, 8]);
  });

  it("ignores the executive's vote when the rule does not allow it, or there is no tie", () => {
    const c = counts({ aye: 7, no: 7, absent: 1 });
    const notAllowed = decide({
      version: { threshold: MAJORITY_OF_VOTING },
      seats: 15,
      members: 15,
      counts: c,
      executive: 'aye',
    });
    expect([notAllowed.result, notAllowed.executive]).toEqual([
      'failed',
      { status: 'ignored', vote: 'aye', reason: 'not-allowed' },
    ]);
    const noTie = decide({
      version: { threshold: MAJORITY_OF_VOTING, executive_tie_vote: true },
      seats: 15,
      members: 15,
      counts: counts({ aye: 8, no: 7 }),
      executive: 'no',
    });
    expect([noTie.result, noTie.noes, noTie.executive.status]).toEqual(['passed', 7, 'ignored']);
  });

  it('fails a tie on a supermajority measure regardless of the executive', () => {
    const version: RuleVersion = {
      threshold: { fraction: '2/3', of: 'voting', compare: 'at-least' },
      executive_tie_vote: true,
    };
    const d = decide({
      version,
      seats: 3,
      members: 3,
      counts: counts({ absent: 3 }),
      executive: 'aye',
    });
    expect([d.result, d.tie, d.executive]).toEqual([
      'failed',
      true,
      { status: 'ignored', vote: 'aye', reason: 'supermajority' },
    ]);
  });

  it('returns an error value, never a guess, for a fraction that is not one', () => {
    const d = decideVote({
      version: { threshold: { fraction: '3/2', of: 'seats', compare: 'at-least' } },
      seats: 15,
      members: 15,
      counts: counts({ aye: 15 }),
    });
    expect(d.ok).toBe(false);
  });
});

describe('selectRuleVersion', () => {
  const rule: RuleVersion[] = [
    { effective: '2023-06-20', until: '2026-06-30', threshold: TWO_THIRDS_OF_SEATS },
    { effective: '2026-07-01', threshold: { fraction: '1/1', of: 'members', compare: 'at-least' } },
  ];
  it('chooses the version in force on the date', () => {
    const before = selectRuleVersion(rule, '2026-06-30');
    const after = selectRuleVersion(rule, '2026-07-01');
    expect(before.ok && before.value.index).toBe(0);
    expect(after.ok && after.value.index).toBe(1);
  });

  it('is an error when no version is in force', () => {
    const none = selectRuleVersion(rule, '2023-06-19');
    expect(none.ok ? undefined : none.error.kind).toBe('no-version-in-force');
  });

  it('takes a single undated version as always in force', () => {
    const one = selectRuleVersion({ threshold: TWO_THIRDS_OF_SEATS }, '1900-01-01');
    expect(one.ok && [one.value.index, one.value.count]).toEqual([0, 1]);
  });
});

// ---- properties ----

const arbitraryThreshold: fc.Arbitrary<Threshold> = fc.record(
  {
    fraction: fc
      .tuple(fc.integer({ min: 1, max: 12 }), fc.integer({ min: 1, max: 12 }))
      .map(([a, b]) => (a <= b ? `${a}/${b}` : `${b}/${a}`)),
    of: fc.constantFrom('seats', 'members', 'eligible', 'present', 'voting'),
    compare: fc.constantFrom('at-least', 'more-than'),
    minimum: fc.integer({ min: 0, max: 10 }),
  },
  { requiredKeys: ['fraction', 'of', 'compare'] },
);

const arbitraryVersion: fc.Arbitrary<RuleVersion> = fc.record(
  {
    threshold: fc.oneof(
      arbitraryThreshold,
      fc.array(arbitraryThreshold, { minLength: 1, maxLength: 3 }),
    ),
    quorum: fc.record({
      fraction: fc.constantFrom('1/2', '2/3', '1/3'),
      of: fc.constantFrom<'seats' | 'members'>('seats', 'members'),
      compare: fc.constantFrom('at-least', 'more-than'),
    }),
    recused: fc.constantFrom<'absent' | 'present'>('absent', 'present'),
    executive_tie_vote: fc.boolean(),
  },
  { requiredKeys: ['threshold'] },
);

/** A council's vote: one vote value per member in office. */
const arbitraryVote = fc
  .record({
    votes: fc.array(fc.constantFrom(...VOTE_VALUES), { minLength: 0, maxLength: 40 }),
    vacancies: fc.integer({ min: 0, max: 5 }),
    executive: fc.constantFrom<'aye' | 'no' | undefined>('aye', 'no', undefined),
  })
  .map(({ votes, vacancies, executive }) => {
    const c = counts({});
    for (const v of votes) c[v] += 1;
    return { counts: c, members: votes.length, seats: votes.length + vacancies, executive };
  });

describe('properties of decideVote', () => {
  it('one more aye never turns passed into failed', () => {
    fc.assert(
      fc.property(
        arbitraryVersion,
        arbitraryVote,
        fc.constantFrom(...VOTE_VALUES),
        (version, vote, from) => {
          fc.pre(from !== 'aye' && vote.counts[from] > 0);
          const before = decide({ version, ...vote });
          const moved = { ...vote.counts, [from]: vote.counts[from] - 1, aye: vote.counts.aye + 1 };
          const after = decide({ version, ...vote, counts: moved });
          if (before.result === 'passed') expect(after.result).toBe('passed');
        },
      ),
      { numRuns: Number(process.env['FC_RUNS'] ?? 3000) },
    );
  });

  it('a vacancy never raises a members-based requirement', () => {
    fc.assert(
      fc.property(arbitraryVersion, arbitraryVote, (version, vote) => {
        fc.pre(vote.counts.absent > 0);
        const membersOnly: RuleVersion = {
          ...version,
          threshold: { fraction: '2/3', of: 'members', compare: 'at-least' },
        };
        const before = decide({ version: membersOnly, ...vote });
        const fewer = { ...vote.counts, absent: vote.counts.absent - 1 };
        const after = decide({
          version: membersOnly,
          ...vote,
          members: vote.members - 1,
          counts: fewer,
        });
        expect(after.required).toBeLessThanOrEqual(before.required);
      }),
    );
  });

  it('requires at least one aye and never more ayes than can pass by the brute-force definition', () => {
    fc.assert(
      fc.property(arbitraryVersion, arbitraryVote, (version, vote) => {
        const d = decide({ version, ...vote });
        expect(d.required).toBeGreaterThanOrEqual(1);
        expect(d.result === 'passed').toBe(
          (d.quorum === null || d.quorum.met) &&
            d.thresholds.every((t) => d.ayes >= t.required) &&
            !(d.tie && d.supermajority),
        );
      }),
    );
  });
});
