import { reduceFraction } from '../basics/decimal.js';
import { rational, type Rational } from '../basics/rational.js';
import { err, ok, type Result } from '../basics/result.js';
import type { DataPath } from '../diagnostics/address.js';
import type { IsoDate } from '../model/common.js';
import type { Council, RuleVersion } from '../model/council.js';
import type { Ordinance } from '../model/ordinance.js';
import { membersInOffice } from '../model/roster.js';
import type { WhipCount } from '../model/whip-count.js';
import { thresholdList, type RuleProblem } from '../rules/decide.js';
import { selectRuleVersion } from '../rules/version.js';
import { describeRule, findRule, versionForCouncil } from './rule-in-force.js';
import { executiveChance, type Chance } from './whip-chances.js';
import { decisionTable, dependsOnPresent } from './whip-decision.js';
import {
  certainWeights,
  outcomeWeights,
  weightsKey,
  type OutcomeWeights,
} from './whip-distribution.js';
import { buildDistribution } from './whip-build.js';
import { persuade } from './whip-persuade.js';
import { projectReadings } from './whip-readings.js';
import type { WhipExecutive, WhipLine, WhipProjection, WhipWarning } from './whip-result.js';
import { summarizeOutcomes } from './whip-summary.js';
import { winOne, wonChances } from './whip-won-chances.js';
import {
  whipVoters,
  type WhipAssumption,
  type WhipVoter,
  type WhipVotersProblem,
} from './whip-voters.js';

export interface WhipInput {
  readonly council: Council;
  readonly whip: WhipCount;
  /** The measure the whip count names, when it exists. */
  readonly measure?: Ordinance | undefined;
  /** What-ifs: members taken to vote so, for certain. */
  readonly assume?: readonly WhipAssumption[] | undefined;
  /** What-if: every member's chance of being present. */
  readonly attendance?: Chance | undefined;
  /** The chance of passage `persuade` aims for; 9/10 by default. */
  readonly target?: Chance | undefined;
  /** Also the chance under every reading of the rule's fraction. */
  readonly allReadings?: boolean | undefined;
  /** Work allowed to prove `persuade` the fewest and cheapest (tests use a small one). */
  readonly persuadeBudget?: number | undefined;
}

/**
 * Why a whip count cannot be projected: a diagnostic code, where in which
 * document to point, and the parameters (src/report/whip-problem-text.ts
 * writes the sentence).
 */
export type WhipProblem = WhipRuleProblem | WhipOverMembers | WhipVotersProblem;

/** The rule cannot be applied (checks of the files find these first). */
export type WhipRuleProblem = (
  | {
      readonly kind: 'unknown-rule';
      readonly code: 'ref/unknown-rule';
      readonly council: string;
      readonly rule: string;
      readonly in: 'whip-count';
    }
  | {
      readonly kind: 'no-version-in-force';
      readonly code: 'rule/no-version-in-force';
      readonly rule: string;
      readonly date: IsoDate;
      readonly in: 'whip-count';
    }
  | {
      readonly kind: 'unusable-rule';
      readonly code: 'schema/invalid';
      readonly rule: string;
      readonly reason: RuleProblem;
      readonly in: 'council';
    }
) & { readonly path: DataPath };

/** Positions and blocs name more members than are in office. */
export interface WhipOverMembers {
  readonly kind: 'over-members';
  readonly code: 'whip/over-members';
  readonly lines: number;
  readonly members: number;
  readonly in: 'whip-count';
  readonly path: DataPath;
}

export const DEFAULT_TARGET: Chance = rational(9n, 10n);

/**
 * Projects a whip count under its rule, exactly (SPEC 1.6, 2.2): a pure
 * function of one named-object parameter. Each member in office on `as_of`
 * is present with their chance of attendance and then votes aye with their
 * chance, independently; the distribution of (ayes, present) is built
 * member by member, and each outcome is decided by the roll-call rule engine.
 */
export function projectWhipCount(input: WhipInput): Result<WhipProjection, WhipProblem> {
  const { council, whip } = input;
  const rule = findRule(council, whip.rule);
  if (rule === undefined) {
    return err({
      kind: 'unknown-rule',
      code: 'ref/unknown-rule',
      council: council.id,
      rule: whip.rule,
      in: 'whip-count',
      path: ['rule'],
    });
  }
  const inForce = selectRuleVersion(rule, whip.as_of);
  if (!inForce.ok) {
    return err({
      kind: 'no-version-in-force',
      code: 'rule/no-version-in-force',
      rule: whip.rule,
      date: whip.as_of,
      in: 'whip-count',
      path: ['as_of'],
    });
  }
  const voters = whipVoters({
    council,
    whip,
    ...(input.assume === undefined ? {} : { assume: input.assume }),
    attendance: input.attendance,
  });
  if (!voters.ok) return err(voters.error);
  const members = membersInOffice(council, whip.as_of).length;
  const lines = voters.value.reduce((sum, v) => sum + v.size, 0);
  if (lines > members) {
    return err({
      kind: 'over-members',
      code: 'whip/over-members',
      lines,
      members,
      in: 'whip-count',
      path: ['blocs'],
    });
  }

  const executive = describeExecutive(council, whip, inForce.value.version);
  const version = versionForCouncil(council, inForce.value.version);
  const executiveVote = executive?.counted === true ? executive.chance : null;
  const table = decisionTable({ version, seats: council.seats, members, executive: executiveVote });
  if (!table.ok) {
    return err({
      kind: 'unusable-rule',
      code: 'schema/invalid',
      rule: whip.rule,
      reason: table.error,
      in: 'council',
      path: ['rules', whip.rule],
    });
  }

  const weights = voters.value.map(weightsOf);
  const uncertain = voters.value.reduce(
    (sum, v, i) => sum + (isUncertain(weights[i] ?? certainWeights('absent')) ? v.size : 0),
    0,
  );
  // Members certainly present or absent need no dimension of their own.
  const trackPresent =
    dependsOnPresent(version, executiveVote !== null) || input.allReadings === true;
  const everyMember = voters.value.flatMap((v, i) =>
    new Array<OutcomeWeights>(v.size).fill(weights[i] ?? certainWeights('absent')),
  );
  const dist = buildDistribution(
    { members, uncertain: trackPresent ? uncertain : 0, trackPresent },
    everyMember,
  );

  const summary = summarizeOutcomes(dist, table.value);
  const chance = summary.chance;
  // Members of equal weights gain equally: one chance per kind of member.
  const chances = wonChances({
    all: dist,
    table: table.value,
    members: everyMember,
  });
  const wonByWeights = new Map<string, { passIfWon: Rational; gain: Rational }>();
  const projected: WhipLine[] = voters.value.map((v, i) => {
    const w = weights[i] ?? certainWeights('absent');
    const key = weightsKey(w);
    let won = wonByWeights.get(key);
    if (won === undefined) {
      const others =
        w.aye === w.total ? chance : chances.chance(winOne(chances.none, chances.kindOf(w)));
      const passIfWon = reduceFraction(others.numerator, others.denominator);
      won = { passIfWon, gain: subtract(passIfWon, chance) };
      wonByWeights.set(key, won);
    }
    return { ...v, ayeChance: rational(w.aye, w.total), passIfWon: won.passIfWon, gain: won.gain };
  });

  const target = input.target ?? DEFAULT_TARGET;
  const isCandidate = (v: WhipVoter, w: OutcomeWeights): boolean =>
    v.assumed === null && w.aye !== w.total;
  const persuasion = persuade({
    distribution: dist,
    table: table.value,
    candidates: voters.value.flatMap((v, i) => {
      const w = weights[i] ?? certainWeights('absent');
      return isCandidate(v, w) ? [{ key: v.key, size: v.size, weights: w }] : [];
    }),
    others: voters.value.flatMap((v, i) => {
      const w = weights[i] ?? certainWeights('absent');
      return isCandidate(v, w) ? [] : new Array<OutcomeWeights>(v.size).fill(w);
    }),
    target,
    chances,
    ...(input.persuadeBudget === undefined ? {} : { budget: input.persuadeBudget }),
  });

  const ruleInfo = describeRule(whip.rule, inForce.value);
  const warnings: WhipWarning[] = [];
  if (whip.hypothetical === true) warnings.push({ code: 'hypothetical' });
  if (ruleInfo.verified === false) warnings.push({ code: 'unverified-rule', rule: ruleInfo.id });
  if (executive !== null && executive.ignoredBecause !== null) {
    warnings.push({ code: 'executive-ignored', reason: executive.ignoredBecause });
  }
  if (!persuasion.fewest || !persuasion.cheapest) {
    warnings.push({
      code: 'persuade-not-proven',
      fewest: persuasion.fewest,
      cheapest: persuasion.cheapest,
    });
  }

  const quorum = version.quorum;
  return ok({
    whip: {
      id: whip.id,
      asOf: whip.as_of,
      measure: whip.measure ?? null,
      sources: whip.sources ?? [],
    },
    council: { id: council.id, name: council.name },
    measure:
      input.measure === undefined
        ? null
        : { id: input.measure.id, title: input.measure.title, type: input.measure.type },
    hypothetical: whip.hypothetical === true,
    seats: council.seats,
    inOffice: members,
    vacancies: Math.max(0, council.seats - members),
    rule: ruleInfo,
    thresholds: thresholdList(version).map((t) => ({
      fraction: t.fraction,
      of: t.of,
      compare: t.compare,
      minimum: t.minimum ?? null,
    })),
    quorum:
      quorum === undefined
        ? null
        : {
            fraction: quorum.fraction,
            of: quorum.of,
            compare: quorum.compare,
            minimum: quorum.minimum ?? null,
            // over seats or members: the same for every outcome
            required: table.value.at(0, 0).quorumRequired ?? 0,
          },
    executive,
    whatIf: { assumptions: input.assume ?? [], attendance: input.attendance ?? null },
    target,
    chance,
    quorumChance: summary.quorumChance,
    outcomes: summary.outcomes,
    // the sum of every member's chance of an aye, members of one kind at once
    expectedAyes: chances.kinds.reduce(
      (sum, w, i) => add(sum, rational(w.aye * BigInt(chances.sizes[i] ?? 0), w.total)),
      rational(0n, 1n),
    ),
    mostLikelyAyes: summary.mostLikelyAyes,
    distribution: summary.distribution,
    required: summary.required,
    best: summary.best,
    worst: summary.worst,
    lines: projected,
    persuade: persuasion,
    readings:
      input.allReadings === true
        ? projectReadings({
            version,
            seats: council.seats,
            members,
            executive: executiveVote,
            distribution: dist,
          })
        : null,
    tracked: trackPresent && uncertain > 0 ? 'ayes-and-present' : 'ayes',
    warnings,
  });
}

function weightsOf(v: WhipVoter): OutcomeWeights {
  return v.assumed === null
    ? outcomeWeights(v.attendance, v.probability)
    : certainWeights(v.assumed);
}

function isUncertain(w: OutcomeWeights): boolean {
  return w.absent !== 0n && w.absent !== w.total;
}

function describeExecutive(
  council: Council,
  whip: WhipCount,
  version: RuleVersion,
): WhipExecutive | null {
  if (whip.executive === undefined) return null;
  const { stance, chance, note } = executiveChance(whip.executive);
  const ignoredBecause =
    version.executive_tie_vote !== true
      ? 'not-allowed'
      : council.executive === undefined
        ? 'no-executive'
        : null;
  return {
    title: council.executive?.title ?? null,
    name: council.executive?.name ?? null,
    stance,
    chance,
    note,
    counted: ignoredBecause === null,
    ignoredBecause,
  };
}

function add(a: Rational, b: Rational): Rational {
  return reduceFraction(
    a.numerator * b.denominator + b.numerator * a.denominator,
    a.denominator * b.denominator,
  );
}

function subtract(a: Rational, b: Rational): Rational {
  return add(a, { numerator: -b.numerator, denominator: b.denominator });
}
