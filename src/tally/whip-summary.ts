import { reduceFraction } from '../basics/decimal.js';
import type { Rational } from '../basics/rational.js';
import type { DecisionTable } from './whip-decision.js';
import { forEachState, presentIn, type AyeDistribution } from './whip-distribution.js';
import type { WhipCase, WhipDistributionEntry } from './whip-result.js';

/** What a distribution says under a rule, summed once over its outcomes. */
export interface OutcomeSummary {
  readonly chance: Rational;
  readonly quorumChance: Rational;
  readonly outcomes: {
    readonly passed: Rational;
    readonly failed: Rational;
    readonly noQuorum: Rational;
  };
  readonly distribution: readonly WhipDistributionEntry[];
  readonly mostLikelyAyes: number;
  readonly required: { readonly min: number; readonly max: number } | null;
  readonly best: WhipCase;
  readonly worst: WhipCase;
}

/**
 * Sums a distribution's outcomes under a decision table: the chance of
 * passage, of a quorum, of each result and of each count of ayes, and the
 * extremes that can happen. Exact; every fraction reduced at the end.
 */
export function summarizeOutcomes(dist: AyeDistribution, table: DecisionTable): OutcomeSummary {
  const members = dist.dimensions.members;
  const scale = table.denominator;
  let passed = 0n;
  let quorum = 0n;
  const byAyes = new Array<bigint>(members + 1).fill(0n);
  const passByAyes = new Array<bigint>(members + 1).fill(0n);
  let required: { min: number; max: number } | null = null;
  let most: { ayes: number; canPass: boolean; quorumMet: boolean } | undefined;
  let fewest: { ayes: number; canFail: boolean; noQuorum: boolean } | undefined;

  forEachState(dist, (ayes, u, value) => {
    const decision = table.at(ayes, presentIn(dist, u, 0));
    const passing =
      decision.pass === 0n ? 0n : decision.pass === 1n ? value : value * decision.pass;
    passed += passing;
    byAyes[ayes] = (byAyes[ayes] ?? 0n) + value;
    passByAyes[ayes] = (passByAyes[ayes] ?? 0n) + passing;
    if (decision.quorumMet) {
      quorum += value;
      required = {
        min: Math.min(required?.min ?? decision.required, decision.required),
        max: Math.max(required?.max ?? decision.required, decision.required),
      };
    }
    if (most === undefined || ayes > most.ayes) {
      most = { ayes, canPass: decision.canPass, quorumMet: decision.quorumMet };
    } else if (ayes === most.ayes) {
      most = {
        ayes,
        canPass: most.canPass || decision.canPass,
        quorumMet: most.quorumMet || decision.quorumMet,
      };
    }
    if (fewest === undefined || ayes < fewest.ayes) {
      fewest = { ayes, canFail: decision.canFail, noQuorum: !decision.quorumMet };
    } else if (ayes === fewest.ayes) {
      fewest = {
        ayes,
        canFail: fewest.canFail || decision.canFail,
        noQuorum: fewest.noQuorum || !decision.quorumMet,
      };
    }
  });

  const d = dist.denominator;
  const noQuorum = d - quorum;
  let mostLikelyAyes = 0;
  byAyes.forEach((value, ayes) => {
    if (value > (byAyes[mostLikelyAyes] ?? 0n)) mostLikelyAyes = ayes;
  });
  const top = most ?? { ayes: 0, canPass: false, quorumMet: false };
  const bottom = fewest ?? { ayes: 0, canFail: true, noQuorum: false };
  return {
    chance: reduceFraction(passed, d * scale),
    quorumChance: reduceFraction(quorum, d),
    outcomes: {
      passed: reduceFraction(passed, d * scale),
      failed: reduceFraction((d - noQuorum) * scale - passed, d * scale),
      noQuorum: reduceFraction(noQuorum, d),
    },
    distribution: byAyes.map((value, ayes) => ({
      ayes,
      probability: reduceFraction(value, d),
      passGiven: value === 0n ? null : conditional(passByAyes[ayes] ?? 0n, value * scale),
    })),
    mostLikelyAyes,
    required,
    best: {
      ayes: top.ayes,
      result: top.canPass ? 'passed' : top.quorumMet ? 'failed' : 'no-quorum',
    },
    worst: {
      ayes: bottom.ayes,
      result: bottom.noQuorum ? 'no-quorum' : bottom.canFail ? 'failed' : 'passed',
    },
  };
}

/** A chance given a count of ayes: mostly 0 or 1, found without a gcd. */
function conditional(pass: bigint, of: bigint): Rational {
  if (pass === 0n) return { numerator: 0n, denominator: 1n };
  if (pass === of) return { numerator: 1n, denominator: 1n };
  return reduceFraction(pass, of);
}
