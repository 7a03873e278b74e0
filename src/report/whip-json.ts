import { rationalToNumber } from '../basics/decimal.js';
import type { Rational } from '../basics/rational.js';
import type { WhipProjection, WhipThreshold } from '../tally/whip-result.js';
import { explainWhip, fractionString, warningText } from './whip-text.js';

/**
 * The `whip --json` contract (SPEC 2.1): one object, stable key order. Every
 * chance is an exact reduced fraction `"p/q"` (`"0/1"`, `"1/1"`) with a
 * `_decimal` number beside it.
 */
export function renderWhipJson(p: WhipProjection): string {
  const body = {
    whip: p.whip.id,
    council: p.council.id,
    as_of: p.whip.asOf,
    measure: p.measure ?? (p.whip.measure === null ? null : { id: p.whip.measure }),
    hypothetical: p.hypothetical,
    probability: fractionString(p.chance),
    probability_decimal: rationalToNumber(p.chance),
    quorum_probability: fractionString(p.quorumChance),
    quorum_probability_decimal: rationalToNumber(p.quorumChance),
    outcomes: {
      passed: fractionString(p.outcomes.passed),
      failed: fractionString(p.outcomes.failed),
      no_quorum: fractionString(p.outcomes.noQuorum),
    },
    expected_ayes: fractionString(p.expectedAyes),
    expected_ayes_decimal: rationalToNumber(p.expectedAyes),
    most_likely_ayes: p.mostLikelyAyes,
    required: p.required,
    best: p.best,
    worst: p.worst,
    distribution: p.distribution.map((d) => ({
      ayes: d.ayes,
      probability: fractionString(d.probability),
      probability_decimal: rationalToNumber(d.probability),
      pass_probability: d.passGiven === null ? null : fractionString(d.passGiven),
    })),
    members: p.lines.map((l) => ({
      key: l.key,
      kind: l.kind,
      id: l.id,
      name: l.name,
      bloc: l.bloc,
      size: l.size,
      stance: l.stance,
      stance_from: l.stanceFrom,
      ...chance('probability', l.probability),
      ...chance('attendance', l.attendance),
      ...chance('aye_probability', l.ayeChance),
      assumed: l.assumed,
      ...chance('pass_probability_if_won', l.passIfWon),
      ...chance('gain', l.gain),
      note: l.note,
    })),
    persuade: p.persuade.keys,
    persuade_probability: fractionString(p.persuade.chance),
    persuade_reached: p.persuade.reached,
    persuade_proven: { fewest: p.persuade.fewest, cheapest: p.persuade.cheapest },
    target: fractionString(p.target),
    what_if: {
      assume: p.whatIf.assumptions,
      attendance: p.whatIf.attendance === null ? null : fractionString(p.whatIf.attendance),
    },
    rule: {
      id: p.rule.id,
      title: p.rule.title,
      citation: p.rule.citation,
      source: p.rule.source,
      verified: p.rule.verified,
      version: p.rule.version,
      executive_tie_vote: p.rule.executiveTieVote,
    },
    thresholds: p.thresholds.map(threshold),
    quorum: p.quorum === null ? null : { ...threshold(p.quorum), required: p.quorum.required },
    executive:
      p.executive === null
        ? null
        : {
            title: p.executive.title,
            name: p.executive.name,
            stance: p.executive.stance,
            ...chance('probability', p.executive.chance),
            counted: p.executive.counted,
            ignored_because: p.executive.ignoredBecause,
          },
    readings:
      p.readings === null
        ? null
        : p.readings.map((r) => ({
            fraction: r.fraction,
            of: r.of,
            compare: r.compare,
            minimum: r.minimum,
            ...chance('probability', r.chance),
            required: r.required,
            as_written: r.asWritten,
          })),
    seats: p.seats,
    members_in_office: p.inOffice,
    vacancies: p.vacancies,
    tracked: p.tracked,
    sources: p.whip.sources,
    warnings: p.warnings.map((w) => warningText(w, p)),
    explanation: explainWhip(p),
  };
  return `${JSON.stringify(body, null, 2)}\n`;
}

function chance<K extends string>(
  key: K,
  r: Rational,
): Record<K | `${K}_decimal`, string | number> {
  return { [key]: fractionString(r), [`${key}_decimal`]: rationalToNumber(r) } as Record<
    K | `${K}_decimal`,
    string | number
  >;
}

function threshold(t: WhipThreshold): Record<string, string | number | null> {
  return { fraction: t.fraction, of: t.of, compare: t.compare, minimum: t.minimum };
}
