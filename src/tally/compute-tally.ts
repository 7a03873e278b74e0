import { err, ok, type Result } from '../basics/result.js';
import type { Council } from '../model/council.js';
import type { Directive } from '../model/directive.js';
import type { Ordinance } from '../model/ordinance.js';
import { canonicalVote, type RollCall, type VoteWord } from '../model/roll-call.js';
import { membersInOffice } from '../model/roster.js';
import { formatRational } from '../basics/rational.js';
import { decideVote, type Decision, type DecisionInput } from '../rules/decide.js';
import { selectRuleVersion } from '../rules/version.js';
import { isVoteValue, zeroCounts, type TallyCounts } from './counts.js';
import { describeRule, findRule } from './rule-in-force.js';
import { parsePublishedTally, type TallyReading } from './recorded.js';
import type { TallyProblem } from './tally-problem.js';
import { describeTieBreak } from './tie-break.js';
import type { TallyExecutive, TallyMember, TallyRecorded, TallyResult } from './tally-result.js';
import { tallySteps, tallyWarnings } from './work-steps.js';

export type { TallyProblem } from './tally-problem.js';

export interface TallyInput {
  readonly council: Council;
  readonly rollCall: RollCall;
  /** The ordinance or resolution voted on, when the roll call names one that exists. */
  readonly measure?: Ordinance | undefined;
  /** The directive the measure acts on, when there is one. */
  readonly directive?: Directive | undefined;
}

/**
 * Tallies a roll call under its council's rule: a pure function of one
 * named-object parameter. Counts start zero-filled for every vote value;
 * members are reported in roster order, whatever order the votes are written.
 */
export function computeTally(input: TallyInput): Result<TallyResult, TallyProblem> {
  const { council, rollCall } = input;
  const rule = findRule(council, rollCall.rule);
  if (rule === undefined) {
    return err({
      problem: 'unknown-rule',
      code: 'ref/unknown-rule',
      council: council.id,
      rule: rollCall.rule,
      in: 'roll-call',
      path: ['rule'],
    });
  }
  const inForce = selectRuleVersion(rule, rollCall.date);
  if (!inForce.ok) {
    return err({
      problem: 'no-version-in-force',
      code: 'rule/no-version-in-force',
      rule: rollCall.rule,
      date: inForce.error.date,
      versions: inForce.error.versions,
      in: 'roll-call',
      path: ['date'],
    });
  }

  const counted = countVotes(council, rollCall);
  if (!counted.ok) return err(counted.error);
  const { counts, members, missing, notInOffice, source, inOffice } = counted.value;

  // Without an executive on the council, nobody can break a tie.
  const version =
    council.executive === undefined
      ? { ...inForce.value.version, executive_tie_vote: false }
      : inForce.value.version;
  const decisionInput: DecisionInput = {
    version,
    seats: council.seats,
    members: inOffice,
    counts,
    executive: rollCall.executive,
  };
  const decided = decideVote(decisionInput);
  if (!decided.ok) {
    return err({
      problem: 'unusable-rule',
      code: 'schema/invalid',
      rule: rollCall.rule,
      reason: decided.error,
      in: 'council',
      path: ['rules', rollCall.rule],
    });
  }
  const decision = decided.value;
  const ruleInfo = describeRule(rollCall.rule, inForce.value);
  const executive = describeExecutive(council, decision);
  const recorded = compareRecorded(rollCall, decision, counts);
  const hypothetical = rollCall.hypothetical === true;

  const thresholds = decision.thresholds.map((t, index) => ({
    fraction: t.threshold.fraction,
    of: t.threshold.of,
    compare: t.threshold.compare,
    minimum: t.threshold.minimum ?? null,
    basis: t.basis,
    product: formatRational(t.arithmetic.product),
    required: t.required,
    met: t.met,
    binding: index === decision.binding,
  }));
  const quorum =
    decision.quorum === null
      ? null
      : {
          fraction: decision.quorum.quorum.fraction,
          of: decision.quorum.quorum.of,
          compare: decision.quorum.quorum.compare,
          basis: decision.quorum.basis,
          required: decision.quorum.required,
          present: decision.quorum.present,
          met: decision.quorum.met,
        };

  const result: Omit<TallyResult, 'explanation' | 'warnings'> = {
    rollCall: {
      id: rollCall.id,
      date: rollCall.date,
      motion: rollCall.motion ?? null,
      measure: rollCall.measure ?? null,
      sources: rollCall.sources ?? [],
    },
    council: { id: council.id, name: council.name, seats: council.seats },
    measure:
      input.measure === undefined
        ? null
        : { id: input.measure.id, title: input.measure.title, type: input.measure.type },
    directive:
      input.directive === undefined
        ? null
        : { id: input.directive.id, title: input.directive.title },
    hypothetical,
    source,
    members,
    missing,
    notInOffice,
    counts,
    seats: council.seats,
    inOffice,
    vacancies: counts.vacant,
    present: decision.membersAttendance.present,
    rule: ruleInfo,
    result: decision.result,
    ayes: decision.ayes,
    noes: decision.noes,
    required: decision.required,
    basis: decision.basis,
    margin: decision.ayes - decision.required,
    thresholds,
    quorum,
    tie: decision.tie,
    tieBreak: describeTieBreak(decisionInput, decision),
    executive,
    recorded,
  };
  return ok({
    ...result,
    warnings: tallyWarnings(result, decision),
    explanation: tallySteps(result, decision),
  });
}

interface CountedVotes {
  readonly counts: TallyCounts;
  readonly members: readonly TallyMember[];
  readonly missing: readonly string[];
  readonly notInOffice: readonly string[];
  readonly source: 'votes' | 'counts';
  readonly inOffice: number;
}

function countVotes(council: Council, rollCall: RollCall): Result<CountedVotes, TallyProblem> {
  const office = membersInOffice(council, rollCall.date);
  const counts = zeroCounts();
  counts.vacant = Math.max(0, council.seats - office.length);
  if (rollCall.votes !== undefined) {
    const votes = new Map<string, VoteWord>(Object.entries(rollCall.votes));
    const inOfficeIds = new Set(office.map((m) => m.id));
    const members: TallyMember[] = [];
    const missing: string[] = [];
    for (const member of office) {
      const word = votes.get(member.id);
      const vote = word === undefined ? null : canonicalVote(word);
      if (vote !== null && !isVoteValue(vote)) {
        return err({
          problem: 'not-a-vote-value',
          code: 'schema/enum',
          member: member.id,
          value: String(word),
          in: 'roll-call',
          path: ['votes', member.id],
        });
      }
      if (vote === null) missing.push(member.id);
      else counts[vote] += 1;
      members.push({
        id: member.id,
        name: member.name,
        district: member.district === undefined ? null : String(member.district),
        role: member.role ?? null,
        vote,
      });
    }
    const notInOffice = [...votes.keys()].filter((id) => !inOfficeIds.has(id)).sort();
    return ok({
      counts,
      members,
      missing,
      notInOffice,
      source: 'votes',
      inOffice: office.length,
    });
  }
  if (rollCall.counts !== undefined) {
    for (const [value, n] of Object.entries(rollCall.counts)) {
      if (!isVoteValue(value) || !Number.isSafeInteger(n) || n < 0) {
        return err({
          problem: 'bad-count',
          code: 'schema/invalid',
          value,
          count: String(n),
          in: 'roll-call',
          path: ['counts', value],
        });
      }
      counts[value] += n;
    }
    return ok({
      counts,
      members: [],
      missing: [],
      notInOffice: [],
      source: 'counts',
      inOffice: office.length,
    });
  }
  return err({ problem: 'no-votes', code: 'schema/required', in: 'roll-call', path: [] });
}

function describeExecutive(council: Council, decision: Decision): TallyExecutive {
  const e = decision.executive;
  return {
    title: council.executive?.title ?? null,
    name: council.executive?.name ?? null,
    vote: e.status === 'none' ? null : e.vote,
    counted: e.status === 'counted',
    ignoredBecause: e.status === 'ignored' ? e.reason : null,
  };
}

/**
 * Compares the official record with the computed result. A published tally is
 * the members' ayes and noes; when the executive broke a tie, a tally that
 * includes the executive's vote is accepted too, and `tallyReading` says
 * which of the two it matched.
 */
function compareRecorded(
  rollCall: RollCall,
  decision: Decision,
  counts: TallyCounts,
): TallyRecorded | null {
  const recorded = rollCall.recorded;
  if (recorded === undefined) return null;
  const resultMatches = recorded.result === undefined ? null : recorded.result === decision.result;
  const tallyReading =
    recorded.tally === undefined ? null : readPublishedTally(recorded.tally, decision, counts);
  const tallyMatches = recorded.tally === undefined ? null : tallyReading !== null;
  return {
    result: recorded.result ?? null,
    tally: recorded.tally ?? null,
    matches: resultMatches !== false && tallyMatches !== false,
    resultMatches,
    tallyMatches,
    tallyReading,
  };
}

/** Which reading of the computed tally a published one matches, if any. */
function readPublishedTally(
  text: string,
  decision: Decision,
  counts: TallyCounts,
): TallyReading | null {
  const published = parsePublishedTally(text);
  if (published === undefined) return null;
  if (published.ayes === counts.aye && published.noes === counts.no) return 'members';
  const withExecutive =
    decision.executive.status === 'counted' &&
    published.ayes === decision.ayes &&
    published.noes === decision.noes;
  return withExecutive ? 'with-executive' : null;
}
