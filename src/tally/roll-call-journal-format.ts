import { err, ok, type Result } from '../basics/result.js';
import { isVoteKey, type SessionKey } from './roll-call-session.js';
import type { RollCallSetup } from './roll-call-view.js';

/**
 * What a roll call's journal holds, record by record: first a header naming
 * the roll call (so that a journal is never resumed for another one), then
 * one record per key the machine accepted. The journal file itself (sequence
 * numbers, checksums, fsync) is load/append-journal.ts.
 */

const JOURNAL_KIND = 'overrule roll-call journal';

/** Which roll call a journal belongs to. */
export interface JournalHeader {
  readonly council: string;
  readonly rule: string;
  readonly date: string;
  readonly measure: string | null;
  readonly motion: string | null;
  /** The members called, in order. */
  readonly members: readonly string[];
}

export function journalHeaderOf(setup: RollCallSetup): JournalHeader {
  return {
    council: setup.council.id,
    rule: setup.ruleId,
    date: setup.date,
    measure: setup.measureId,
    motion: setup.motion,
    members: setup.members.map((m) => m.id),
  };
}

export function encodeJournalHeader(header: JournalHeader): string {
  return JSON.stringify({ journal: JOURNAL_KIND, version: 1, ...header });
}

export function decodeJournalHeader(text: string): Result<JournalHeader, 'not-a-header'> {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    return err('not-a-header');
  }
  if (typeof data !== 'object' || data === null) return err('not-a-header');
  const record = data as Record<string, unknown>;
  const { council, rule, date, measure, motion, members } = record;
  if (
    record['journal'] !== JOURNAL_KIND ||
    record['version'] !== 1 ||
    typeof council !== 'string' ||
    typeof rule !== 'string' ||
    typeof date !== 'string' ||
    !(measure === null || typeof measure === 'string') ||
    !(motion === null || typeof motion === 'string') ||
    !Array.isArray(members) ||
    !members.every((m): m is string => typeof m === 'string')
  ) {
    return err('not-a-header');
  }
  return ok({ council, rule, date, measure, motion, members });
}

/** A field in which two headers differ, with both values as written. */
export interface HeaderDifference {
  readonly field: 'council' | 'rule' | 'date' | 'measure' | 'motion' | 'members';
  readonly journal: string | null;
  readonly now: string | null;
}

/** How the journal's roll call differs from the one asked for; empty when it is the same. */
export function journalHeaderDifferences(
  journal: JournalHeader,
  now: JournalHeader,
): HeaderDifference[] {
  const differences: HeaderDifference[] = [];
  for (const field of ['council', 'rule', 'date', 'measure', 'motion'] as const) {
    if (journal[field] !== now[field]) {
      differences.push({ field, journal: journal[field], now: now[field] });
    }
  }
  if (journal.members.join(' ') !== now.members.join(' ')) {
    differences.push({
      field: 'members',
      journal: journal.members.join(', '),
      now: now.members.join(', '),
    });
  }
  return differences;
}

/** A key as a journal record: the letter, `u` for undo, `enter`. */
export function encodeJournalKey(key: SessionKey): string {
  return key === 'undo' ? 'u' : key;
}

export function decodeJournalKey(text: string): SessionKey | undefined {
  if (text === 'u') return 'undo';
  if (text === 'enter') return 'enter';
  return isVoteKey(text) ? text : undefined;
}
