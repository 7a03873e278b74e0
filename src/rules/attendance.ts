import type { Base } from '../model/council.js';
import type { VoteValue } from '../model/roll-call.js';
import { throwIllegalValue } from '../basics/assert.js';

/** How many members cast each vote value. */
export type VoteCounts = Readonly<Record<VoteValue, number>>;

/** Whether recused members count as present (a rule's `recused` option). */
export type RecusedAs = 'absent' | 'present';

/** The sizes every base can be measured against, for one vote. */
export interface Attendance {
  /** Authorized seats, vacancies included. */
  readonly seats: number;
  /** Members in office on the vote's date. */
  readonly members: number;
  readonly recused: number;
  /** Members present, recused members included only when the rule says so. */
  readonly present: number;
  /** Ayes plus noes. */
  readonly voting: number;
  /**
   * 1 when the executive's tie-breaking vote counts: one more participant,
   * included in `present` and `voting` and in the `eligible` base (never in
   * `seats` or `members`).
   */
  readonly executive: 0 | 1;
}

/** Vote values that mean a member is in the room. */
export const PRESENT_VALUES: readonly VoteValue[] = [
  'aye',
  'no',
  'abstain',
  'present',
  'not-voting',
];

/** Attendance from the members' vote counts. */
export function attendanceFromCounts(input: {
  readonly seats: number;
  readonly members: number;
  readonly counts: VoteCounts;
  readonly recusedAs: RecusedAs;
}): Attendance {
  const { seats, members, counts, recusedAs } = input;
  let present = 0;
  for (const value of PRESENT_VALUES) present += counts[value];
  if (recusedAs === 'present') present += counts.recused;
  return {
    seats,
    members,
    recused: counts.recused,
    present,
    voting: counts.aye + counts.no,
    executive: 0,
  };
}

/**
 * The size of a base. `eligible` is members in office minus recused members
 * (plus a counted tie-breaking executive, so that one more aye can never turn
 * a pass into a failure).
 */
export function basisSize(base: Base, attendance: Attendance): number {
  switch (base) {
    case 'seats':
      return attendance.seats;
    case 'members':
      return attendance.members;
    case 'eligible':
      return Math.max(0, attendance.members - attendance.recused) + attendance.executive;
    case 'present':
      return attendance.present;
    case 'voting':
      return attendance.voting;
    default:
      return throwIllegalValue(base, 'base');
  }
}
