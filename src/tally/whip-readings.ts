import { compareRationals } from '../basics/rational.js';
import type { Base, Compare, RuleVersion, Threshold } from '../model/council.js';
import { thresholdList } from '../rules/decide.js';
import { parseThresholdFraction } from '../rules/fraction.js';
import type { Chance } from './whip-chances.js';
import { decisionTable } from './whip-decision.js';
import type { AyeDistribution } from './whip-distribution.js';
import type { WhipReading } from './whip-result.js';
import { summarizeOutcomes } from './whip-summary.js';

const BASES: readonly Base[] = ['seats', 'members', 'eligible', 'present', 'voting'];
const COMPARES: readonly Compare[] = ['at-least', 'more-than'];

/**
 * The chance of passage under every reading of the rule's fraction: each
 * base × comparison (SPEC 1.2), the rule's quorum, minimum and tie-break
 * kept. A rule with several thresholds is read by its largest fraction.
 * The distribution must track who is present (present and voting bases).
 */
export function projectReadings(input: {
  readonly version: RuleVersion;
  readonly seats: number;
  readonly members: number;
  readonly executive: Chance | null;
  readonly distribution: AyeDistribution;
}): WhipReading[] {
  const written = thresholdList(input.version);
  const fraction = largestFraction(written);
  if (fraction === undefined) return [];
  const readings: WhipReading[] = [];
  for (const of of BASES) {
    for (const compare of COMPARES) {
      const threshold: Threshold = {
        fraction: fraction.fraction,
        of,
        compare,
        ...(fraction.minimum === undefined ? {} : { minimum: fraction.minimum }),
      };
      const table = decisionTable({
        version: { ...input.version, threshold },
        seats: input.seats,
        members: input.members,
        executive: input.executive,
      });
      if (!table.ok) return [];
      const summary = summarizeOutcomes(input.distribution, table.value);
      const only = written.length === 1 ? written[0] : undefined;
      readings.push({
        fraction: fraction.fraction,
        of,
        compare,
        minimum: fraction.minimum ?? null,
        chance: summary.chance,
        required: summary.required,
        asWritten: only !== undefined && only.of === of && only.compare === compare,
      });
    }
  }
  return readings;
}

function largestFraction(thresholds: readonly Threshold[]): Threshold | undefined {
  let best: { threshold: Threshold; value: ReturnType<typeof parseThresholdFraction> } | undefined;
  for (const threshold of thresholds) {
    const value = parseThresholdFraction(threshold.fraction);
    if (!value.ok) return undefined;
    if (
      best === undefined ||
      (best.value.ok && compareRationals(value.value, best.value.value) > 0)
    ) {
      best = { threshold, value };
    }
  }
  return best?.threshold;
}
