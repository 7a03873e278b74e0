import { throwIllegalValue } from '../basics/assert.js';
import { readJournal, removeJournal, type JournalContents } from '../load/append-journal.js';
import type { RollCallNotice } from '../report/roll-call-notice.js';
import {
  decodeJournalHeader,
  decodeJournalKey,
  journalHeaderDifferences,
  journalHeaderOf,
  type HeaderDifference,
} from '../tally/roll-call-journal-format.js';
import {
  replayKeys,
  startSession,
  type SessionKey,
  type SessionState,
} from '../tally/roll-call-session.js';
import type { RollCallSetup } from '../tally/roll-call-view.js';
import { describeFsError } from '../load/read.js';
import { UsageError } from './errors.js';
import type { Io } from './io.js';
import { describeWriteError, type RollCallFiles } from './roll-call-run.js';

/** Where a roll call starts: afresh, or where a journal left it. */
export interface OpenedJournal {
  readonly state: SessionState;
  /** The journal read, to append to; undefined when there is none. */
  readonly contents: JournalContents | undefined;
  /** What the screen says about it. */
  readonly notice: RollCallNotice | undefined;
  /** Removes the journal (its roll call is saved). */
  remove(): void;
}

/**
 * Opens the journal beside FILE, if there is one: a journal of the same roll
 * call is replayed through the state machine; a torn last line is dropped
 * and said so; a journal of another roll call, or a damaged one, stops the
 * run with what to do (exit 2) unless `--discard-journal` says to remove it.
 */
export function openRollCallJournal(
  setup: RollCallSetup,
  files: RollCallFiles,
  discard: boolean,
  io: Io,
): OpenedJournal {
  const fresh = (notice?: RollCallNotice): OpenedJournal => ({
    state: startSession(setup.members.length),
    contents: undefined,
    notice,
    remove: () => undefined,
  });
  const name = `${files.shown}.journal`;
  const read = readJournal(files.journal);
  if (read.kind === 'absent') return fresh();
  if (discard) {
    remove(files.journal, name);
    io.stderr.write(`overrule: --discard-journal: removed ${name}\n`);
    return fresh();
  }
  const how =
    `Nothing was changed. To resume it, run roll-call with the flags it was started with; ` +
    `to start afresh, add --discard-journal (it removes ${name}); or choose another --output.`;
  switch (read.kind) {
    case 'io':
      throw new UsageError(describeFsError(read.error, name));
    case 'damaged':
      throw new UsageError(
        `${name} is damaged at line ${read.line} (${damageWords(read.reason)}): not what a stopped run leaves. ${how}`,
      );
    case 'read':
      break;
  }
  const { contents } = read;
  const [headerText, ...keyTexts] = contents.records;
  if (headerText === undefined) {
    // stopped as the journal was created: not one key was shown as saved
    remove(files.journal, name);
    io.stderr.write(
      `overrule: ${name} held no complete record (a run stopped as it began); starting afresh\n`,
    );
    return fresh();
  }
  const header = decodeJournalHeader(headerText);
  if (!header.ok) {
    throw new UsageError(
      `${name} is damaged at line 1 (not a roll-call journal's first line). ${how}`,
    );
  }
  const differences = journalHeaderDifferences(header.value, journalHeaderOf(setup));
  if (differences.length > 0) {
    throw new UsageError(
      `${name} belongs to another roll call: ${differences.map(describeDifference).join('; ')}. ${how}`,
    );
  }
  const keys: SessionKey[] = [];
  for (const [i, text] of keyTexts.entries()) {
    const key = decodeJournalKey(text);
    if (key === undefined) {
      throw new UsageError(
        `${name} is damaged at line ${i + 2} (not a key: ${JSON.stringify(text)}). ${how}`,
      );
    }
    keys.push(key);
  }
  const replayed = replayKeys(startSession(setup.members.length), keys);
  if (!replayed.ok) {
    throw new UsageError(
      `${name} is damaged at line ${replayed.error.index + 2} (a key the roll call refuses there). ${how}`,
    );
  }
  if (contents.torn !== null) {
    io.stderr.write(
      `overrule: ${name}: dropped its last line (line ${contents.torn.line}, ${contents.torn.bytes} bytes), ` +
        'cut short when the run stopped; that key was never shown as saved. Every line before it is kept.\n',
    );
  }
  return {
    state: replayed.value,
    contents,
    notice: {
      kind: 'resumed',
      keys: keys.length,
      voted: replayed.value.votes.length,
      dropped: contents.torn?.bytes ?? null,
    },
    remove: () => {
      remove(files.journal, name);
    },
  };
}

function remove(path: string, name: string): void {
  try {
    removeJournal(path);
  } catch (error) {
    throw new UsageError(describeWriteError(error, name));
  }
}

function damageWords(reason: 'checksum' | 'sequence' | 'form' | 'too-large'): string {
  switch (reason) {
    case 'checksum':
      return 'its checksum does not match';
    case 'sequence':
      return 'a record out of sequence';
    case 'form':
      return 'not a journal line';
    case 'too-large':
      return 'far too large for a journal';
    default:
      return throwIllegalValue(reason, 'damage');
  }
}

function describeDifference(d: HeaderDifference): string {
  const shown = (value: string | null): string => (value === null ? 'none' : JSON.stringify(value));
  if (d.field === 'members') {
    return `the members called differ (the council's roster changed since it was started)`;
  }
  return `its ${d.field} is ${shown(d.journal)}, not ${shown(d.now)}`;
}
