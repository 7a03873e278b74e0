import { formatMixed, rational } from '../basics/rational.js';
import { throwIllegalValue } from '../basics/assert.js';
import type { Base, Compare } from '../model/council.js';
import { basisSize, type Attendance } from '../rules/attendance.js';
import type { RuleProblem } from '../rules/decide.js';
import type { FractionProblem } from '../rules/fraction.js';
import type { Reading } from '../rules/readings.js';
import type { RequirementWorking } from '../rules/working.js';

/** Sentences about thresholds and quorums, from the numbers in src/rules/. */

export function plural(n: number, one: string, many = `${one}s`): string {
  return `${n} ${n === 1 ? one : many}`;
}

/** `at least` / `more than`. */
export function compareWords(compare: Compare): string {
  return compare === 'at-least' ? 'at least' : 'more than';
}

function capitalize(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** An exact `p/q` (or whole number) as a person writes it: `10⅔`, `10 5/11`. */
export function mixedText(exact: string): string {
  const [p = '', q] = exact.split('/');
  return q === undefined ? p : formatMixed(rational(BigInt(p), BigInt(q)));
}

/**
 * The arithmetic in words: `2/3 × 15 = 10 exactly, so at least 10 ayes`;
 * `2/3 × 16 = 10⅔; a vote cannot be split, so at least 11 ayes`; `2/3 × 15 =
 * 10 exactly; more than 10 means at least 11 ayes`.
 */
function describeRequired(working: RequirementWorking): string {
  const { fraction, compare, basis, fromFraction, raisedBy, required } = working;
  const value = mixedText(working.product);
  const exact = !working.product.includes('/');
  const product = `${fraction} × ${basis} = ${value}${exact ? ' exactly' : ''}`;
  const fromFractionText = `at least ${plural(fromFraction, 'aye')}`;
  let text =
    compare === 'at-least'
      ? exact
        ? `${product}, so ${fromFractionText}`
        : `${product}; a vote cannot be split, so ${fromFractionText}`
      : `${product}; more than ${value} means ${fromFractionText}`;
  if (raisedBy === 'minimum') {
    text += `; the minimum of ${required} raises it to ${plural(required, 'aye')}`;
  } else if (raisedBy === 'one-aye') {
    text += `; no measure passes without an aye, so at least ${plural(required, 'aye')}`;
  }
  return text;
}

/**
 * What a base is, with its size: `the 14 members in office (15 seats, 1
 * vacancy)`; a counted tie-breaking vote (`attendance.executive`) is named.
 */
function describeBase(base: Base, attendance: Attendance): string {
  const executive =
    attendance.executive === 1 ? ", the executive's tie-breaking vote included" : '';
  const vacancies = attendance.seats - attendance.members;
  switch (base) {
    case 'seats':
      return `the ${plural(attendance.seats, 'seat')}`;
    case 'members':
      return vacancies > 0
        ? `the ${attendance.members} members in office (${plural(attendance.seats, 'seat')}, ${plural(vacancies, 'vacancy', 'vacancies')})`
        : `the ${attendance.members} members in office`;
    case 'eligible':
      if (executive !== '') {
        return `the ${basisSize('eligible', attendance)} eligible (${attendance.members} in office, ${attendance.recused} recused${executive})`;
      }
      return attendance.recused > 0
        ? `the ${Math.max(0, attendance.members - attendance.recused)} eligible members (${attendance.members} in office, ${attendance.recused} recused)`
        : `the ${attendance.members} eligible members (none recused)`;
    case 'present':
      return executive === ''
        ? `the ${attendance.present} members present`
        : `the ${attendance.present} present (${executive.slice(2)})`;
    case 'voting':
      return executive === ''
        ? `the ${attendance.voting} members voting (ayes plus noes)`
        : `the ${attendance.voting} voting (ayes plus noes${executive})`;
    default:
      return throwIllegalValue(base, 'base');
  }
}

/** Short names of the bases, for table rows. */
export const BASE_NAMES: Readonly<Record<Base, string>> = {
  seats: 'seats',
  members: 'members in office',
  eligible: 'eligible members',
  present: 'members present',
  voting: 'members voting',
};

/** `At least 2/3 of the 15 seats: 2/3 × 15 = 10 exactly, so at least 10 ayes.` */
export function describeThreshold(working: RequirementWorking): string {
  return describeWorking(working, describeBase(working.of, working.attendance));
}

function describeWorking(working: RequirementWorking, baseText: string): string {
  return (
    `${capitalize(compareWords(working.compare))} ${working.fraction} of ${baseText}: ` +
    `${describeRequired(working)}.`
  );
}

/** `Quorum: at least 2/3 of the 15 seats needs 10 members present; 15 present, so …`. */
export function describeQuorum(working: RequirementWorking, present: number, met: boolean): string {
  return (
    `Quorum: ${compareWords(working.compare)} ${working.fraction} of ` +
    `${describeBase(working.of, working.attendance)} ` +
    `needs ${plural(working.required, 'member')} present; ${present} present, ` +
    (met ? 'so the quorum is met.' : 'so there is no quorum.')
  );
}

/** A reading's name: `at least 2/3 of seats`, `at least 2/3 of 16 (the executive …)`. */
export function readingLabel(reading: Reading): string {
  const words = compareWords(reading.compare);
  return reading.executiveCounted
    ? `${words} ${reading.fraction} of ${reading.basis} (the executive counted as a member)`
    : `${words} ${reading.fraction} of ${BASE_NAMES[reading.of]}`;
}

/** A reading's arithmetic in one sentence. */
export function readingExplanation(reading: Reading): string {
  return reading.executiveCounted
    ? describeWorking(
        reading,
        `${reading.basis} (the ${reading.attendance.seats} seats plus the executive counted as a member)`,
      )
    : describeThreshold(reading);
}

/** What is wrong with a written fraction, in words a clerk can act on. */
export function describeFractionProblem(problem: FractionProblem): string {
  const text = `"${problem.fraction}"`;
  switch (problem.code) {
    case 'fraction/form':
      return `${text} is not a fraction; write it as p/q, like 2/3 or 1/2`;
    case 'fraction/too-long':
      return `${text} has too many digits for a voting fraction`;
    case 'fraction/zero-denominator':
      return `${text} divides by zero`;
    case 'fraction/zero':
      return `${text} is zero; a threshold must be above 0`;
    case 'fraction/above-one':
      return `${text} is more than 1; a threshold is at most 1/1 (unanimity)`;
    default:
      return throwIllegalValue(problem.code, 'fraction problem');
  }
}

/** Why a rule cannot decide a vote. */
export function describeRuleProblem(problem: RuleProblem): string {
  return problem.code === 'rule/no-thresholds'
    ? 'the rule has an empty list of thresholds'
    : describeFractionProblem(problem);
}
