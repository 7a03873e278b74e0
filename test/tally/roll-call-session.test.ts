import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { encodeJournalLine, parseJournal } from '../../src/load/append-journal.js';
import { decodeKeys, KeyDecoder, type KeyToken } from '../../src/tally/roll-call-keys.js';
import { decodeJournalKey, encodeJournalKey } from '../../src/tally/roll-call-journal-format.js';
import {
  applyKey,
  replayKeys,
  startSession,
  VOTE_KEYS,
  type SessionKey,
  type SessionState,
} from '../../src/tally/roll-call-session.js';

const KEYS: readonly SessionKey[] = [...(Object.keys(VOTE_KEYS) as SessionKey[]), 'undo', 'enter'];
const anyKey = fc.constantFrom(...KEYS);

/** Presses keys in order: every state, and the keys the machine accepted (what a journal holds). */
function press(size: number, keys: readonly SessionKey[]) {
  let state = startSession(size);
  const accepted: SessionKey[] = [];
  const states: SessionState[] = [state];
  for (const key of keys) {
    const outcome = applyKey(state, key);
    if (outcome.accepted) {
      accepted.push(key);
      state = outcome.state;
      states.push(state);
    } else {
      expect(outcome.state).toBe(state);
    }
  }
  return { state, accepted, states };
}

// generous: the machine may be busy
describe('the roll-call state machine', { timeout: 60_000 }, () => {
  it('calls members in order, one vote each, and confirms only at the end', () => {
    let state = startSession(3);
    const step = (key: SessionKey) => {
      const outcome = applyKey(state, key);
      state = outcome.state;
      return outcome.accepted ? 'ok' : outcome.refusal;
    };
    expect(step('enter')).toBe('not-all-voted');
    expect(step('undo')).toBe('nothing-to-undo');
    expect(step('y')).toBe('ok');
    expect(step('v')).toBe('ok');
    expect(state.votes).toEqual(['aye', 'not-voting']);
    expect(step('undo')).toBe('ok');
    expect(state.votes).toEqual(['aye']);
    expect(step('n')).toBe('ok');
    expect(step('r')).toBe('ok');
    expect(step('x')).toBe('all-voted');
    expect(state.votes).toEqual(['aye', 'no', 'recused']);
    expect(state.confirmed).toBe(false);
    expect(step('enter')).toBe('ok');
    expect(state.confirmed).toBe(true);
    expect(step('undo')).toBe('confirmed');
    expect(step('y')).toBe('confirmed');
  });

  it('maps every vote key to its vote value', () => {
    const { state } = press(8, ['y', 'n', 'a', 'p', 'v', 'r', 'e', 'x']);
    expect(state.votes).toEqual([
      'aye',
      'no',
      'abstain',
      'present',
      'not-voting',
      'recused',
      'excused',
      'absent',
    ]);
  });

  it('replaying any prefix of the accepted keys gives the state those keys made', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 9 }),
        fc.array(anyKey, { maxLength: 40 }),
        (size, keys) => {
          const { accepted, states } = press(size, keys);
          for (let i = 0; i <= accepted.length; i++) {
            const replayed = replayKeys(startSession(size), accepted.slice(0, i));
            expect(replayed.ok).toBe(true);
            if (replayed.ok) expect(replayed.value).toEqual(states[i]);
          }
        },
      ),
    );
  });

  it('replaying a journal cut at any byte gives the state of the keys whose lines are whole', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 6 }),
        fc.array(anyKey, { maxLength: 25 }),
        fc.nat(),
        (size, keys, cutSeed) => {
          const { accepted, states } = press(size, keys);
          const lines = ['{"header":true}', ...accepted.map(encodeJournalKey)].map((payload, seq) =>
            encodeJournalLine(seq, payload),
          );
          const bytes = Buffer.from(lines.join(''), 'utf8');
          const cut = cutSeed % (bytes.length + 1);
          const read = parseJournal(bytes.subarray(0, cut));
          expect(read.kind).toBe('read');
          if (read.kind !== 'read') return;
          const whole = lines.filter((_, i) => lines.slice(0, i + 1).join('').length <= cut).length;
          expect(read.contents.records.length).toBe(whole);
          expect(read.contents.torn === null).toBe(lines.slice(0, whole).join('').length === cut);
          const journaled = read.contents.records.slice(1).map(decodeJournalKey);
          expect(journaled).toEqual(accepted.slice(0, journaled.length));
          const replayed = replayKeys(
            startSession(size),
            journaled.filter((k) => k !== undefined),
          );
          expect(replayed.ok && replayed.value).toEqual(states[journaled.length]);
        },
      ),
    );
  });

  it('refuses to replay a key the machine would refuse (a journal it did not write)', () => {
    expect(replayKeys(startSession(2), ['y', 'undo', 'undo'])).toEqual({
      ok: false,
      error: { index: 2, refusal: 'nothing-to-undo' },
    });
  });
});

// generous: the machine may be busy
describe('keys from text', { timeout: 60_000 }, () => {
  const keysOf = (tokens: readonly KeyToken[]) =>
    tokens.map((t) => (t.kind === 'key' ? t.key : `?${t.text}`));

  it('reads letters in either case, u and Backspace as undo, newlines as Enter, escapes', () => {
    expect(keysOf(decodeKeys('yN a\tP vREX'))).toEqual(['y', 'n', 'a', 'p', 'v', 'r', 'e', 'x']);
    expect(keysOf(decodeKeys('yu\x7f\by'))).toEqual(['y', 'undo', 'undo', 'undo', 'y']);
    expect(keysOf(decodeKeys('y\r\ny\ny\r'))).toEqual(['y', 'enter', 'y', 'enter', 'y', 'enter']);
    expect(keysOf(decodeKeys('y\\ny\\by\\r\\q\\'))).toEqual([
      'y',
      'enter',
      'y',
      'undo',
      'y',
      'enter',
      '?\\q',
      '?\\',
    ]);
    expect(keysOf(decodeKeys('yq!é'))).toEqual(['y', '?q', '?!', '?é']);
  });

  it('reads text in pieces as it reads it whole', () => {
    const text = fc.stringMatching(/^[ynapvrexuUY \t\r\n\\bq]{0,30}$/);
    fc.assert(
      fc.property(text, fc.array(fc.nat(), { maxLength: 5 }), (whole, cuts) => {
        const points = [...new Set(cuts.map((c) => c % (whole.length + 1)))].sort((a, b) => a - b);
        const decoder = new KeyDecoder();
        const tokens: KeyToken[] = [];
        let from = 0;
        for (const point of [...points, whole.length]) {
          tokens.push(...decoder.push(whole.slice(from, point)));
          from = point;
        }
        tokens.push(...decoder.end());
        expect(tokens).toEqual(decodeKeys(whole));
      }),
    );
  });
});
