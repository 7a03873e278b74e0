import type { Council, Member, RuleVersion } from '../../src/model/council.js';
import type { RollCall, VoteValue } from '../../src/model/roll-call.js';
import { computeTally } from '../../src/tally/compute-tally.js';
import type { TallyResult } from '../../src/tally/tally-result.js';

/**
 * Council "c" of numbered members `m-0`, `m-1`, … (district i + 1, in office
 * from 2024-01-01) with one rule "r" and a Mayor, and its roll calls on
 * 2024-05-01: objects for tally tests that need no files.
 */

export interface SmallCouncilOptions {
  readonly seats: number;
  readonly members?: number;
  /** The Mayor's name; `false` for a council without an executive. */
  readonly executive?: string | false;
}

export function smallCouncil(rule: RuleVersion, options: SmallCouncilOptions): Council {
  const member = (i: number): Member => ({
    id: `m-${i}`,
    name: `Member ${i}`,
    district: i + 1,
    from: '2024-01-01',
  });
  const executive = options.executive ?? '';
  return {
    kind: 'council',
    version: 1,
    id: 'c',
    name: 'Council',
    seats: options.seats,
    ...(executive === false
      ? {}
      : { executive: executive === '' ? { title: 'Mayor' } : { title: 'Mayor', name: executive } }),
    members: [...Array(options.members ?? 4).keys()].map(member),
    rules: { r: rule },
  };
}

/** A roll call of council "c"; without `votes`, give `counts` in `extra`. */
export function smallRollCall(
  votes: Readonly<Record<string, VoteValue>> | undefined,
  extra: Partial<RollCall> = {},
): RollCall {
  return {
    kind: 'roll-call',
    version: 1,
    id: 'rc',
    council: 'c',
    date: '2024-05-01',
    rule: 'r',
    ...(votes === undefined ? {} : { votes }),
    ...extra,
  };
}

/** The tally, or a thrown error naming the problem's code. */
export function tallyOf(council: Council, rollCall: RollCall): TallyResult {
  const result = computeTally({ council, rollCall });
  if (!result.ok) throw new Error(result.error.code);
  return result.value;
}
