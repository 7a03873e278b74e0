import { describe, expect, it } from 'vitest';
import type { Council, RuleVersion } from '../../src/model/council.js';
import type { RollCall, VoteValue } from '../../src/model/roll-call.js';
import { renderTallyCsv } from '../../src/report/tally-csv.js';
import { executiveRow } from '../../src/report/tally-executive-text.js';
import { describeTallyStep, describeTallyWarning } from '../../src/report/tally-explanation.js';
import { renderTallyMarkdown } from '../../src/report/tally-markdown.js';
import { countRows, recordedLine, resultNumbers } from '../../src/report/tally-text.js';
import type { TallyResult } from '../../src/tally/tally-result.js';
import { smallCouncil, smallRollCall, tallyOf } from '../support/small-council.js';

/** Four members, so they can tie 2-2; the Mayor (Pat Lee) may break a tie under MAJORITY. */
const MAJORITY: RuleVersion = {
  threshold: { fraction: '1/2', of: 'voting', compare: 'more-than' },
  executive_tie_vote: true,
};

function council(rule: RuleVersion, seats = 4, withExecutive = true): Council {
  return smallCouncil(rule, { seats, executive: withExecutive ? 'Pat Lee' : false });
}

const TIE: Readonly<Record<string, VoteValue>> = {
  'm-0': 'aye',
  'm-1': 'aye',
  'm-2': 'no',
  'm-3': 'no',
};

function tally(c: Council, extra: Partial<RollCall> = {}, votes = TIE): TallyResult {
  return tallyOf(c, smallRollCall(votes, extra));
}

describe('a tie the executive may break, with no executive vote recorded', () => {
  const t = tally(council(MAJORITY));

  it('is data: tieBreak, a warning code and a step, before the verdict', () => {
    expect([t.result, t.ayes, t.required, t.tie]).toEqual(['failed', 2, 3, true]);
    expect(t.tieBreak).toEqual({ status: 'not-cast', ayes: 2, ayeWouldPass: true });
    expect(t.warnings).toEqual([{ code: 'tie-not-broken', executive: 'Mayor', ayes: 2, noes: 2 }]);
    expect(t.explanation.map((s) => s.step)).toEqual([
      'rule',
      'seats',
      'votes',
      'threshold',
      'tie-not-broken',
      'verdict',
    ]);
    expect(t.explanation[4]).toEqual({
      step: 'tie-not-broken',
      ayes: 2,
      noes: 2,
      executive: 'Mayor',
      ayeWouldPass: true,
    });
  });

  it('the verdict, the step and the warning name the tie and the power to break it', () => {
    expect(resultNumbers(t)).toBe(
      '2 ayes, 3 required, margin -1; a 2-2 tie the Mayor may break, with no executive vote recorded',
    );
    expect(t.explanation.map(describeTallyStep).slice(4)).toEqual([
      'The members tied 2-2; the rule lets the Mayor break a tie, but no executive vote is recorded: an aye from the Mayor would have passed it.',
      'Failed: 2 ayes, 3 required, 1 short.',
    ]);
    expect(t.warnings.map(describeTallyWarning)).toEqual([
      'The members tied 2-2 and the rule lets the Mayor break a tie, but the roll call records no executive vote: if the Mayor voted, add "executive: aye" or "executive: no".',
    ]);
  });

  it('says when even an aye from the executive would not pass the measure', () => {
    // more than half of 6 seats is 4 ayes: 2 ayes and the Mayor's make 3
    const seats = tally(
      council(
        { ...MAJORITY, threshold: { fraction: '1/2', of: 'seats', compare: 'more-than' } },
        6,
      ),
    );
    expect(seats.tieBreak).toEqual({ status: 'not-cast', ayes: 2, ayeWouldPass: false });
    const step = seats.explanation.find((s) => s.step === 'tie-not-broken');
    expect(step === undefined ? '' : describeTallyStep(step)).toBe(
      'The members tied 2-2; the rule lets the Mayor break a tie, but no executive vote is recorded: even an aye from the Mayor would not have passed it.',
    );
  });

  it('is not raised without a quorum, whatever the executive could do', () => {
    const noQuorum = tally(
      council({ ...MAJORITY, quorum: { fraction: '1/1', of: 'seats', compare: 'at-least' } }),
      {},
      { ...TIE, 'm-3': 'absent', 'm-2': 'no', 'm-1': 'no' },
    );
    expect(noQuorum.result).toBe('no-quorum');
    expect(noQuorum.tie).toBe(false);
    const quorumTie = tally(
      council({ ...MAJORITY, quorum: { fraction: '1/1', of: 'seats', compare: 'at-least' } }),
      {},
      { 'm-0': 'aye', 'm-1': 'no', 'm-2': 'absent', 'm-3': 'absent' },
    );
    expect([quorumTie.result, quorumTie.tieBreak?.status]).toEqual(['no-quorum', 'not-cast']);
    expect(quorumTie.warnings).toEqual([]);
    expect(quorumTie.explanation.some((s) => s.step === 'tie-not-broken')).toBe(false);
    expect(resultNumbers(quorumTie)).toBe(
      '2 present, 4 needed for a quorum; 1 aye, 2 required, margin -1',
    );
  });

  it('the CSV says tie, not-cast, and no executive vote', () => {
    const [header = '', row = ''] = renderTallyCsv(t).split('\r\n');
    const cells = Object.fromEntries(header.split(',').map((name, i) => [name, row.split(',')[i]]));
    expect(
      header.endsWith(',tie,tie_break,executive_vote,executive_counted,recorded_tally_reading'),
    ).toBe(true);
    expect([
      cells['tie'],
      cells['tie_break'],
      cells['executive_vote'],
      cells['executive_counted'],
    ]).toEqual(['true', 'not-cast', '', '']);
  });
});

describe('other ties', () => {
  it('a council without an executive: nobody may break it', () => {
    const t = tally(council(MAJORITY, 4, false));
    expect(t.tieBreak).toEqual({ status: 'no-tie-vote', ayes: 2 });
    expect(t.warnings).toEqual([]);
    expect(resultNumbers(t)).toBe(
      '2 ayes, 3 required, margin -1; a 2-2 tie, which nobody may break under this rule',
    );
  });

  it('a supermajority: the tie fails, and an executive vote is not counted', () => {
    const t = tally(
      council({ ...MAJORITY, threshold: { fraction: '2/3', of: 'voting', compare: 'at-least' } }),
      { executive: 'aye' },
    );
    expect([t.result, t.tieBreak, t.executive.counted]).toEqual([
      'failed',
      { status: 'supermajority', ayes: 2 },
      false,
    ]);
    expect(resultNumbers(t)).toBe(
      '2 ayes, 3 required, margin -1; a 2-2 tie fails on a supermajority measure',
    );
    expect(executiveRow(t)).toEqual({
      name: 'Pat Lee',
      role: 'Mayor',
      vote: 'aye',
      label: 'aye, not counted',
    });
  });

  it('no tie: no tieBreak, and the verdict is as before', () => {
    const t = tally(council(MAJORITY), {}, { ...TIE, 'm-3': 'aye' });
    expect([t.tie, t.tieBreak, resultNumbers(t)]).toEqual([
      false,
      null,
      '3 ayes, 3 required, margin 0',
    ]);
    expect(executiveRow(t)).toBeUndefined();
  });
});

describe('a tie the executive broke', () => {
  it('an aye: an executive row, and counts that agree with the verdict', () => {
    const t = tally(council(MAJORITY), { executive: 'aye' });
    expect([t.result, t.ayes, t.noes, t.counts.aye]).toEqual(['passed', 3, 2, 2]);
    expect(t.tieBreak).toEqual({ status: 'broken', ayes: 2, vote: 'aye' });
    expect(resultNumbers(t)).toBe("3 ayes, 3 required, margin 0; the Mayor's aye broke a 2-2 tie");
    expect(executiveRow(t)).toEqual({
      name: 'Pat Lee',
      role: 'Mayor',
      vote: 'aye',
      label: 'aye, breaks the 2-2 tie',
    });
    const rows = countRows(t);
    expect(rows.slice(0, 2)).toEqual([
      { key: 'aye', label: 'aye (2 members + the Mayor)', count: 3 },
      { key: 'no', label: 'no', count: 2 },
    ]);
    expect(rows.find((r) => r.key === 'aye')?.count).toBe(t.ayes);
    const markdown = renderTallyMarkdown(t);
    expect(markdown).toContain('| aye (2 members + the Mayor) | 3 |\n| no | 2 |\n');
    expect(markdown).toContain(
      '| Member 3 | 4 | no |\n| Pat Lee (Mayor) |  | aye, breaks the 2-2 tie |\n',
    );
    const [header = '', row = ''] = renderTallyCsv(t).split('\r\n');
    expect(header.split(',').slice(-5)).toEqual([
      'tie',
      'tie_break',
      'executive_vote',
      'executive_counted',
      'recorded_tally_reading',
    ]);
    expect(row.split(',').slice(-5)).toEqual(['true', 'broken', 'aye', 'true', '']);
  });

  it('a no: the no row counts the executive, and the measure fails', () => {
    const t = tally(council(MAJORITY), { executive: 'no' });
    expect([t.result, t.ayes, t.noes]).toEqual(['failed', 2, 3]);
    expect(countRows(t).slice(0, 2)).toEqual([
      { key: 'aye', label: 'aye', count: 2 },
      { key: 'no', label: 'no (2 members + the Mayor)', count: 3 },
    ]);
    expect(resultNumbers(t)).toBe("2 ayes, 3 required, margin -1; the Mayor's no broke a 2-2 tie");
  });

  it('counts only: no members table, the counts still include the executive', () => {
    const rollCall = smallRollCall(undefined, { counts: { aye: 2, no: 2 }, executive: 'aye' });
    const t = tallyOf(council(MAJORITY), rollCall);
    expect(t.source).toBe('counts');
    expect(countRows(t)[0]).toEqual({ key: 'aye', label: 'aye (2 members + the Mayor)', count: 3 });
    expect(renderTallyMarkdown(t)).toContain('Only the counts are known: no member is named.');
  });
});

describe('a recorded tally after a broken tie reads two ways, and the report says which', () => {
  const broken = (tallyText: string, result: 'passed' | 'failed' = 'passed'): TallyResult =>
    tally(council(MAJORITY), { executive: 'aye', recorded: { result, tally: tallyText } });

  it('"2-2": the members alone', () => {
    const t = broken('2-2');
    expect(t.recorded).toMatchObject({
      matches: true,
      tallyMatches: true,
      tallyReading: 'members',
    });
    expect(recordedLine(t)).toBe(
      "passed 2-2: matches the computed result, its tally read as the members' votes alone (2-2, without the Mayor's tie-breaking aye)",
    );
  });

  it('"3-2": with the executive', () => {
    const t = broken('3-2');
    expect(t.recorded).toMatchObject({ matches: true, tallyReading: 'with-executive' });
    expect(recordedLine(t)).toBe(
      "passed 3-2: matches the computed result, its tally read with the Mayor's tie-breaking aye counted (3-2; the members tied 2-2)",
    );
    const step = t.explanation.at(-1);
    expect(step).toEqual({
      step: 'recorded',
      recordedResult: 'passed',
      recordedTally: '3-2',
      matches: true,
      result: 'passed',
      ayes: 2,
      noes: 2,
      tallyReading: 'with-executive',
      executive: { title: 'Mayor', vote: 'aye', ayes: 3, noes: 2 },
    });
    expect(step === undefined ? '' : describeTallyStep(step)).toBe(
      "Recorded: passed 3-2, which matches the computed result, its tally read with the Mayor's tie-breaking aye counted (3-2; the members tied 2-2).",
    );
    expect(renderTallyCsv(t).split('\r\n')[1]?.split(',').at(-1)).toBe('with-executive');
  });

  it('"4-2": neither, and the mismatch names both readings', () => {
    const t = broken('4-2');
    expect(t.recorded).toMatchObject({ matches: false, tallyMatches: false, tallyReading: null });
    expect(recordedLine(t)).toBe(
      "passed 4-2: DOES NOT MATCH the computed passed 2-2 (3-2 with the Mayor's tie-breaking aye)",
    );
    const step = t.explanation.at(-1);
    expect(step === undefined ? '' : describeTallyStep(step)).toBe(
      "Recorded: passed 4-2, but the computed result is passed 2-2 (3-2 with the Mayor's tie-breaking aye): they disagree.",
    );
  });

  it('without a counted executive vote there is one reading and no note', () => {
    const t = tally(council(MAJORITY), { recorded: { result: 'failed', tally: '2-2' } });
    expect(t.recorded?.tallyReading).toBe('members');
    expect(recordedLine(t)).toBe('failed 2-2: matches the computed result');
    const wrong = tally(council(MAJORITY), { recorded: { tally: '3-2' } });
    expect([wrong.recorded?.tallyReading, recordedLine(wrong)]).toEqual([
      null,
      '3-2: DOES NOT MATCH the computed failed 2-2',
    ]);
  });
});
