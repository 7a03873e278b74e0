import { err, ok, type Result } from '../basics/result.js';
import type { VoteValue } from '../model/roll-call.js';

/**
 * The clerk's roll call as a pure state machine (SPEC 2.4): state × key →
 * state. The screen, `--keys STRING` and a standard input that is not a
 * terminal all drive it the same way, and a journal of the keys it accepted
 * replays to the same state.
 */

/** One key per vote. */
export const VOTE_KEYS = {
  y: 'aye',
  n: 'no',
  a: 'abstain',
  p: 'present',
  v: 'not-voting',
  r: 'recused',
  e: 'excused',
  x: 'absent',
} as const satisfies Record<string, VoteValue>;
export type VoteKey = keyof typeof VOTE_KEYS;

/** A key the machine knows: a vote, undo (Backspace or `u`), or Enter (confirm). */
export type SessionKey = VoteKey | 'undo' | 'enter';

export interface SessionState {
  /** How many members are called (those in office on the date). */
  readonly size: number;
  /** The votes of the first `votes.length` members, in roster order. */
  readonly votes: readonly VoteValue[];
  /** Enter was pressed once every member had voted: the roll call is to be saved. */
  readonly confirmed: boolean;
}

/** Why a key changed nothing. */
export type Refusal =
  /** A vote key once every member has voted. */
  | 'all-voted'
  /** Undo before the first vote. */
  | 'nothing-to-undo'
  /** Enter before every member has voted. */
  | 'not-all-voted'
  /** Any key after the roll call was confirmed. */
  | 'confirmed';

export type KeyOutcome =
  | { readonly accepted: true; readonly state: SessionState }
  | { readonly accepted: false; readonly refusal: Refusal; readonly state: SessionState };

export function isVoteKey(key: string): key is VoteKey {
  return Object.hasOwn(VOTE_KEYS, key);
}

export function startSession(size: number): SessionState {
  return { size, votes: [], confirmed: false };
}

/** Whether every member has voted. */
export function allVoted(state: SessionState): boolean {
  return state.votes.length >= state.size;
}

/**
 * The next state. A refused key leaves the state as it was (and is never
 * journaled): the same keys in the same order always give the same state.
 */
export function applyKey(state: SessionState, key: SessionKey): KeyOutcome {
  if (state.confirmed) return refuse(state, 'confirmed');
  switch (key) {
    case 'undo':
      if (state.votes.length === 0) return refuse(state, 'nothing-to-undo');
      return accept({ ...state, votes: state.votes.slice(0, -1) });
    case 'enter':
      if (!allVoted(state)) return refuse(state, 'not-all-voted');
      return accept({ ...state, confirmed: true });
    default:
      if (allVoted(state)) return refuse(state, 'all-voted');
      return accept({ ...state, votes: [...state.votes, VOTE_KEYS[key]] });
  }
}

/** Where replaying keys stopped: a key the machine refused. */
export interface ReplayProblem {
  /** 0-based position of the key in the list. */
  readonly index: number;
  readonly refusal: Refusal;
}

/**
 * Applies keys in order. Keys that were journaled were all accepted when
 * they were pressed, so a refusal here means the journal is not what this
 * machine wrote.
 */
export function replayKeys(
  state: SessionState,
  keys: readonly SessionKey[],
): Result<SessionState, ReplayProblem> {
  let current = state;
  for (const [index, key] of keys.entries()) {
    const outcome = applyKey(current, key);
    if (!outcome.accepted) return err({ index, refusal: outcome.refusal });
    current = outcome.state;
  }
  return ok(current);
}

function accept(state: SessionState): KeyOutcome {
  return { accepted: true, state };
}

function refuse(state: SessionState, refusal: Refusal): KeyOutcome {
  return { accepted: false, refusal, state };
}
