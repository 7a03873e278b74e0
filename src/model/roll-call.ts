import type { IsoDate, Provenance, Slug } from './common.js';

/** Canonical vote values, in report order. */
export const VOTE_VALUES = [
  'aye',
  'no',
  'abstain',
  'present',
  'not-voting',
  'recused',
  'excused',
  'absent',
] as const;
export type VoteValue = (typeof VOTE_VALUES)[number];

/** Accepted spellings that `fmt` rewrites to the canonical word. */
export const VOTE_SYNONYMS = { yes: 'aye', yea: 'aye', nay: 'no' } as const;
export type VoteSynonym = keyof typeof VOTE_SYNONYMS;
export type VoteWord = VoteValue | VoteSynonym;

export function canonicalVote(word: VoteWord): VoteValue {
  return word in VOTE_SYNONYMS ? VOTE_SYNONYMS[word as VoteSynonym] : (word as VoteValue);
}

export type RecordedResult = 'passed' | 'failed' | 'no-quorum';

export interface Recorded {
  readonly result?: RecordedResult;
  /** Ayes and noes as published: `"11-4"` (a colon is accepted too: `"11:4"`). */
  readonly tally?: string;
}

/** A roll-call vote: by member (`votes`) or, when only numbers are known, by `counts`. */
export interface RollCall extends Provenance {
  readonly kind: 'roll-call';
  readonly version: 1;
  readonly id: Slug;
  readonly council: Slug;
  readonly measure?: string;
  readonly date: IsoDate;
  readonly rule: Slug;
  readonly motion?: string;
  readonly votes?: Readonly<Record<Slug, VoteWord>>;
  readonly counts?: Readonly<Partial<Record<VoteValue, number>>>;
  /** The executive's tie-breaking vote, where the rule allows one. */
  readonly executive?: 'aye' | 'no';
  readonly recorded?: Recorded;
}
