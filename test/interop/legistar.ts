/**
 * Test scaffolding over overrule's Legistar reader (src/interop/): the
 * copied fixtures by name, and each votes file's rows mapped through the
 * built-in label table with ids made from `VotePersonName`, for tests that
 * write their councils by hand. Any label the table does not map, null
 * included, is reported, never guessed.
 */
import { readFileSync } from 'node:fs';
import { err, ok, type Result } from '../../src/basics/result.js';
import { JsonInput } from '../../src/interop/json-input.js';
import { readLegistarFile as readLegistarRecords } from '../../src/interop/legistar-records.js';
import { recordedOfItem } from '../../src/interop/legistar-votes.js';
import { slugOf } from '../../src/interop/names.js';
import { meaningOfLabel } from '../../src/interop/vote-labels.js';
import type { Recorded, VoteValue } from '../../src/model/roll-call.js';

/** The copied Legistar files (byte for byte; see the README there). */
export const LEGISTAR_FIXTURES = new URL('../fixtures/interop/legistar/', import.meta.url);

/** Parses one fixture, by file name. */
export function readLegistarFile(name: string): unknown {
  return JSON.parse(readFileSync(new URL(name, LEGISTAR_FIXTURES), 'utf8')) as unknown;
}

/** `Ray Brill Jr.` → `ray-brill-jr`; `Mayor DiRocco` → `mayor-dirocco`. */
export const personSlug = slugOf;

/** One row of a votes array, as overrule will use it. */
export interface LegistarVoter {
  readonly id: string;
  readonly name: string;
  readonly personId: number | null;
  readonly vote: VoteValue;
}

export interface LegistarVotes {
  /** The `VoteEventItemId` shared by every row. */
  readonly eventItemId: number;
  /** In the file's order. */
  readonly voters: readonly LegistarVoter[];
}

/**
 * Reads a votes array with overrule's reader. Refuses the whole file, with
 * one reason per row, when any row has a missing name, a label the built-in
 * table does not map (null included), a slug shared with another row, or a
 * different event item.
 */
export function readLegistarVotes(json: unknown): Result<LegistarVotes, string[]> {
  if (!Array.isArray(json)) return err(['not a Legistar votes array']);
  if (json.length === 0) return err(['no vote rows']);
  const read = readLegistarRecords(new JsonInput('votes.json', JSON.stringify(json), json));
  if (!read.ok) return err(read.diagnostics.map((d) => d.message));
  if (read.file.kind !== 'votes') return err([`not votes but ${read.file.kind}`]);
  const problems: string[] = [];
  const voters: LegistarVoter[] = [];
  read.file.rows.forEach((row, index) => {
    const at = `row ${index + 1}`;
    const name = row.personName;
    if (name === null || personSlug(name) === '') {
      problems.push(`${at}: VotePersonName ${JSON.stringify(name)} is not a name`);
      return;
    }
    const who = `${at} (${name}, VotePersonId ${String(row.personId)})`;
    const meaning = row.value === null ? undefined : meaningOfLabel(undefined, row.value)?.meaning;
    if (meaning === undefined || meaning === 'vacant') {
      problems.push(
        `${who}: VoteValueName ${JSON.stringify(row.value)} is not a vote value this reader knows; not guessed`,
      );
      return;
    }
    const id = personSlug(name);
    const same = voters.find((v) => v.id === id);
    if (same !== undefined) {
      problems.push(`${who}: "${id}" is also the slug of ${same.name}`);
      return;
    }
    voters.push({ id, name, personId: row.personId, vote: meaning });
  });
  const [eventItemId, ...others] = [...new Set(read.file.rows.map((r) => r.eventItemId))];
  if (eventItemId === undefined || others.length > 0) {
    problems.push('the rows do not share one VoteEventItemId');
  }
  if (problems.length > 0 || eventItemId === undefined) return err(problems);
  return ok({ eventItemId, voters });
}

/** `votes:` lines of a roll call, two spaces in: `  chuck-anderson: aye`. */
export function votesYaml(voters: readonly LegistarVoter[]): string {
  return voters.map((v) => `  ${v.id}: ${v.vote}\n`).join('');
}

/** Members in office from `from`, one flow mapping a line, two spaces in. */
export function membersYaml(voters: readonly { id: string; name: string }[], from: string): string {
  return voters.map((v) => `  - { id: ${v.id}, name: ${v.name}, from: ${from} }\n`).join('');
}

/** One event item, with the fields these tests look at. */
export interface LegistarEventItem {
  readonly EventItemId: number;
  readonly EventItemTitle: string | null;
  readonly EventItemPassedFlag: number | null;
  readonly EventItemPassedFlagName: string | null;
  readonly EventItemTally: string | null;
  readonly EventItemRollCallFlag: number | null;
  readonly EventItemMatterFile: string | null;
}

/**
 * An event item's outcome as an overrule `recorded:` value, through
 * overrule's reader. `EventItemTally` is used only when it is text; null
 * means "not published", never `0-0`.
 */
export function recordedFromEventItem(item: LegistarEventItem): Recorded | undefined {
  const read = readLegistarRecords(new JsonInput('item.json', JSON.stringify(item), item));
  if (!read.ok || read.file.kind !== 'event-items') throw new Error('not an event item');
  const [record] = read.file.rows;
  return record === undefined ? undefined : recordedOfItem(record).recorded;
}
