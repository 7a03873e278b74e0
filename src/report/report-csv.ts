import type { ArchiveReport, ArchiveRollCall } from '../tally/archive.js';
import type { TallyMember, TallyResult } from '../tally/tally-result.js';
import { csvCell, type Cell } from './tally-csv.js';

const HEADER = [
  'council',
  'measure',
  'roll_call',
  'date',
  'rule',
  'rule_verified',
  'hypothetical',
  'status',
  'result',
  'ayes',
  'noes',
  'required',
  'margin',
  'recorded_result',
  'recorded_tally',
  'recorded_matches',
  'member',
  'member_name',
  'district',
  'vote',
  'side',
  'file',
] as const;

type Column = (typeof HEADER)[number];
type Row = Partial<Record<Column, Cell>>;

/**
 * One row per member per roll call, for a spreadsheet: the roll call's
 * columns repeated on each of its members' rows. A roll call of counts only
 * has one row with the member columns empty; one not tallied has one row
 * with `status` `not-tallied` and no result.
 */
export function renderReportCsv(report: ArchiveReport): string {
  const rollCalls = report.councils.flatMap((c) => [
    ...c.measures.flatMap((m) => m.rollCalls),
    ...c.otherRollCalls,
  ]);
  const listed = new Set(rollCalls);
  const rows = [...rollCalls, ...report.notTallied.filter((r) => !listed.has(r))].flatMap(rowsOf);
  return [
    HEADER.join(','),
    ...rows.map((row) => HEADER.map((c) => csvCell(row[c] ?? null)).join(',')),
  ]
    .map((line) => `${line}\r\n`)
    .join('');
}

function rowsOf(r: ArchiveRollCall): Row[] {
  if (r.status === 'not-tallied') {
    return [
      {
        council: r.council,
        measure: r.measure,
        roll_call: r.id,
        date: r.date,
        hypothetical: r.hypothetical,
        status: 'not-tallied',
        file: r.file,
      },
    ];
  }
  const t = r.tally;
  const rollCall: Row = {
    council: t.council.id,
    measure: t.rollCall.measure,
    roll_call: t.rollCall.id,
    date: t.rollCall.date,
    rule: t.rule.id,
    rule_verified: t.rule.verified,
    hypothetical: t.hypothetical,
    status: 'tallied',
    result: t.result,
    ayes: t.ayes,
    noes: t.noes,
    required: t.required,
    margin: t.margin,
    recorded_result: t.recorded?.result ?? null,
    recorded_tally: t.recorded?.tally ?? null,
    recorded_matches: t.recorded?.matches ?? null,
    file: r.file,
  };
  if (t.source === 'counts') return [rollCall];
  return t.members.map((m) => ({
    ...rollCall,
    member: m.id,
    member_name: m.name,
    district: m.district,
    vote: m.vote,
    side: side(m, t),
  }));
}

function side(m: TallyMember, t: TallyResult): Cell {
  if ((m.vote !== 'aye' && m.vote !== 'no') || t.result === 'no-quorum') return null;
  return (m.vote === 'aye') === (t.result === 'passed') ? 'winning' : 'losing';
}
