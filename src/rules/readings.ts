import { formatMixed, formatRational, type Rational } from '../basics/rational.js';
import type { Base, Compare } from '../model/council.js';
import { basisSize, type Attendance } from './attendance.js';
import { BASE_NAMES, compareWords, describeBase, explainRequired } from './explain.js';
import { requiredAyes } from './required.js';

/** The numbers behind `overrule threshold`: a council's size and who is there. */
export interface ReadingInput {
  /** As written (`2/3`), for explanations. */
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

/** One way of reading a threshold, with its answer. */
export interface Reading {
  /** `at least 2/3 of seats`. */
  readonly label: string;
  readonly fraction: string;
  readonly of: Base;
  readonly compare: Compare;
  readonly minimum: number | null;
  readonly basis: number;
  /** fraction × basis, exactly: `32/3`. */
  readonly product: string;
  /** The same as a person writes it: `10⅔`. */
  readonly productText: string;
  readonly required: number;
  /** The executive counted as one more member (seats + 1). */
  readonly executiveCounted: boolean;
  readonly explanation: string;
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
  const words = compareWords(compare);
  const label = executiveCounted
    ? `${words} ${input.fractionText} of ${basis} (the executive counted as a member)`
    : `${words} ${input.fractionText} of ${BASE_NAMES[of]}`;
  const baseText = executiveCounted
    ? `${basis} (the ${input.seats} seats plus the executive counted as a member)`
    : describeBase(of, attendance);
  const explanation =
    `${words.charAt(0).toUpperCase()}${words.slice(1)} ${input.fractionText} of ${baseText}: ` +
    `${explainRequired(input.fractionText, compare, basis, arithmetic)}.`;
  return {
    label,
    fraction: input.fractionText,
    of,
    compare,
    minimum: input.minimum ?? null,
    basis,
    product: formatRational(arithmetic.product),
    productText: formatMixed(arithmetic.product),
    required: arithmetic.required,
    executiveCounted,
    explanation,
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
