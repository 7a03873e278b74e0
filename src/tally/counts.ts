import { VOTE_VALUES, type VoteValue } from '../model/roll-call.js';

/** Every column a tally reports: each vote value, then the vacant seats. */
export const COUNT_KEYS = [...VOTE_VALUES, 'vacant'] as const;
export type CountKey = (typeof COUNT_KEYS)[number];

/** A count for every vote value plus `vacant`: zeros included, so every report shows every row. */
export type TallyCounts = Readonly<Record<CountKey, number>>;

/** Zero-filled counts on a null-prototype object (a member id can never reach the prototype). */
export function zeroCounts(): Record<CountKey, number> {
  const counts = Object.create(null) as Record<CountKey, number>;
  for (const key of COUNT_KEYS) counts[key] = 0;
  return counts;
}

const VOTE_VALUE_SET: ReadonlySet<string> = new Set(VOTE_VALUES);

export function isVoteValue(word: unknown): word is VoteValue {
  return typeof word === 'string' && VOTE_VALUE_SET.has(word);
}
