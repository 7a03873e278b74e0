import type { Decision } from '../rules/decide.js';
import type { TallyResult, TallyTieBreak } from './tally-result.js';
import type { TallyStep, TallyWarning } from './tally-steps.js';

/** A tally before its steps and warnings are written down. */
export type TallyResultWithoutSteps = Omit<TallyResult, 'explanation' | 'warnings'>;

/** The steps of a tally's arithmetic, from its result and the decision behind it. */
export function tallySteps(result: TallyResultWithoutSteps, decision: Decision): TallyStep[] {
  const rule = result.rule;
  const steps: TallyStep[] = [
    {
      step: 'rule',
      rule: rule.id,
      citation: rule.citation,
      version: rule.version.number,
      of: rule.version.of,
      effective: rule.version.effective,
      until: rule.version.until,
    },
    {
      step: 'seats',
      date: result.rollCall.date,
      seats: result.seats,
      inOffice: result.inOffice,
      vacancies: result.vacancies,
    },
    {
      step: 'votes',
      source: result.source,
      counts: result.counts,
      present: result.present,
      recused: rule.recused,
    },
  ];
  if (decision.quorum !== null) {
    const { working, present, met } = decision.quorum;
    steps.push({ step: 'quorum', working, present, met });
  }
  for (const t of decision.thresholds) steps.push({ step: 'threshold', working: t.working });
  if (decision.thresholds.length > 1) {
    steps.push({ step: 'largest-applies', required: result.required });
  }
  const e = decision.executive;
  const { aye, no } = result.counts;
  const notCast = tieNotBroken(result);
  if (result.tie && e.status === 'counted') {
    steps.push({
      step: 'tie-broken',
      ayes: aye,
      noes: no,
      executive: result.executive.title,
      vote: e.vote,
    });
  } else if (notCast !== undefined) {
    steps.push({
      step: 'tie-not-broken',
      ayes: aye,
      noes: no,
      executive: result.executive.title,
      ayeWouldPass: notCast.ayeWouldPass,
    });
  } else if (result.tie && decision.supermajority) {
    steps.push({ step: 'tie-fails', ayes: aye, noes: no });
  } else if (e.status === 'ignored') {
    steps.push({ step: 'executive-ignored', executive: result.executive.title, reason: e.reason });
  }
  steps.push({
    step: 'verdict',
    result: result.result,
    ayes: result.ayes,
    required: result.required,
    margin: result.margin,
    quorum:
      result.quorum === null
        ? null
        : { present: result.quorum.present, required: result.quorum.required },
  });
  const r = result.recorded;
  if (r !== null) {
    steps.push({
      step: 'recorded',
      recordedResult: r.result,
      recordedTally: r.tally,
      matches: r.matches,
      result: result.result,
      ayes: aye,
      noes: no,
      tallyReading: r.tallyReading,
      executive:
        e.status === 'counted'
          ? { title: result.executive.title, vote: e.vote, ayes: result.ayes, noes: result.noes }
          : null,
    });
  }
  return steps;
}

/**
 * A tie the executive may break but did not, where breaking it could matter
 * (without a quorum the vote does not count, whatever the executive does).
 */
function tieNotBroken(
  result: TallyResultWithoutSteps,
): Extract<TallyTieBreak, { readonly status: 'not-cast' }> | undefined {
  const tie = result.tieBreak;
  return tie?.status === 'not-cast' && result.result !== 'no-quorum' ? tie : undefined;
}

/** What a reader must not miss, in the order reports show it. */
export function tallyWarnings(result: TallyResultWithoutSteps, decision: Decision): TallyWarning[] {
  const warnings: TallyWarning[] = [];
  if (result.hypothetical) warnings.push({ code: 'hypothetical' });
  if (result.rule.verified === false) {
    warnings.push({ code: 'unverified-rule', rule: result.rule.id });
  }
  const e = decision.executive;
  if (e.status === 'ignored') {
    warnings.push({
      code: 'executive-not-counted',
      executive: result.executive.title,
      reason: e.reason,
    });
  }
  if (tieNotBroken(result) !== undefined) {
    const { aye, no } = result.counts;
    warnings.push({
      code: 'tie-not-broken',
      executive: result.executive.title,
      ayes: aye,
      noes: no,
    });
  }
  if (result.missing.length > 0) {
    warnings.push({ code: 'missing-votes', members: result.missing });
  }
  if (result.notInOffice.length > 0) {
    warnings.push({
      code: 'not-in-office',
      members: result.notInOffice,
      date: result.rollCall.date,
    });
  }
  return warnings;
}
