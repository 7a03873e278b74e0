import type { Council, Member, RuleVersion, Threshold } from '../model/council.js';
import type { RollCall } from '../model/roll-call.js';
import type { Roster } from './legistar-roster.js';
import { renderYamlDocument, type YamlValue } from './yaml-text.js';

/**
 * Model objects as overrule YAML documents, keys in schema order: the keys
 * the imports write. The validation every import ends with reads each text
 * back and compares its data with the model's (see check-output.ts).
 */

/** The placeholder rule of a council made from Legistar, which holds no rules. */
const PLACEHOLDER_RULE_ID = 'passage';

const PLACEHOLDER_RULE: RuleVersion = {
  title: 'Passage by a majority of the votes cast (a placeholder: Legistar holds no voting rules)',
  verified: false,
  threshold: { fraction: '1/2', of: 'voting', compare: 'more-than' },
};

export interface NewCouncilOptions {
  readonly id: string;
  readonly name: string;
  readonly seats: number;
}

/** A council made from a Legistar roster, with the placeholder rule and the person ids. */
export function councilFromRoster(roster: Roster, options: NewCouncilOptions): Council {
  return {
    kind: 'council',
    version: 1,
    id: options.id,
    name: options.name,
    seats: options.seats,
    members: roster.entries.map((e) => e.member),
    rules: { [PLACEHOLDER_RULE_ID]: PLACEHOLDER_RULE },
    interop: { legistar: { persons: personsOf(roster) } },
  };
}

/** Member id → Legistar person id, in roster order. */
function personsOf(roster: Roster): Readonly<Record<string, number>> {
  return Object.fromEntries(roster.entries.map((e) => [e.member.id, e.personId]));
}

export function renderCouncil(council: Council, comments: readonly string[]): string {
  return renderYamlDocument(comments, {
    kind: council.kind,
    version: council.version,
    id: council.id,
    name: council.name,
    jurisdiction: council.jurisdiction,
    seats: council.seats,
    members: council.members.map(memberValue),
    rules: Object.fromEntries(
      Object.entries(council.rules).map(([id, rule]) => [
        id,
        Array.isArray(rule)
          ? (rule as readonly RuleVersion[]).map(ruleValue)
          : ruleValue(rule as RuleVersion),
      ]),
    ),
    interop: council.interop === undefined ? undefined : interopValue(council),
    notes: council.notes,
    sources: council.sources,
  });
}

/** One member as YAML data, keys in schema order. */
export function memberValue(member: Member): { readonly [key: string]: YamlValue | undefined } {
  return {
    id: member.id,
    name: member.name,
    district: member.district,
    from: member.from,
    to: member.to,
    role: member.role,
    notes: member.notes,
    sources: member.sources,
  };
}

function ruleValue(rule: RuleVersion): { readonly [key: string]: YamlValue | undefined } {
  const thresholds: readonly Threshold[] = Array.isArray(rule.threshold)
    ? (rule.threshold as readonly Threshold[])
    : [rule.threshold as Threshold];
  const listed = thresholds.map((t) => ({ ...t }));
  return {
    title: rule.title,
    citation: rule.citation,
    source: rule.source,
    verified: rule.verified,
    effective: rule.effective,
    until: rule.until,
    threshold: Array.isArray(rule.threshold) ? listed : listed[0],
    quorum: rule.quorum === undefined ? undefined : { ...rule.quorum },
    recused: rule.recused,
    executive_tie_vote: rule.executive_tie_vote,
    notes: rule.notes,
  };
}

function interopValue(council: Council): YamlValue {
  const legistar = council.interop?.legistar;
  return {
    legistar:
      legistar === undefined
        ? undefined
        : {
            vote_values: legistar.vote_values,
            persons: legistar.persons as YamlValue | undefined,
          },
  };
}

export function renderRollCall(rollCall: RollCall, comments: readonly string[]): string {
  return renderYamlDocument(comments, {
    kind: rollCall.kind,
    version: rollCall.version,
    id: rollCall.id,
    council: rollCall.council,
    measure: rollCall.measure,
    date: rollCall.date,
    rule: rollCall.rule,
    motion: rollCall.motion,
    hypothetical: rollCall.hypothetical,
    votes: rollCall.votes,
    counts: rollCall.counts,
    executive: rollCall.executive,
    recorded:
      rollCall.recorded === undefined
        ? undefined
        : { result: rollCall.recorded.result, tally: rollCall.recorded.tally },
    notes: rollCall.notes,
    sources: rollCall.sources,
  });
}
