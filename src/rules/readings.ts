import type { Rational } from '../basics/rational.js';
import type { Base, Compare } from '../model/council.js';
import { basisSize, type Attendance } from './attendance.js';
import { requiredAyes } from './required.js';
import { requirementWorking, type RequirementWorking } from './working.js';

/** The numbers behind `overrule threshold`: a council's size and who is there. */
export interface ReadingInput {
  /** As written (`2/3`). */
  readonly fractionText: string;
  readonly fraction: Rational;
  readonly seats: number;
  readonly vacancies: number;
  readonly recused: number;
  /** Members present; defaults to every member in office who is not recused. */
  readonly present?: number | undefined;
  /** Ayes plus noes; defaults to the members present. */
  readonly voting?: number | undefined;
  readonly minimum?: number | undefined;
}

/**
 * One way of reading a threshold, with its answer. With `executiveCounted`,
 * the base is the seats plus the executive counted as one more member.
 */
export interface Reading extends RequirementWorking {
  readonly minimum: number | null;
  /** The executive counted as one more member (seats + 1). */
  readonly executiveCounted: boolean;
}

/** Sizes of every base from the flags: members = seats − vacancies, and so on. */
export function attendanceFromReadingInput(input: ReadingInput): Attendance {
  const members = Math.max(0, input.seats - input.vacancies);
  const present = input.present ?? Math.max(0, members - input.recused);
  return {
    seats: input.seats,
    members,
    recused: input.recused,
    present,
    voting: input.voting ?? present,
    executive: 0,
  };
}

/** One reading: a base and a comparison applied to the input. */
export function computeReading(
  input: ReadingInput,
  of: Base,
  compare: Compare,
  options: { readonly executiveCounted?: boolean } = {},
): Reading {
  const attendance = attendanceFromReadingInput(input);
  const executiveCounted = options.executiveCounted === true;
  const basis = executiveCounted ? input.seats + 1 : basisSize(of, attendance);
  const arithmetic = requiredAyes({
    fraction: input.fraction,
    compare,
    basis,
    ...(input.minimum === undefined ? {} : { minimum: input.minimum }),
  });
  return {
    ...requirementWorking(
      { fraction: input.fractionText, compare, of },
      attendance,
      basis,
      arithmetic,
    ),
    minimum: input.minimum ?? null,
    executiveCounted,
  };
}

const ALL_BASES: readonly Base[] = ['seats', 'members', 'eligible', 'present', 'voting'];
const BOTH_COMPARES: readonly Compare[] = ['at-least', 'more-than'];

/**
 * Every base × comparison, then the executive counted as a member (seats + 1):
 * the table that settles "10 or 11 of 15".
 */
export function computeAllReadings(input: ReadingInput): Reading[] {
  const readings: Reading[] = [];
  for (const of of ALL_BASES) {
    for (const compare of BOTH_COMPARES) readings.push(computeReading(input, of, compare));
  }
  for (const compare of BOTH_COMPARES) {
    readings.push(computeReading(input, 'seats', compare, { executiveCounted: true }));
  }
  return readings;
}
