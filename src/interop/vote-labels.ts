import type { LegistarVoteMeaning } from '../model/council.js';
import { foldName } from './names.js';

/**
 * The labels every city means the same thing by, folded (`Non-voting` →
 * `non voting`). City-specific ones (`Medical`, `Jury Duty`, `Conflict`,
 * `Out of Room`, `Rising Vote`) are not here: whether a conflict is a recusal
 * or an abstention changes the arithmetic, so the council's file says
 * (`interop.legistar.vote_values`).
 */
const TABLE: readonly (readonly [string, LegistarVoteMeaning])[] = [
  ['Aye', 'aye'],
  ['Yes', 'aye'],
  ['Yea', 'aye'],
  ['Affirmative', 'aye'],
  ['Nay', 'no'],
  ['No', 'no'],
  ['Negative', 'no'],
  ['Abstain', 'abstain'],
  ['Abstained', 'abstain'],
  ['Abstention', 'abstain'],
  ['Present', 'present'],
  ['Not Voting', 'not-voting'],
  ['Non-voting', 'not-voting'],
  ['Did Not Vote', 'not-voting'],
  ['Recused', 'recused'],
  ['Recusal', 'recused'],
  ['Excused', 'excused'],
  ['Absent', 'absent'],
  ['Vacant', 'vacant'],
];

const BUILT_IN: ReadonlyMap<string, LegistarVoteMeaning> = new Map(
  TABLE.map(([label, meaning]) => [foldName(label), meaning]),
);

export interface LabelMeaning {
  readonly meaning: LegistarVoteMeaning;
  /** Where the mapping came from: the council's file wins over the built-in table. */
  readonly from: 'council' | 'built-in';
}

/**
 * What a vote label records: the council's own mapping
 * (`interop.legistar.vote_values`) first, the label as written then folded,
 * then the built-in table. Undefined for a label
 * nobody has mapped, which callers report and never guess.
 */
export function meaningOfLabel(
  own: Readonly<Record<string, LegistarVoteMeaning>> | undefined,
  label: string,
): LabelMeaning | undefined {
  if (own !== undefined) {
    const exact = Object.hasOwn(own, label) ? own[label] : undefined;
    if (exact !== undefined) return { meaning: exact, from: 'council' };
    const folded = foldName(label);
    for (const [key, meaning] of Object.entries(own)) {
      if (foldName(key) === folded) return { meaning, from: 'council' };
    }
  }
  const builtIn = BUILT_IN.get(foldName(label));
  return builtIn === undefined ? undefined : { meaning: builtIn, from: 'built-in' };
}
