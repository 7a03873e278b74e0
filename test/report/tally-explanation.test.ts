import { describe, expect, it } from 'vitest';
import type { Council, RuleVersion } from '../../src/model/council.js';
import type { RollCall } from '../../src/model/roll-call.js';
import { describeTallyProblem } from '../../src/report/tally-problem-text.js';
import { describeTallyStep, describeTallyWarning } from '../../src/report/tally-explanation.js';
import { computeTally } from '../../src/tally/compute-tally.js';
import { smallCouncil, smallRollCall, tallyOf } from '../support/small-council.js';

const council = (seats: number, rule: RuleVersion): Council => smallCouncil(rule, { seats });
const rollCall = smallRollCall;
const tally = tallyOf;

const MAJORITY: RuleVersion = {
  threshold: { fraction: '1/2', of: 'voting', compare: 'more-than' },
  executive_tie_vote: true,
  verified: false,
};

describe('a tally as typed steps and warnings', () => {
  it('a tie broken by the executive: the steps carry their numbers', () => {
    const t = tally(
      council(5, MAJORITY),
      rollCall({ 'm-0': 'aye', 'm-1': 'aye', 'm-2': 'no', 'm-3': 'no' }, { executive: 'aye' }),
    );
    expect(t.explanation.map((s) => s.step)).toEqual([
      'rule',
      'seats',
      'votes',
      'threshold',
      'tie-broken',
      'verdict',
    ]);
    expect(t.explanation[1]).toEqual({
      step: 'seats',
      date: '2024-05-01',
      seats: 5,
      inOffice: 4,
      vacancies: 1,
    });
    const threshold = t.explanation[3];
    expect(threshold?.step === 'threshold' && threshold.working).toMatchObject({
      fraction: '1/2',
      of: 'voting',
      basis: 5,
      product: '5/2',
      fromFraction: 3,
      raisedBy: null,
      required: 3,
    });
    expect(t.explanation[4]).toEqual({
      step: 'tie-broken',
      ayes: 2,
      noes: 2,
      executive: 'Mayor',
      vote: 'aye',
    });
    expect(t.explanation[5]).toEqual({
      step: 'verdict',
      result: 'passed',
      ayes: 3,
      required: 3,
      margin: 0,
      quorum: null,
    });
    expect(t.warnings).toEqual([{ code: 'unverified-rule', rule: 'r' }]);
    expect(t.explanation.map(describeTallyStep).slice(3)).toEqual([
      "More than 1/2 of the 5 voting (ayes plus noes, the executive's tie-breaking vote included): 1/2 × 5 = 2½; more than 2½ means at least 3 ayes.",
      'The members tied 2-2; the Mayor broke the tie with an aye, counted as one more vote cast (present and voting).',
      'Passed: 3 ayes, exactly the 3 required.',
    ]);
  });

  it('warnings are codes with parameters, the hypothetical one first', () => {
    const t = tally(
      council(4, { ...MAJORITY, executive_tie_vote: false }),
      rollCall(
        { 'm-0': 'aye', 'm-1': 'aye', 'm-2': 'no', 'm-9': 'aye' },
        { executive: 'no', hypothetical: true },
      ),
    );
    expect(t.warnings).toEqual([
      { code: 'hypothetical' },
      { code: 'unverified-rule', rule: 'r' },
      { code: 'executive-not-counted', executive: 'Mayor', reason: 'not-a-tie' },
      { code: 'missing-votes', members: ['m-3'] },
      { code: 'not-in-office', members: ['m-9'], date: '2024-05-01' },
    ]);
    expect(t.warnings.map(describeTallyWarning).slice(2)).toEqual([
      "The Mayor's vote was not counted: the members' vote was not a tie.",
      'No vote recorded for 1 member in office: m-3.',
      'Not counted, not in office on 2024-05-01: m-9.',
    ]);
  });
});

describe('describeTallyProblem', () => {
  it.each([
    [
      { ...MAJORITY, threshold: [] },
      {},
      'schema/invalid',
      'rule "r": the rule has an empty list of thresholds',
    ],
    [
      { ...MAJORITY, threshold: { fraction: '3/2', of: 'seats', compare: 'at-least' } },
      {},
      'schema/invalid',
      'rule "r": "3/2" is more than 1; a threshold is at most 1/1 (unanimity)',
    ],
    [
      { ...MAJORITY, effective: '2025-01-01' },
      {},
      'rule/no-version-in-force',
      'rule "r": no version of the rule is in force on 2024-05-01 (versions: 2025-01-01 on)',
    ],
    [MAJORITY, { rule: 'nope' }, 'ref/unknown-rule', 'the council "c" has no rule "nope"'],
    [
      MAJORITY,
      { votes: { 'm-0': 'maybe' } },
      'schema/enum',
      '"maybe" is not a vote value (member m-0)',
    ],
    [
      MAJORITY,
      { votes: undefined, counts: { aye: -1 } },
      'schema/invalid',
      'counts: "aye: -1" is not a vote value with a count',
    ],
    [
      MAJORITY,
      { votes: undefined },
      'schema/required',
      'the roll call has neither votes nor counts',
    ],
  ] as const)('%#: %s gives its code and message', (rule, extra, code, message) => {
    const result = computeTally({
      council: council(4, rule),
      rollCall: { ...rollCall({}), ...(extra as Partial<RollCall>) },
    });
    expect(result.ok ? undefined : [result.error.code, describeTallyProblem(result.error)]).toEqual(
      [code, message],
    );
  });
});
