import type { Council, Rule, RuleVersion } from '../model/council.js';
import type { RuleVersionInForce } from '../rules/version.js';
import type { TallyRule } from './tally-result.js';

/**
 * The rule a vote is decided under, as `tally` and `whip` both find and
 * report it.
 */

/** A council's rule by id (never a property every object has, such as `constructor`). */
export function findRule(council: Council, id: string): Rule | undefined {
  return Object.hasOwn(council.rules, id) ? council.rules[id] : undefined;
}

/** The version as a vote is decided under it: without an executive on the council, nobody can break a tie. */
export function versionForCouncil(council: Council, version: RuleVersion): RuleVersion {
  return council.executive === undefined ? { ...version, executive_tie_vote: false } : version;
}

/** The rule in force, as a report describes it. */
export function describeRule(id: string, inForce: RuleVersionInForce): TallyRule {
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
