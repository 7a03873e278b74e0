import { COUNT_KEYS } from '../tally/counts.js';
import type { TallyResult } from '../tally/tally-result.js';
import { describeTallyStep, describeTallyWarning } from './tally-explanation.js';

/** The `tally --json` contract (SPEC 2.1): one object, stable key order. */
export function renderTallyJson(result: TallyResult): string {
  return `${JSON.stringify(tallyJsonObject(result), null, 2)}\n`;
}

/** The object `tally --json` prints, for reports that hold several tallies. */
export function tallyJsonObject(result: TallyResult): Record<string, unknown> {
  const counts: Record<string, number> = {};
  for (const key of COUNT_KEYS) counts[key] = result.counts[key];
  return {
    rollCall: result.rollCall.id,
    council: result.council.id,
    date: result.rollCall.date,
    measure: result.measure,
    directive: result.directive,
    motion: result.rollCall.motion,
    hypothetical: result.hypothetical,
    result: result.result,
    required: result.required,
    basis: result.basis,
    ayes: result.ayes,
    noes: result.noes,
    margin: result.margin,
    counts,
    seats: result.seats,
    membersInOffice: result.inOffice,
    present: result.present,
    quorum:
      result.quorum === null
        ? null
        : {
            required: result.quorum.required,
            present: result.quorum.present,
            met: result.quorum.met,
          },
    rule: {
      id: result.rule.id,
      title: result.rule.title,
      citation: result.rule.citation,
      source: result.rule.source,
      verified: result.rule.verified,
      version: result.rule.version,
    },
    thresholds: result.thresholds.map((t) => ({
      fraction: t.fraction,
      of: t.of,
      compare: t.compare,
      minimum: t.minimum,
      basis: t.basis,
      product: t.product,
      required: t.required,
      met: t.met,
    })),
    tie: result.tie,
    tieBreak: result.tieBreak,
    executive: result.executive.vote === null ? null : result.executive,
    source: result.source,
    members: result.members,
    recorded:
      result.recorded === null
        ? null
        : {
            result: result.recorded.result,
            tally: result.recorded.tally,
            matches: result.recorded.matches,
            tallyReading: result.recorded.tallyReading,
          },
    sources: result.rollCall.sources,
    warnings: result.warnings.map(describeTallyWarning),
    explanation: result.explanation.map(describeTallyStep),
  };
}
