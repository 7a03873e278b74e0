import { throwIllegalValue } from '../basics/assert.js';
import { VOTE_VALUES, type VoteValue } from '../model/roll-call.js';
import type { TallyMember, TallyResult } from '../tally/tally-result.js';
import type { ChartLegendEntry, ChartSeat, SeatChartModel, SeatKind } from './seat-chart-svg.js';
import { COUNT_LABELS } from './tally-text.js';

/**
 * Left to right on the chart: ayes from the left, so the threshold line
 * shows at a glance whether they reach it; noes from the right; everything
 * else between them, vacant seats last before the noes.
 */
const SEAT_ORDER: readonly SeatKind[] = [
  'aye',
  'abstain',
  'present',
  'not-voting',
  'recused',
  'excused',
  'absent',
  'missing',
  'vacant',
  'no',
];

const KIND_LABELS: Readonly<Record<string, string>> = {
  ...Object.fromEntries(VOTE_VALUES.map((v) => [v, COUNT_LABELS[v]])),
  missing: 'no vote recorded',
  vacant: 'vacant',
};

/** The seat chart of a tally: one seat per seat of the council, vacancies included. */
export function tallySeatChart(result: TallyResult): SeatChartModel {
  const seats: { kind: SeatKind; label: string }[] = [];
  if (result.source === 'votes') {
    for (const member of result.members) {
      seats.push({ kind: member.vote ?? 'missing', label: memberSeatLabel(member) });
    }
  } else {
    for (const vote of VOTE_VALUES) {
      for (let i = 0; i < result.counts[vote]; i++) {
        seats.push({ kind: vote, label: `Member not named: ${COUNT_LABELS[vote]}` });
      }
    }
  }
  for (let i = 0; i < result.vacancies; i++) seats.push({ kind: 'vacant', label: 'Vacant seat' });

  const ordered: ChartSeat[] = SEAT_ORDER.flatMap((kind) => seats.filter((s) => s.kind === kind));
  const legend: ChartLegendEntry[] = SEAT_ORDER.map((kind) => ({
    kind,
    label: KIND_LABELS[kind] ?? kind,
    count: seats.filter((s) => s.kind === kind).length,
  }));
  const reachable = result.required >= 1 && result.required <= ordered.length;
  return {
    title: `The ${ordered.length} seats of the ${result.council.name} on ${result.rollCall.date}`,
    summary: chartSummary(result, legend, reachable),
    seats: ordered,
    threshold: reachable ? { after: result.required, label: `${result.required} needed` } : null,
    centre: `${result.counts.aye}–${result.counts.no}`,
    legend,
    hypothetical: result.hypothetical,
  };
}

/** `Andrea Pratt, district 1: aye`; `José G. Pérez (president), district 12: aye`. */
export function memberSeatLabel(member: TallyMember): string {
  const role = member.role === null ? '' : ` (${member.role})`;
  const district = member.district === null ? '' : `, district ${member.district}`;
  const vote = member.vote === null ? KIND_LABELS['missing'] : COUNT_LABELS[member.vote];
  return `${member.name}${role}${district}: ${vote ?? ''}`;
}

function chartSummary(
  result: TallyResult,
  legend: readonly ChartLegendEntry[],
  reachable: boolean,
): string {
  const parts = legend.filter((e) => e.count > 0).map((e) => `${e.count} ${e.label}`);
  const sentences = [
    `${result.seats} seats, one circle each, ayes from the left and noes from the right: ${parts.join(', ')}.`,
  ];
  if (result.source === 'counts') {
    sentences.push('Only the counts are known, so no seat is named.');
  }
  sentences.push(
    reachable
      ? `The dashed line marks the ${result.required} ayes needed.`
      : `${result.required} ayes are needed, more than there are seats.`,
  );
  if (result.executive.counted && result.executive.vote !== null) {
    sentences.push(
      `The ${result.executive.title ?? 'executive'}'s tie-breaking ${result.executive.vote} counted too.`,
    );
  }
  sentences.push(`Result: ${resultPhrase(result)}.`);
  return sentences.join(' ');
}

function resultPhrase(result: TallyResult): string {
  const ayes = `${result.ayes} ${result.ayes === 1 ? 'aye' : 'ayes'}`;
  switch (result.result) {
    case 'passed':
      return `passed with ${ayes}`;
    case 'failed':
      return `failed with ${ayes}`;
    case 'no-quorum':
      return 'no quorum';
    default:
      return throwIllegalValue(result.result, 'result');
  }
}

export function seatKindLabel(vote: VoteValue | null): string {
  return vote === null ? (KIND_LABELS['missing'] ?? '') : COUNT_LABELS[vote];
}
