import { throwIllegalValue } from '../basics/assert.js';
import type { Member } from '../model/council.js';
import type { VoteValue } from '../model/roll-call.js';
import { plural } from './requirement-text.js';
import type { Refusal } from '../tally/roll-call-session.js';
import type { StyledLine } from './roll-call-style.js';
import { VOTE_WORDS } from './roll-call-text.js';

/** Something to tell the clerk about the last key or the start. */
export type RollCallNotice =
  | {
      readonly kind: 'resumed';
      readonly keys: number;
      readonly voted: number;
      /** Bytes of a torn last line that was dropped. */
      readonly dropped: number | null;
    }
  | { readonly kind: 'voted'; readonly member: Member; readonly vote: VoteValue }
  | { readonly kind: 'undone'; readonly member: Member; readonly vote: VoteValue }
  | { readonly kind: 'refused'; readonly refusal: Refusal }
  | { readonly kind: 'unknown-key'; readonly text: string }
  | { readonly kind: 'saved'; readonly file: string };

export function noticeLine(notice: RollCallNotice | undefined): StyledLine {
  if (notice === undefined) return [];
  switch (notice.kind) {
    case 'resumed': {
      const dropped =
        notice.dropped === null
          ? ''
          : `; a last line cut short by the stop (${plural(notice.dropped, 'byte')}, never shown as saved) was dropped`;
      return [
        {
          text: `Resumed from the journal: ${notice.voted} voted (${plural(notice.keys, 'key')})${dropped}`,
          style: notice.dropped === null ? 'good' : 'warning',
        },
      ];
    }
    case 'voted':
      return [
        { text: `In the journal: ${notice.member.name} ` },
        { text: VOTE_WORDS[notice.vote], style: notice.vote },
      ];
    case 'undone':
      return [
        { text: `Undone: ${notice.member.name}'s ` },
        { text: VOTE_WORDS[notice.vote], style: notice.vote },
        { text: ' (call again)' },
      ];
    case 'refused':
      return [{ text: refusalText(notice.refusal), style: 'warning' }];
    case 'unknown-key':
      return [
        {
          text: `${JSON.stringify(notice.text)} is not a key: y n a p v r e x, u to undo`,
          style: 'warning',
        },
      ];
    case 'saved':
      return [{ text: `Saved ${notice.file}.`, style: 'good' }];
    default:
      return throwIllegalValue(notice, 'notice');
  }
}

function refusalText(refusal: Refusal): string {
  switch (refusal) {
    case 'all-voted':
      return 'Every member has voted: Enter saves, u undoes the last vote';
    case 'nothing-to-undo':
      return 'Nothing to undo: no vote yet';
    case 'not-all-voted':
      return 'Enter saves once every member has voted';
    case 'confirmed':
      return 'The roll call is being saved';
    default:
      return throwIllegalValue(refusal, 'refusal');
  }
}
