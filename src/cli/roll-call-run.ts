import { createNewFile } from './file-write.js';
import { WriteFailed, WriteRefused } from './write-errors.js';
import { lstatSync } from 'node:fs';
import { JournalWriter, removeJournal, type JournalContents } from '../load/append-journal.js';
import type { RollCallNotice } from '../report/roll-call-notice.js';
import { renderRollCallYaml } from '../report/roll-call-yaml.js';
import type { KeyToken } from '../tally/roll-call-keys.js';
import {
  encodeJournalHeader,
  encodeJournalKey,
  journalHeaderOf,
} from '../tally/roll-call-journal-format.js';
import { applyKey, type SessionKey, type SessionState } from '../tally/roll-call-session.js';
import {
  completedRollCall,
  viewRollCall,
  type RollCallSetup,
  type RollCallView,
} from '../tally/roll-call-view.js';
import { UsageError } from './errors.js';

/** Where the screen or the plain lines go. */
export interface RollCallDisplay {
  /** The first view, before any key (with what was resumed, if anything). */
  start(view: RollCallView, notice: RollCallNotice | undefined): void;
  /** After a key, accepted or not. */
  step(view: RollCallView, notice: RollCallNotice): void;
  /** The roll call was saved. */
  saved(view: RollCallView, notice: RollCallNotice): void;
}

export interface RollCallFiles {
  /** The roll call's file, absolute, and as the clerk named it. */
  readonly output: string;
  readonly shown: string;
  readonly journal: string;
}

/**
 * One roll call being recorded: the state machine, its journal and its
 * display. Every key goes through `press`: an accepted key is appended to
 * the journal and fsync'd, and only then shown; a refused one is shown and
 * not journaled. Enter, once every member has voted, saves the roll call.
 */
export class RollCallRun {
  readonly #setup: RollCallSetup;
  readonly #files: RollCallFiles;
  readonly #display: RollCallDisplay;
  #state: SessionState;
  /** The journal, once created or resumed. */
  #journal: JournalWriter | undefined;

  constructor(input: {
    readonly setup: RollCallSetup;
    readonly files: RollCallFiles;
    readonly display: RollCallDisplay;
    readonly state: SessionState;
    /** A journal read at the start, to append to; none when the run starts afresh. */
    readonly resumed?: JournalContents | undefined;
  }) {
    this.#setup = input.setup;
    this.#files = input.files;
    this.#display = input.display;
    this.#state = input.state;
    if (input.resumed !== undefined) {
      try {
        this.#journal = JournalWriter.resume(input.files.journal, input.resumed);
      } catch (error) {
        throw new UsageError(describeWriteError(error, `${input.files.shown}.journal`));
      }
    }
  }

  get state(): SessionState {
    return this.#state;
  }

  /** Whether any key is in the journal. */
  get journaled(): boolean {
    return this.#journal !== undefined;
  }

  start(notice: RollCallNotice | undefined): void {
    this.#display.start(viewRollCall(this.#setup, this.#state), notice);
  }

  /** Handles one key; 'saved' once the roll call is written. */
  press(token: KeyToken): 'continue' | 'saved' {
    if (token.kind === 'unknown') {
      this.#display.step(this.view(), { kind: 'unknown-key', text: token.text });
      return 'continue';
    }
    const before = this.#state;
    const outcome = applyKey(before, token.key);
    if (!outcome.accepted) {
      this.#display.step(this.view(), { kind: 'refused', refusal: outcome.refusal });
      return 'continue';
    }
    this.#record(token.key);
    this.#state = outcome.state;
    if (outcome.state.confirmed) {
      this.save();
      return 'saved';
    }
    this.#display.step(this.view(), noticeFor(this.#setup, before, outcome.state, token.key));
    return 'continue';
  }

  /** Writes the roll call (every member has voted and Enter was pressed), then removes the journal. */
  save(): void {
    const { output, shown, journal } = this.#files;
    const rollCall = completedRollCall(this.#setup, this.#state);
    const text = renderRollCallYaml(rollCall, this.#setup.members);
    if (pathTaken(output)) {
      throw new UsageError(
        `${shown} appeared while the roll call was recorded; it was not overwritten. ` +
          `Move it away and run the same command again to save (${shown}.journal keeps every key)`,
      );
    }
    try {
      createNewFile(output, shown, text);
    } catch (error) {
      const why =
        error instanceof WriteFailed || error instanceof WriteRefused
          ? error.message
          : describeWriteError(error, shown);
      throw new UsageError(
        `${why}; ${shown}.journal keeps every key: run the same command again to save`,
      );
    }
    this.#journal?.close();
    this.#journal = undefined;
    try {
      removeJournal(journal);
    } catch {
      // never created (a confirmed journal resumed after it was removed) or already gone
    }
    this.#display.saved(this.view(), { kind: 'saved', file: shown });
  }

  /** Closes the journal, keeping it for a later run. */
  close(): void {
    this.#journal?.close();
  }

  view(): RollCallView {
    return viewRollCall(this.#setup, this.#state);
  }

  #record(key: SessionKey): void {
    try {
      if (this.#journal === undefined) {
        this.#journal = JournalWriter.create(this.#files.journal, [
          encodeJournalHeader(journalHeaderOf(this.#setup)),
        ]);
      }
      this.#journal.append(encodeJournalKey(key));
    } catch (error) {
      throw new UsageError(
        `${describeWriteError(error, `${this.#files.shown}.journal`)}; ` +
          'the last key was not recorded (every key before it is in the journal)',
      );
    }
  }
}

function noticeFor(
  setup: RollCallSetup,
  before: SessionState,
  after: SessionState,
  key: SessionKey,
): RollCallNotice {
  if (key === 'undo') {
    const index = after.votes.length;
    const member = setup.members[index];
    const vote = before.votes[index];
    if (member !== undefined && vote !== undefined) return { kind: 'undone', member, vote };
  }
  const index = after.votes.length - 1;
  const member = setup.members[index];
  const vote = after.votes[index];
  if (member !== undefined && vote !== undefined) return { kind: 'voted', member, vote };
  return { kind: 'refused', refusal: 'confirmed' };
}

/** A failed write in words: `rc.yaml: no space left on the device (ENOSPC)`. */
export function describeWriteError(error: unknown, display: string): string {
  const code = (error as { code?: unknown } | null)?.code;
  switch (code) {
    case 'ENOSPC':
      return `${display}: no space left on the device (ENOSPC)`;
    case 'EACCES':
    case 'EPERM':
    case 'EROFS':
      return `${display}: cannot be written (${code})`;
    case 'EEXIST':
      return `${display}: already exists`;
    default:
      return `${display}: cannot be written (${typeof code === 'string' ? code : String(error)})`;
  }
}

/** Whether anything is at a path: a file, a folder, a link (even one leading nowhere). */
export function pathTaken(path: string): boolean {
  try {
    lstatSync(path);
    return true;
  } catch {
    return false;
  }
}
