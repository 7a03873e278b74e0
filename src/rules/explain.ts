import { formatMixed, isInteger } from '../basics/rational.js';
import type { Base, Compare } from '../model/council.js';
import { throwIllegalValue } from '../basics/assert.js';
import { basisSize, type Attendance } from './attendance.js';
import type { RequiredAyes } from './required.js';

export function plural(n: number, one: string, many = `${one}s`): string {
  return `${n} ${n === 1 ? one : many}`;
}

/** `at least` / `more than`. */
export function compareWords(compare: Compare): string {
  return compare === 'at-least' ? 'at least' : 'more than';
}

/**
 * The arithmetic in words: `2/3 × 15 = 10 exactly, so at least 10 ayes`;
 * `2/3 × 16 = 10⅔, rounded up: at least 11 ayes`; `2/3 × 15 = 10 exactly;
 * more than 10 means at least 11 ayes`.
 */
export function explainRequired(
  fraction: string,
  compare: Compare,
  basis: number,
  result: RequiredAyes,
): string {
  const value = formatMixed(result.product);
  const exact = isInteger(result.product);
  const product = `${fraction} × ${basis} = ${value}${exact ? ' exactly' : ''}`;
  const fromFraction = `at least ${plural(result.fromFraction, 'aye')}`;
  let text =
    compare === 'at-least'
      ? exact
        ? `${product}, so ${fromFraction}`
        : `${product}; a vote cannot be split, so ${fromFraction}`
      : `${product}; more than ${value} means ${fromFraction}`;
  if (result.raisedBy === 'minimum') {
    text += `; the minimum of ${result.required} raises it to ${plural(result.required, 'aye')}`;
  } else if (result.raisedBy === 'one-aye') {
    text += `; no measure passes without an aye, so at least ${plural(result.required, 'aye')}`;
  }
  return text;
}

/** What a base is, with its size: `the 14 members in office (15 seats, 1 vacancy)`. */
export function describeBase(
  base: Base,
  attendance: Attendance,
  options: { readonly executiveIncluded?: boolean } = {},
): string {
  const executive =
    options.executiveIncluded === true ? ", the executive's tie-breaking vote included" : '';
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

/** A reading's name: `at least 2/3 of seats`. */
export function describeReading(fraction: string, base: Base, compare: Compare): string {
  return `${compareWords(compare)} ${fraction} of ${BASE_NAMES[base]}`;
}

/** Short names of the bases, for table rows. */
export const BASE_NAMES: Readonly<Record<Base, string>> = {
  seats: 'seats',
  members: 'members in office',
  eligible: 'eligible members',
  present: 'members present',
  voting: 'members voting',
};
