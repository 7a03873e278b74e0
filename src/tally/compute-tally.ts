import { err, ok, type Result } from '../basics/result.js';
import type { DiagnosticCode } from '../diagnostics/codes.js';
import type { DataPath } from '../diagnostics/address.js';
import type { Council, Rule } from '../model/council.js';
import type { Directive } from '../model/directive.js';
import type { Ordinance } from '../model/ordinance.js';
import { canonicalVote, type RollCall, type VoteWord } from '../model/roll-call.js';
import { membersInOffice } from '../model/roster.js';
import { formatRational } from '../basics/rational.js';
import { decideVote, type Decision } from '../rules/decide.js';
import { plural } from '../rules/explain.js';
import { selectRuleVersion, type RuleVersionInForce } from '../rules/version.js';
import { isVoteValue, zeroCounts, type TallyCounts } from './counts.js';
import { formatTally, parsePublishedTally } from './recorded.js';
import type {
  TallyExecutive,
  TallyMember,
  TallyRecorded,
  TallyResult,
  TallyRule,
} from './tally-result.js';

/** Why a roll call cannot be tallied, and where in which document to point. */
export interface TallyProblem {
  readonly code: DiagnosticCode;
  readonly message: string;
  /** The document the problem is in. */
  readonly in: 'roll-call' | 'council';
  readonly path: DataPath;
}

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
      code: 'ref/unknown-rule',
      message: `the council "${council.id}" has no rule "${rollCall.rule}"`,
      in: 'roll-call',
      path: ['rule'],
    });
  }
  const inForce = selectRuleVersion(rule, rollCall.date);
  if (!inForce.ok) {
    return err({
      code: 'rule/no-version-in-force',
      message: `rule "${rollCall.rule}": ${inForce.error.message}`,
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
  const decided = decideVote({
    version,
    seats: council.seats,
    members: inOffice,
    counts,
    executive: rollCall.executive,
  });
  if (!decided.ok) {
    return err({
      code: 'schema/invalid',
      message: `rule "${rollCall.rule}": ${decided.error.message}`,
      in: 'council',
      path: ['rules', rollCall.rule],
    });
  }
  const decision = decided.value;
  const ruleInfo = describeRule(rollCall.rule, inForce.value);
  const executive = describeExecutive(council, decision);
  const recorded = compareRecorded(rollCall, decision, counts);
  const hypothetical = rollCall.hypothetical === true;

  const warnings: string[] = [];
  if (hypothetical) {
    warnings.push('Hypothetical: this roll call is a scenario, not an official record.');
  }
  if (ruleInfo.verified === false) {
    warnings.push(
      `The rule "${ruleInfo.id}" is marked verified: false: its threshold has not been checked against the law it cites.`,
    );
  }
  if (executive.vote !== null && !executive.counted) {
    warnings.push(
      `The ${executiveName(executive)}'s vote was not counted: ${ignoredReason(executive)}.`,
    );
  }
  if (missing.length > 0) {
    warnings.push(
      `No vote recorded for ${plural(missing.length, 'member')} in office: ${missing.join(', ')}.`,
    );
  }
  if (notInOffice.length > 0) {
    warnings.push(`Not counted, not in office on ${rollCall.date}: ${notInOffice.join(', ')}.`);
  }

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
    explanation: t.explanation,
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

  const result: TallyResult = {
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
    executive,
    recorded,
    warnings,
    explanation: [],
  };
  return ok({ ...result, explanation: explainTally(result, decision) });
}

function findRule(council: Council, id: string): Rule | undefined {
  return Object.hasOwn(council.rules, id) ? council.rules[id] : undefined;
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
          code: 'schema/enum',
          message: `"${String(word)}" is not a vote value (member ${member.id})`,
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
          code: 'schema/invalid',
          message: `counts: "${value}: ${String(n)}" is not a vote value with a count`,
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
  return err({
    code: 'schema/required',
    message: 'the roll call has neither votes nor counts',
    in: 'roll-call',
    path: [],
  });
}

function describeRule(id: string, inForce: RuleVersionInForce): TallyRule {
  const v = inForce.version;
  return {
    id,
    title: v.title ?? null,
    citation: v.citation ?? null,
    source: v.source ?? null,
    verified: v.verified ?? null,
    version: {
      number: inForce.index + 1,
      of: inForce.count,
      effective: v.effective ?? null,
      until: v.until ?? null,
    },
    recused: v.recused ?? 'absent',
    executiveTieVote: v.executive_tie_vote === true,
  };
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

function executiveName(e: TallyExecutive): string {
  return e.title === null ? 'executive' : e.title;
}

function ignoredReason(e: TallyExecutive): string {
  switch (e.ignoredBecause) {
    case 'not-a-tie':
      return "the members' vote was not a tie";
    case 'not-allowed':
      return 'the rule does not give the executive a tie-breaking vote';
    case 'supermajority':
      return 'a tie on a supermajority measure fails regardless';
    case null:
      return 'it was counted';
  }
}

/**
 * Compares the official record with the computed result. A published tally is
 * the members' ayes and noes; when the executive broke a tie, a tally that
 * includes the executive's vote is accepted too.
 */
function compareRecorded(
  rollCall: RollCall,
  decision: Decision,
  counts: TallyCounts,
): TallyRecorded | null {
  const recorded = rollCall.recorded;
  if (recorded === undefined) return null;
  const resultMatches = recorded.result === undefined ? null : recorded.result === decision.result;
  let tallyMatches: boolean | null = null;
  if (recorded.tally !== undefined) {
    const published = parsePublishedTally(recorded.tally);
    tallyMatches =
      published !== undefined &&
      ((published.ayes === counts.aye && published.noes === counts.no) ||
        (decision.executive.status === 'counted' &&
          published.ayes === decision.ayes &&
          published.noes === decision.noes));
  }
  return {
    result: recorded.result ?? null,
    tally: recorded.tally ?? null,
    matches: resultMatches !== false && tallyMatches !== false,
    resultMatches,
    tallyMatches,
  };
}

function explainTally(result: TallyResult, decision: Decision): string[] {
  const lines: string[] = [];
  const rule = result.rule;
  const { effective, until, number, of } = rule.version;
  const dates =
    effective === null && until === null
      ? 'always in force'
      : `in force${effective === null ? '' : ` from ${effective}`}${until === null ? '' : ` to ${until}`}`;
  lines.push(
    `Rule "${rule.id}"${rule.citation === null ? '' : ` (${rule.citation})`}: ` +
      `version ${number} of ${of}, ${dates}.`,
  );
  const vacancies =
    result.vacancies === 0 ? 'no vacancies' : plural(result.vacancies, 'vacancy', 'vacancies');
  lines.push(
    `On ${result.rollCall.date}: ${result.seats} seats, ${result.inOffice} members in office, ${vacancies}.`,
  );
  const c = result.counts;
  lines.push(
    `Votes${result.source === 'counts' ? ' (counts only)' : ''}: ${c.aye} aye, ${c.no} no, ` +
      `${c.abstain} abstain, ${c.present} present, ${c['not-voting']} not voting, ` +
      `${c.recused} recused, ${c.excused} excused, ${c.absent} absent; ${result.present} present` +
      `${rule.recused === 'present' && c.recused > 0 ? ' (recused members counted as present)' : ''}.`,
  );
  if (decision.quorum !== null) lines.push(decision.quorum.explanation);
  for (const t of result.thresholds) lines.push(t.explanation);
  if (result.thresholds.length > 1) {
    lines.push(
      `Every threshold must hold, so the largest applies: ${plural(result.required, 'aye')}.`,
    );
  }
  const e = result.executive;
  if (result.tie && e.counted) {
    lines.push(
      `The members tied ${c.aye}-${c.no}; the ${executiveName(e)} broke the tie with ${e.vote === 'aye' ? 'an aye' : 'a no'}, ` +
        'counted as one more vote cast (present and voting).',
    );
  } else if (result.tie && decision.supermajority) {
    lines.push(
      `The members tied ${c.aye}-${c.no}: a tie on a supermajority measure fails regardless.`,
    );
  } else if (e.vote !== null && !e.counted) {
    lines.push(`The ${executiveName(e)}'s vote is not counted: ${ignoredReason(e)}.`);
  }
  lines.push(verdict(result));
  if (result.recorded !== null) lines.push(describeRecorded(result));
  return lines;
}

function verdict(result: TallyResult): string {
  const ayes = plural(result.ayes, 'aye');
  switch (result.result) {
    case 'no-quorum':
      return `No quorum: ${result.quorum?.present ?? 0} present, ${result.quorum?.required ?? 0} needed; the vote does not count, whatever the ayes (${ayes}).`;
    case 'passed':
      return result.margin === 0
        ? `Passed: ${ayes}, exactly the ${result.required} required.`
        : `Passed: ${ayes}, ${result.required} required, ${result.margin} to spare.`;
    case 'failed':
      return result.margin >= 0
        ? `Failed: ${ayes}, ${result.required} required.`
        : `Failed: ${ayes}, ${result.required} required, ${-result.margin} short.`;
  }
}

function describeRecorded(result: TallyResult): string {
  const r = result.recorded;
  if (r === null) return '';
  const record = [r.result, r.tally].filter((x) => x !== null).join(' ');
  const computed = `${result.result} ${formatTally(result.counts.aye, result.counts.no)}`;
  if (record === '') return 'Recorded: nothing to compare.';
  return r.matches
    ? `Recorded: ${record}, which matches the computed result.`
    : `Recorded: ${record}, but the computed result is ${computed}: they disagree.`;
}
