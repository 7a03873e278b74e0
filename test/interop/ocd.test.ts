import { DocumentRegistry } from '../../src/project/document-registry.js';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Diagnostic } from '../../src/diagnostics/diagnostic.js';
import { checkPlannedFiles } from '../../src/interop/check-output.js';
import { renderRollCall } from '../../src/interop/documents.js';
import { JsonInput } from '../../src/interop/json-input.js';
import { voteEventOf, type OcdVoteEvent } from '../../src/interop/ocd-export.js';
import { rollCallsFromVoteEvents, type OcdImportContext } from '../../src/interop/ocd-import.js';
import type { Council } from '../../src/model/council.js';
import { VOTE_VALUES, type RollCall, type VoteValue } from '../../src/model/roll-call.js';
import { computeTally } from '../../src/tally/compute-tally.js';

const PLACES = { voteValues: 'council.yaml:9', persons: 'council.yaml:9' };

function councilOf(size: number, executive = false): Council {
  return {
    kind: 'council',
    version: 1,
    id: 'testville',
    name: 'Testville Council',
    seats: size + 1,
    ...(executive ? { executive: { title: 'Mayor', name: 'Max Mayor' } } : {}),
    members: Array.from({ length: size }, (_, i) => ({
      id: `member-${i + 1}`,
      name: `Member ${i + 1}`,
      from: '2020-01-01',
    })),
    rules: {
      passage: {
        citation: 'Charter § 4',
        executive_tie_vote: true,
        threshold: { fraction: '1/2', of: 'voting', compare: 'more-than' },
      },
      'veto-override': { threshold: { fraction: '2/3', of: 'seats', compare: 'at-least' } },
    },
  };
}

function exportOf(council: Council, rollCall: RollCall): OcdVoteEvent {
  const tally = computeTally({ council, rollCall });
  if (!tally.ok) throw new Error(tally.error.code);
  return voteEventOf(council, rollCall, tally.value);
}

function importOf(
  council: Council,
  json: unknown,
  more: Partial<OcdImportContext> = {},
): { rollCalls: RollCall[]; diagnostics: Diagnostic[] } {
  return rollCallsFromVoteEvents(new JsonInput('ve.json', JSON.stringify(json), json), {
    council,
    places: PLACES,
    rule: 'passage',
    ruleGiven: false,
    measures: new Set(),
    ...more,
  });
}

const ROLL_CALL: RollCall = {
  kind: 'roll-call',
  version: 1,
  id: '2024-05-07-veto',
  council: 'testville',
  date: '2024-05-07',
  rule: 'veto-override',
  motion: 'Override the veto',
  votes: { 'member-1': 'aye', 'member-2': 'recused', 'member-3': 'present', 'member-4': 'no' },
  recorded: { result: 'passed', tally: '1-1' },
  sources: ['https://example.org/minutes'],
};

describe('export ocd', () => {
  it('computes the result, derives the counts, keeps each value in note and the rule in extras', () => {
    const council = councilOf(4);
    const event = exportOf(council, ROLL_CALL);
    expect(event).toMatchObject({
      identifier: '2024-05-07-veto',
      motion_text: 'Override the veto',
      motion_classification: ['veto-override'],
      start_date: '2024-05-07',
      result: 'fail',
      organization: 'Testville Council',
      bill: null,
      votes: [
        { option: 'yes', voter_name: 'Member 1', voter_id: 'member-1', note: 'aye' },
        { option: 'abstain', voter_name: 'Member 2', voter_id: 'member-2', note: 'recused' },
        { option: 'other', voter_name: 'Member 3', voter_id: 'member-3', note: 'present' },
        { option: 'no', voter_name: 'Member 4', voter_id: 'member-4', note: 'no' },
      ],
      counts: [
        { option: 'yes', value: 1 },
        { option: 'no', value: 1 },
        { option: 'abstain', value: 1 },
        { option: 'not voting', value: 0 },
        { option: 'excused', value: 0 },
        { option: 'absent', value: 0 },
        { option: 'other', value: 1 },
      ],
      sources: [{ url: 'https://example.org/minutes' }],
    });
    // recorded as passed, but 2/3 of 5 seats is 4 ayes: the record disagrees
    expect(event.extras).toMatchObject({
      council: 'testville',
      roll_call: '2024-05-07-veto',
      rule: 'veto-override',
      required: 4,
      basis: 5,
      margin: -3,
      result: 'failed',
      hypothetical: false,
      recorded: { result: 'passed', tally: '1-1', matches: false },
    });
    expect(event.extras.counts).toMatchObject({ aye: 1, no: 1, recused: 1, present: 1, vacant: 1 });
  });
});

describe('import ocd', () => {
  const council = councilOf(3);
  const event = (votes: unknown[], more: Record<string, unknown> = {}) => ({
    identifier: 'Vote 12',
    motion_text: 'Adopt the budget',
    start_date: '2024-05-07T19:00:00',
    result: 'pass',
    votes,
    counts: [
      { option: 'yes', value: 2 },
      { option: 'no', value: 1 },
    ],
    ...more,
  });

  it("takes a scraper's VoteEvent: options, names, the declared counts as the recorded tally", () => {
    const made = importOf(
      council,
      event([
        { option: 'yes', voter_name: 'Member 1' },
        { option: 'yes', voter_name: 'MEMBER 2' },
        { option: 'no', voter_name: 'Member 3', note: 'Nay' },
      ]),
    );
    expect(made.diagnostics).toEqual([]);
    expect(made.rollCalls).toEqual([
      {
        kind: 'roll-call',
        version: 1,
        id: '2024-05-07-vote-12',
        council: 'testville',
        date: '2024-05-07',
        rule: 'passage',
        motion: 'Adopt the budget',
        votes: { 'member-1': 'aye', 'member-2': 'aye', 'member-3': 'no' },
        recorded: { result: 'passed', tally: '2-1' },
      },
    ]);
  });

  it('never guesses an option with no overrule value: other and paired need a note that says', () => {
    const made = importOf(
      council,
      event([
        { option: 'other', voter_name: 'Member 1' },
        { option: 'paired', voter_name: 'Member 2', note: 'Medical' },
        { option: 'other', voter_name: 'Member 3', note: 'Present' },
      ]),
    );
    expect(made.diagnostics.map((d) => `${d.code}: ${d.message}`)).toEqual([
      'interop/vote-label: vote event 1, Member 1: option "other" (note null) has no overrule value',
      'interop/vote-label: vote event 1, Member 2: option "paired" (note "Medical") has no overrule value',
    ]);
    const mapped = importOf(
      { ...council, interop: { legistar: { vote_values: { Medical: 'excused' } } } },
      event([
        { option: 'yes', voter_name: 'Member 1' },
        { option: 'paired', voter_name: 'Member 2', note: 'Medical' },
        { option: 'other', voter_name: 'Member 3', note: 'Present' },
      ]),
    );
    expect(mapped.rollCalls[0]?.votes).toEqual({
      'member-1': 'aye',
      'member-2': 'excused',
      'member-3': 'present',
    });
  });

  it('reports a voter not on the roster, and a member with no vote', () => {
    const made = importOf(
      council,
      event([
        { option: 'yes', voter_name: 'Member 1' },
        { option: 'yes', voter_name: 'Somebody Else' },
      ]),
    );
    expect(made.diagnostics.map((d) => d.code)).toEqual([
      'interop/unknown-voter',
      'interop/missing-voter',
    ]);
  });

  it('reads a count-only VoteEvent as a roll call with counts', () => {
    const made = importOf(council, event([], { counts: [{ option: 'yes', value: 3 }] }));
    expect(made.rollCalls[0]).toMatchObject({ counts: { aye: 3 }, recorded: { result: 'passed' } });
    expect(made.rollCalls[0]?.votes).toBeUndefined();
  });
});

/** Roll calls of every vote value, with or without a tie-breaking executive and a record. */
const rollCalls = fc
  .record({
    size: fc.integer({ min: 1, max: 15 }),
    values: fc.array(fc.constantFrom(...VOTE_VALUES), { minLength: 15, maxLength: 15 }),
    executive: fc.option(fc.constantFrom('aye' as const, 'no' as const), { nil: undefined }),
    rule: fc.constantFrom('passage', 'veto-override'),
    recorded: fc.option(fc.constantFrom('passed' as const, 'failed' as const), { nil: undefined }),
    motion: fc.option(fc.string({ minLength: 1, maxLength: 40 }), { nil: undefined }),
    day: fc.integer({ min: 1, max: 28 }),
  })
  .map(({ size, values, executive, rule, recorded, motion, day }) => {
    const council = councilOf(size, executive !== undefined);
    const votes: Record<string, VoteValue> = {};
    council.members.forEach((m, i) => {
      votes[m.id] = values[i] ?? 'aye';
    });
    const trimmed = motion?.trim();
    const rollCall: RollCall = {
      kind: 'roll-call',
      version: 1,
      id: `2024-02-${String(day).padStart(2, '0')}-vote`,
      council: council.id,
      date: `2024-02-${String(day).padStart(2, '0')}`,
      rule,
      ...(trimmed === undefined || trimmed === '' ? {} : { motion: trimmed }),
      votes,
      ...(executive === undefined ? {} : { executive }),
      ...(recorded === undefined ? {} : { recorded: { result: recorded } }),
    };
    return { council, rollCall };
  });

describe('export ocd → import ocd', () => {
  it('gives back the same roll call, votes exactly (property)', { timeout: 60_000 }, () => {
    fc.assert(
      fc.property(rollCalls, ({ council, rollCall }) => {
        const json = JSON.parse(JSON.stringify(exportOf(council, rollCall))) as unknown;
        const back = importOf(council, json);
        expect(back.diagnostics).toEqual([]);
        expect(back.rollCalls).toEqual([rollCall]);
      }),
      { seed: 20240507, numRuns: 300 },
    );
  });

  it(
    'gives back the same votes from the options alone where each has one meaning (property)',
    { timeout: 60_000 },
    () => {
      const plain: readonly VoteValue[] = [
        'aye',
        'no',
        'abstain',
        'not-voting',
        'excused',
        'absent',
      ];
      fc.assert(
        fc.property(rollCalls, ({ council, rollCall }) => {
          const votes = Object.fromEntries(
            Object.entries(rollCall.votes ?? {}).map(([id, v], i) => [
              id,
              plain.includes(v as VoteValue) ? v : (plain[i % plain.length] ?? 'aye'),
            ]),
          );
          const event = exportOf(council, { ...rollCall, votes });
          const stripped = {
            ...event,
            votes: event.votes.map((v) => ({
              option: v.option,
              voter_name: v.voter_name,
              voter_id: v.voter_id,
            })),
          };
          const back = importOf(council, JSON.parse(JSON.stringify(stripped)));
          expect(back.rollCalls[0]?.votes).toEqual(votes);
        }),
        { seed: 7, numRuns: 200 },
      );
    },
  );

  it('writes files that validate exactly as the originals do', { timeout: 60_000 }, async () => {
    const codesOf = async (council: Council, rollCall: RollCall): Promise<string[]> => {
      const check = await checkPlannedFiles(
        [{ path: 'rc.yaml', text: renderRollCall(rollCall, []), data: rollCall }],
        DocumentRegistry.of([councilDocument(council)]),
      );
      return [...check.errors, ...check.mismatches].map((d) => d.code);
    };
    const samples = fc.sample(rollCalls, { seed: 99, numRuns: 40 });
    const seen = new Set<string>();
    for (const { council, rollCall } of samples) {
      const back = importOf(council, JSON.parse(JSON.stringify(exportOf(council, rollCall))));
      const [imported] = back.rollCalls;
      if (imported === undefined) throw new Error('nothing imported');
      const codes = await codesOf(council, imported);
      expect(codes).toEqual(await codesOf(council, rollCall));
      for (const code of codes) seen.add(code);
    }
    // the samples hold valid roll calls and ones with each kind of finding
    expect([...seen].sort()).toEqual(['council/executive-vote', 'tally/recorded-mismatch']);
  });
});

/** A council as a checked document, as the archive's would be. */
function councilDocument(council: Council) {
  return { kind: 'council' as const, value: council, doc: undefined as never };
}
