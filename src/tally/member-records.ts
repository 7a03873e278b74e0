import { VOTE_VALUES, type VoteValue } from '../model/roll-call.js';
import type { TallyResult } from './tally-result.js';

/** A member's record over the roll calls with named votes taken while they were in office. */
export interface MemberRecord {
  readonly id: string;
  readonly name: string;
  readonly district: string | null;
  /** Roll calls with named votes while the member was in office. */
  readonly rollCalls: number;
  /** How often each vote value was recorded for the member; zeros included. */
  readonly votes: Readonly<Record<VoteValue, number>>;
  /** Ayes plus noes. */
  readonly cast: number;
  /** Roll calls at which the member was there: any vote but `excused` or `absent`. */
  readonly attended: number;
  /** Ayes on a measure that failed, noes on one that passed. */
  readonly losingSide: number;
  /** Ayes on a measure that passed, noes on one that failed. */
  readonly winningSide: number;
}

/** One row of the agreement matrix: the member, and a cell for every member (themself included). */
export interface AgreementRow {
  readonly member: string;
  readonly with: readonly AgreementCell[];
}

export interface AgreementCell {
  readonly member: string;
  /** Roll calls on which both cast a vote (aye or no). */
  readonly together: number;
  /** Of those, the ones on which they voted alike. */
  readonly agreed: number;
}

const ABSENT: ReadonlySet<VoteValue> = new Set(['excused', 'absent']);

/**
 * Every member's record and the agreement matrix, over the roll calls that
 * name each member's vote (a roll call of counts only names nobody), members
 * in roster order. Roll calls without quorum count towards attendance and
 * votes cast, but nobody wins or loses them.
 */
export function buildMemberRecords(
  roster: readonly {
    readonly id: string;
    readonly name: string;
    readonly district: string | null;
  }[],
  tallies: readonly TallyResult[],
): { readonly members: MemberRecord[]; readonly agreement: AgreementRow[] } {
  const named = tallies.filter((t) => t.source === 'votes');
  /** Per roll call: each member's vote, when one is recorded. */
  const votesByRollCall = named.map((t) => {
    const votes = new Map<string, VoteValue>();
    for (const m of t.members) if (m.vote !== null) votes.set(m.id, m.vote);
    return { tally: t, votes };
  });
  const seen = new Set(votesByRollCall.flatMap(({ votes }) => [...votes.keys()]));
  const included = roster.filter((m) => seen.has(m.id));

  const members = included.map((member): MemberRecord => {
    const votes = zeroVotes();
    let losingSide = 0;
    let winningSide = 0;
    let rollCalls = 0;
    for (const { tally, votes: cast } of votesByRollCall) {
      const vote = cast.get(member.id);
      if (vote === undefined) continue;
      rollCalls += 1;
      votes[vote] += 1;
      const side = sideOf(vote, tally.result);
      if (side === 'winning') winningSide += 1;
      if (side === 'losing') losingSide += 1;
    }
    return {
      id: member.id,
      name: member.name,
      district: member.district,
      rollCalls,
      votes,
      cast: votes.aye + votes.no,
      attended:
        rollCalls - VOTE_VALUES.filter((v) => ABSENT.has(v)).reduce((n, v) => n + votes[v], 0),
      losingSide,
      winningSide,
    };
  });

  const agreement = included.map((a): AgreementRow => ({
    member: a.id,
    with: included.map((b): AgreementCell => {
      let together = 0;
      let agreed = 0;
      for (const { votes } of votesByRollCall) {
        const va = votes.get(a.id);
        const vb = votes.get(b.id);
        if (!isCast(va) || !isCast(vb)) continue;
        together += 1;
        if (va === vb) agreed += 1;
      }
      return { member: b.id, together, agreed };
    }),
  }));
  return { members, agreement };
}

function isCast(vote: VoteValue | undefined): vote is 'aye' | 'no' {
  return vote === 'aye' || vote === 'no';
}

function sideOf(vote: VoteValue, result: TallyResult['result']): 'winning' | 'losing' | null {
  if (!isCast(vote) || result === 'no-quorum') return null;
  return (vote === 'aye') === (result === 'passed') ? 'winning' : 'losing';
}

function zeroVotes(): Record<VoteValue, number> {
  const votes = Object.create(null) as Record<VoteValue, number>;
  for (const v of VOTE_VALUES) votes[v] = 0;
  return votes;
}
