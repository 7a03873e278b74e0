import { formatRational } from '../basics/rational.js';
import type { Base, Compare } from '../model/council.js';
import type { Attendance } from './attendance.js';
import type { RequiredAyes } from './required.js';

/**
 * A requirement (a threshold or a quorum) worked out on one base: every
 * number a sentence about it states, as plain data (no bigints), so that
 * src/report/ can write the sentence and JSON can carry the numbers.
 */
export interface RequirementWorking {
  readonly compare: Compare;
  /** As written in the rule or the flag: `2/3`. */
  readonly fraction: string;
  readonly of: Base;
  /** The sizes the base was measured from (`executive: 1` when a tie-breaking vote counts). */
  readonly attendance: Attendance;
  /** The size of the base. */
  readonly basis: number;
  /** fraction × basis, exactly: `32/3`, or `10` for a whole number. */
  readonly product: string;
  /** The smallest count meeting the comparison, before the minimum and the floor of one. */
  readonly fromFraction: number;
  /** What raised `required` above `fromFraction`, if anything. */
  readonly raisedBy: 'minimum' | 'one-aye' | null;
  readonly required: number;
}

/** The working of a requirement from its arithmetic. */
export function requirementWorking(
  stated: { readonly fraction: string; readonly compare: Compare; readonly of: Base },
  attendance: Attendance,
  basis: number,
  arithmetic: RequiredAyes,
): RequirementWorking {
  return {
    compare: stated.compare,
    fraction: stated.fraction,
    of: stated.of,
    attendance,
    basis,
    product: formatRational(arithmetic.product),
    fromFraction: arithmetic.fromFraction,
    raisedBy: arithmetic.raisedBy,
    required: arithmetic.required,
  };
}
