import { closestMatches } from '../basics/suggest.js';
import type { IsoDate } from './common.js';
import type { Council, Member, Rule, RuleVersion } from './council.js';

/** A member is in office on day D when `from <= D` and (`to` is absent or `D <= to`). */
export function isInOffice(member: Member, date: IsoDate): boolean {
  return member.from <= date && (member.to === undefined || date <= member.to);
}

/** Members in office on a date, in roster order. */
export function membersInOffice(council: Council, date: IsoDate): Member[] {
  return council.members.filter((m) => isInOffice(m, date));
}

/**
 * The members a name that is not on the roster probably means: those whose
 * name it is (`Andrea Pratt` for `andrea-pratt`), or else the closest ids.
 */
export function suggestMembers(council: Council, id: string): string[] {
  const byName = membersNamed(council, id);
  if (byName.length > 0) return byName;
  return closestMatches(
    id,
    council.members.map((m) => m.id),
  );
}

/** The ids of the members whose name is `text`, ignoring case. */
export function membersNamed(council: Council, text: string): string[] {
  return council.members
    .filter((m) => m.name.toLowerCase() === text.toLowerCase())
    .map((m) => m.id);
}

/** The versions of a rule, whether written as one version or as a dated list. */
export function ruleVersions(rule: Rule): readonly RuleVersion[] {
  return isVersionList(rule) ? rule : [rule];
}

/** Whether a version is in force on a date: `effective <= D` and (`until` absent or `D <= until`). */
export function isVersionInForce(version: RuleVersion, date: IsoDate): boolean {
  return (
    (version.effective === undefined || version.effective <= date) &&
    (version.until === undefined || date <= version.until)
  );
}

/**
 * The version of a rule in force on a date, or undefined when none is — which
 * callers must report, never paper over with a default.
 */
export function ruleVersionOn(rule: Rule, date: IsoDate): RuleVersion | undefined {
  return ruleVersions(rule).find((v) => isVersionInForce(v, date));
}

function isVersionList(rule: Rule): rule is readonly RuleVersion[] {
  return Array.isArray(rule);
}
