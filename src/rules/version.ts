import { err, ok, type Result } from '../basics/result.js';
import type { IsoDate } from '../model/common.js';
import type { Rule, RuleVersion } from '../model/council.js';
import { isVersionInForce, ruleVersions } from '../model/roster.js';

/** The version of a rule that applies to a vote, and where it sits in the rule's list. */
export interface RuleVersionInForce {
  readonly version: RuleVersion;
  /** 0-based position in the rule's list of versions. */
  readonly index: number;
  /** How many versions the rule has. */
  readonly count: number;
}

/** No version of the rule is in force on the date: an error, never a silent default. */
export interface NoVersionInForce {
  readonly kind: 'no-version-in-force';
  readonly date: IsoDate;
  readonly versions: readonly VersionSpan[];
}

/** When one version of a rule is in force; a missing end is open. */
export interface VersionSpan {
  readonly effective?: IsoDate;
  readonly until?: IsoDate;
}

/** The version in force on a date: `effective <= date` and (`until` absent or `date <= until`). */
export function selectRuleVersion(
  rule: Rule,
  date: IsoDate,
): Result<RuleVersionInForce, NoVersionInForce> {
  const versions = ruleVersions(rule);
  const index = versions.findIndex((v) => isVersionInForce(v, date));
  const version = versions[index];
  if (version !== undefined) return ok({ version, index, count: versions.length });
  const spans = versions.map((v) => ({
    ...(v.effective === undefined ? {} : { effective: v.effective }),
    ...(v.until === undefined ? {} : { until: v.until }),
  }));
  return err({ kind: 'no-version-in-force', date, versions: spans });
}
