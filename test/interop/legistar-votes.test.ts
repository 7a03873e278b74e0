import { describe, expect, it } from 'vitest';
import type { Diagnostic } from '../../src/diagnostics/diagnostic.js';
import { JsonInput } from '../../src/interop/json-input.js';
import {
  readLegistarFile,
  type EventItemRecord,
  type EventRecord,
  type VoteRecord,
} from '../../src/interop/legistar-records.js';
import {
  recordedOfItem,
  rollCallsFromVotes,
  type VoteImportContext,
} from '../../src/interop/legistar-votes.js';
import { meaningOfLabel } from '../../src/interop/vote-labels.js';
import type { Council, LegistarVoteMeaning } from '../../src/model/council.js';

/** Seven members in office in 2023; two Johnsons. */
function council(voteValues?: Readonly<Record<string, LegistarVoteMeaning>>): Council {
  const m = (id: string, name: string, from = '2020-01-01', to?: string) => ({
    id,
    name,
    from,
    ...(to === undefined ? {} : { to }),
  });
  return {
    kind: 'council',
    version: 1,
    id: 'testville',
    name: 'Testville Council',
    seats: 7,
    members: [
      m('ann-adams', 'Ann Adams'),
      m('bo-baker', 'Bo Baker'),
      m('cy-johnson', 'Cy Johnson'),
      m('di-johnson', 'Di Johnson'),
      m('ed-evans', 'Ed Evans'),
      m('flo-fox', 'Flo Fox'),
      m('gus-gray', 'Gus Gray', '2020-01-01', '2022-12-31'),
      m('hal-hill', 'Hal Hill', '2023-01-01'),
    ],
    rules: { passage: { threshold: { fraction: '1/2', of: 'voting', compare: 'more-than' } } },
    interop: {
      legistar: {
        persons: { 'ann-adams': 1, 'bo-baker': [2, 22], 'cy-johnson': 3, 'di-johnson': 4 },
        ...(voteValues === undefined ? {} : { vote_values: voteValues }),
      },
    },
  };
}

const PLACES = { voteValues: 'council.yaml:30', persons: 'council.yaml:25' };

function input(file: string, json: unknown): { input: JsonInput; rows: readonly unknown[] } {
  const i = new JsonInput(file, JSON.stringify(json), json);
  const read = readLegistarFile(i);
  if (!read.ok || read.file.kind === 'empty') throw new Error(file);
  return { input: i, rows: read.file.rows };
}

/** A votes file: [person id, name, label] per row. */
function votes(
  file: string,
  item: number,
  rows: readonly (readonly [number | null, string, string | null])[],
): { input: JsonInput; rows: VoteRecord[] } {
  const read = input(
    file,
    rows.map(([id, name, label], i) => ({
      VoteId: i + 1,
      VotePersonId: id,
      VotePersonName: name,
      VoteValueName: label,
      VoteEventItemId: item,
    })),
  );
  return { input: read.input, rows: read.rows as VoteRecord[] };
}

const ALL_AYE = [
  [1, 'Ann Adams', 'Aye'],
  [2, 'Bo Baker', 'Aye'],
  [3, 'Cy Johnson', 'Aye'],
  [4, 'Di Johnson', 'Aye'],
  [null, 'Ed Evans', 'Aye'],
  [null, 'Flo Fox', 'Aye'],
  [null, 'Hal Hill', 'Aye'],
] as const;

function item(id: number, more: Record<string, unknown> = {}): EventItemRecord {
  const [row] = input('items.json', [
    {
      EventItemId: id,
      EventItemEventId: 50,
      EventItemTitle: 'An ordinance',
      EventItemActionName: 'adopted',
      EventItemPassedFlagName: 'Pass',
      EventItemTally: null,
      EventItemMatterFile: '230359',
      ...more,
    },
  ]).rows as EventItemRecord[];
  if (row === undefined) throw new Error('item');
  return row;
}

const EVENT = input('events.json', [
  {
    EventId: 50,
    EventDate: '2023-03-07T00:00:00',
    EventInSiteURL: 'https://testville.legistar.com/MeetingDetail.aspx?ID=50',
  },
]).rows[0] as EventRecord;

function context(more: Partial<VoteImportContext> = {}): VoteImportContext {
  return {
    council: council(),
    places: PLACES,
    rule: 'passage',
    measures: new Set(),
    eventItems: new Map([[7, item(7)]]),
    events: new Map([[50, EVENT]]),
    ...more,
  };
}

const codes = (ds: readonly Diagnostic[]): string[] =>
  ds.map((d) => `${d.severity} ${d.code}: ${d.message}`);

describe('rollCallsFromVotes', () => {
  it('makes a roll call: votes by member id, date from the event, recorded from the item', () => {
    const made = rollCallsFromVotes([votes('v.json', 7, ALL_AYE)], context());
    expect(codes(made.diagnostics)).toEqual([]);
    expect(made.rollCalls.map((r) => r.rollCall)).toEqual([
      {
        kind: 'roll-call',
        version: 1,
        id: '2023-03-07-230359',
        council: 'testville',
        date: '2023-03-07',
        rule: 'passage',
        motion: 'An ordinance',
        votes: {
          'ann-adams': 'aye',
          'bo-baker': 'aye',
          'cy-johnson': 'aye',
          'di-johnson': 'aye',
          'ed-evans': 'aye',
          'flo-fox': 'aye',
          'hal-hill': 'aye',
        },
        recorded: { result: 'passed' },
        notes: 'Imported from Legistar: event item 7, matter 230359, action "adopted".',
        sources: [
          'https://testville.legistar.com/MeetingDetail.aspx?ID=50',
          'https://webapi.legistar.com/v1/testville/eventitems/7/votes',
        ],
      },
    ]);
  });

  it('names an unmapped label and the line of the council file where to map it', () => {
    const rows = ALL_AYE.map((r, i) => (i === 2 ? ([r[0], r[1], 'Medical'] as const) : r));
    const made = rollCallsFromVotes([votes('v.json', 7, rows)], context());
    expect(made.rollCalls).toEqual([]);
    const [problem] = made.diagnostics;
    expect(codes(made.diagnostics)).toEqual([
      'error interop/vote-label: row 3, Cy Johnson (person 3): the vote label "Medical" has no mapping',
    ]);
    expect(problem?.hint).toBe(
      'say what it records at council.yaml:30, under interop.legistar.vote_values: "Medical": aye|no|abstain|present|not-voting|recused|excused|absent|vacant',
    );
    expect(problem?.span?.start).toBe(
      problem?.span === undefined
        ? -1
        : JSON.stringify(
            rows.map((r, i) => ({
              VoteId: i + 1,
              VotePersonId: r[0],
              VotePersonName: r[1],
              VoteValueName: r[2],
              VoteEventItemId: 7,
            })),
          ).indexOf('"Medical"'),
    );

    const mapped = rollCallsFromVotes(
      [votes('v.json', 7, rows)],
      context({ council: council({ Medical: 'excused' }) }),
    );
    expect(mapped.rollCalls[0]?.rollCall.votes?.['cy-johnson']).toBe('excused');
  });

  it('skips a row that marks a vacant seat, and refuses a row with no vote', () => {
    const vacant = [...ALL_AYE.slice(0, 6), [null, 'Vacant', 'Vacant'] as const];
    const made = rollCallsFromVotes([votes('v.json', 7, vacant)], context({ missingAs: 'absent' }));
    expect(made.rollCalls[0]?.rollCall.votes?.['hal-hill']).toBe('absent');
    const nulled = ALL_AYE.map((r, i) => (i === 0 ? ([r[0], r[1], null] as const) : r));
    expect(codes(rollCallsFromVotes([votes('v.json', 7, nulled)], context()).diagnostics)).toEqual([
      'error interop/vote-label: row 1, Ann Adams (person 1): no vote is recorded (VoteValueName is null)',
    ]);
  });

  it('leaves out a roster with no value at all (a closed-session report), with a warning', () => {
    const roster = ALL_AYE.map((r) => [r[0], r[1], null] as const);
    const made = rollCallsFromVotes([votes('v.json', 7, roster)], context());
    expect([made.rollCalls, codes(made.diagnostics)]).toEqual([
      [],
      [
        'warning interop/no-votes: event item 7: no vote is recorded (every VoteValueName is null); left out',
      ],
    ]);
  });

  it('matches by person id (two ids for one person), name, then family name alone with a warning', () => {
    const rows = [
      [1, 'ALD. ADAMS', 'Aye'],
      [22, 'Mr. Baker', 'Nay'],
      [3, 'Cy Johnson', 'Aye'],
      [4, 'Di Johnson', 'Aye'],
      [99, 'EVANS', 'Aye'],
      [null, 'Flo Fox', 'Abstain'],
      [null, 'Council Member Hill', 'Absent'],
    ] as const;
    const made = rollCallsFromVotes([votes('v.json', 7, rows)], context());
    expect(codes(made.diagnostics)).toEqual([
      'warning interop/matched-by-name: row 5, EVANS (person 99): taken as ed-evans (Ed Evans), the only member in office with that family name',
      'warning interop/matched-by-name: row 7, Council Member Hill (person none): taken as hal-hill (Hal Hill), the only member in office with that family name',
    ]);
    expect(made.rollCalls[0]?.rollCall.votes).toEqual({
      'ann-adams': 'aye',
      'bo-baker': 'no',
      'cy-johnson': 'aye',
      'di-johnson': 'aye',
      'ed-evans': 'aye',
      'flo-fox': 'abstain',
      'hal-hill': 'absent',
    });
  });

  it('refuses a voter who matches two members, none, or one out of office', () => {
    const rows = [
      [1, 'Ann Adams', 'Aye'],
      [2, 'Bo Baker', 'Aye'],
      [null, 'Johnson', 'Aye'],
      [null, 'Zed Zane', 'Aye'],
      [null, 'Gus Gray', 'Aye'],
      [null, 'Flo Fox', 'Aye'],
      [null, 'Hal Hill', 'Aye'],
    ] as const;
    const made = rollCallsFromVotes([votes('v.json', 7, rows)], context());
    expect(codes(made.diagnostics)).toEqual([
      'error interop/ambiguous-voter: row 3, Johnson (person none): matches cy-johnson and di-johnson, all in office on 2023-03-07',
      'error interop/unknown-voter: row 4, Zed Zane (person none): matches no member in office on 2023-03-07',
      'error interop/unknown-voter: row 5, Gus Gray (person none): matches no member in office on 2023-03-07',
      'error interop/missing-voter: event item 7 (2023-03-07): no row for cy-johnson (Cy Johnson), di-johnson (Di Johnson), ed-evans (Ed Evans), in office that day',
    ]);
    expect(made.diagnostics.map((d) => d.hint)).toEqual([
      'say which member this person id is at council.yaml:25 (interop.legistar.persons)',
      'add the member to the roster, or this person id to the member at council.yaml:25 (interop.legistar.persons)',
      'the roster has gus-gray (2020-01-01 to 2022-12-31), not in office that day: check the terms',
      'if Legistar left them out, say how to record them with --missing-as absent (or excused, not-voting); if they had left office, correct the roster',
    ]);
  });

  it('records members with no row as --missing-as says, in a note', () => {
    const made = rollCallsFromVotes(
      [votes('v.json', 7, ALL_AYE.slice(0, 6))],
      context({ missingAs: 'excused' }),
    );
    expect(made.rollCalls[0]?.rollCall.votes?.['hal-hill']).toBe('excused');
    expect(made.rollCalls[0]?.rollCall.notes).toBe(
      'Imported from Legistar: event item 7, matter 230359, action "adopted". Legistar has no row for hal-hill; recorded as excused (--missing-as).',
    );
  });

  it('needs the date: from the item and its event, or --date', () => {
    const none = rollCallsFromVotes([votes('v.json', 8, ALL_AYE)], context());
    expect(codes(none.diagnostics)).toEqual([
      'error interop/no-date: event item 8: the date of the vote is not known',
    ]);
    const dated = rollCallsFromVotes(
      [votes('v.json', 8, ALL_AYE)],
      context({ date: '2023-04-04' }),
    );
    expect(
      dated.rollCalls.map((r) => [r.rollCall.id, r.rollCall.date, r.rollCall.recorded]),
    ).toEqual([['2023-04-04-item-8', '2023-04-04', undefined]]);
  });

  it('imports once an item whose votes two files hold alike; refuses two that differ', () => {
    const twice = rollCallsFromVotes(
      [votes('a.json', 7, ALL_AYE), votes('b.json', 7, [...ALL_AYE].reverse())],
      context(),
    );
    expect([twice.rollCalls.length, codes(twice.diagnostics)]).toEqual([
      1,
      ['warning interop/skipped: event item 7: the same votes as in a.json; imported once'],
    ]);
    const other = ALL_AYE.map((r, i) => (i === 0 ? ([r[0], r[1], 'Nay'] as const) : r));
    expect(
      codes(
        rollCallsFromVotes([votes('a.json', 7, ALL_AYE), votes('b.json', 7, other)], context())
          .diagnostics,
      ),
    ).toEqual([
      'error interop/voter-twice: event item 7: other votes than in a.json for the same item',
    ]);
  });

  it('tells two votes on one matter on one day apart by their item', () => {
    const made = rollCallsFromVotes(
      [votes('a.json', 7, ALL_AYE), votes('b.json', 9, ALL_AYE)],
      context({
        eventItems: new Map([
          [7, item(7)],
          [9, item(9)],
        ]),
      }),
    );
    expect(made.rollCalls.map((r) => r.rollCall.id)).toEqual([
      '2023-03-07-230359-7',
      '2023-03-07-230359-9',
    ]);
  });
});

describe('recordedOfItem', () => {
  const of = (more: Record<string, unknown>) => recordedOfItem(item(1, more));

  it('reads the pass flag and the tally as Legistar writes them', () => {
    expect(of({})).toEqual({ recorded: { result: 'passed' } });
    expect(of({ EventItemPassedFlagName: 'Fail' })).toEqual({ recorded: { result: 'failed' } });
    expect(of({ EventItemTally: '10:5' })).toEqual({
      recorded: { result: 'passed', tally: '10-5' },
    });
    // Milwaukee's pages glue the result to the tally
    expect(of({ EventItemPassedFlagName: null, EventItemTally: 'Pass10:5' })).toEqual({
      recorded: { result: 'passed', tally: '10-5' },
    });
    expect(of({ EventItemPassedFlagName: null, EventItemTally: 'Fail 7-8' })).toEqual({
      recorded: { result: 'failed', tally: '7-8' },
    });
  });

  it('never makes 0-0 of a null tally; leaves out a tally it cannot read', () => {
    expect(of({ EventItemPassedFlagName: null })).toEqual({});
    expect(of({ EventItemTally: 'voice vote' })).toEqual({
      recorded: { result: 'passed' },
      unreadTally: 'voice vote',
    });
  });

  it('keeps the flag of a "Continued" action: the vote was on the motion to continue', () => {
    expect(of({ EventItemActionName: 'Continued', EventItemPassedFlagName: 'Pass' })).toEqual({
      recorded: { result: 'passed' },
    });
  });
});

describe('vote labels', () => {
  const built = (label: string) => meaningOfLabel(undefined, label)?.meaning;

  it('maps the labels every city means alike, and no city-specific one', () => {
    // New York
    expect(['Affirmative', 'Negative', 'Non-voting', 'Recused', 'Absent'].map(built)).toEqual([
      'aye',
      'no',
      'not-voting',
      'recused',
      'absent',
    ]);
    expect(
      [
        'Conflict',
        'Medical',
        'Maternity',
        'Paternity',
        'Bereavement',
        'Jury Duty',
        'Suspended',
      ].map(built),
    ).toEqual(Array(7).fill(undefined));
    // Chicago, Pittsburgh, LA Metro
    expect(['Yea', 'Nay', 'Present', 'Vacant', 'Aye', 'No', 'Abstain'].map(built)).toEqual([
      'aye',
      'no',
      'present',
      'vacant',
      'aye',
      'no',
      'abstain',
    ]);
    expect(['Rising Vote', 'Out of Room'].map(built)).toEqual([undefined, undefined]);
  });

  it("takes the council's mapping first, as written then folded", () => {
    const own = { Conflict: 'recused', 'Jury Duty': 'excused', Present: 'not-voting' } as const;
    expect(meaningOfLabel(own, 'Conflict')).toEqual({ meaning: 'recused', from: 'council' });
    expect(meaningOfLabel(own, 'JURY  DUTY')).toEqual({ meaning: 'excused', from: 'council' });
    expect(meaningOfLabel(own, 'Present')).toEqual({ meaning: 'not-voting', from: 'council' });
    expect(meaningOfLabel(own, 'Aye')).toEqual({ meaning: 'aye', from: 'built-in' });
  });
});
