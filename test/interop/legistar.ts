/**
 * A small, test-only reader of Legistar Web API JSON (`GET /eventitems/{id}/votes`
 * and `GET /events/{id}/eventitems`). It maps each row's `VoteValueName` to an
 * overrule vote value and keys the votes by a slug of `VotePersonName`. Any
 * value it does not know, null included, is reported, never guessed. Not a
 * product feature: just enough to feed real data to overrule's engine.
 */
import { readFileSync } from 'node:fs';
import { err, ok, type Result } from '../../src/basics/result.js';
import type { VoteValue } from '../../src/model/roll-call.js';

/** The copied Legistar files (byte for byte; see the README there). */
export const LEGISTAR_FIXTURES = new URL('../fixtures/interop/legistar/', import.meta.url);

/** Parses one fixture, by file name. */
export function readLegistarFile(name: string): unknown {
  return JSON.parse(readFileSync(new URL(name, LEGISTAR_FIXTURES), 'utf8')) as unknown;
}

/** The Legistar vote names this reader knows, and the overrule value each one is. */
const VOTE_VALUES: ReadonlyMap<string, VoteValue> = new Map([
  ['Aye', 'aye'],
  ['Nay', 'no'],
  ['Abstain', 'abstain'],
  ['Absent', 'absent'],
  ['Recused', 'recused'],
]);

/** `Ray Brill Jr.` → `ray-brill-jr`; `Mayor DiRocco` → `mayor-dirocco`. */
export function personSlug(name: string): string {
  return name
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

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
 * Reads a votes array. Refuses the whole file, with one reason per row, when
 * any row has a missing name, a vote value not in the table above (null
 * included), a slug shared with another row, or a different event item.
 */
export function readLegistarVotes(json: unknown): Result<LegistarVotes, string[]> {
  if (!Array.isArray(json)) return err(['not a Legistar votes array']);
  if (json.length === 0) return err(['no vote rows']);
  const problems: string[] = [];
  const voters: LegistarVoter[] = [];
  const eventItems = new Set<unknown>();
  json.forEach((row: unknown, index) => {
    const at = `row ${index + 1}`;
    if (typeof row !== 'object' || row === null) {
      problems.push(`${at}: not an object`);
      return;
    }
    const r = row as Record<string, unknown>;
    eventItems.add(r.VoteEventItemId);
    const name = r.VotePersonName;
    const personId = typeof r.VotePersonId === 'number' ? r.VotePersonId : null;
    if (typeof name !== 'string' || personSlug(name) === '') {
      problems.push(`${at}: VotePersonName ${JSON.stringify(name)} is not a name`);
      return;
    }
    const who = `${at} (${name}, VotePersonId ${String(personId)})`;
    const valueName = r.VoteValueName;
    const vote = typeof valueName === 'string' ? VOTE_VALUES.get(valueName) : undefined;
    if (vote === undefined) {
      problems.push(
        `${who}: VoteValueName ${JSON.stringify(valueName)} is not a vote value this reader knows; not guessed`,
      );
      return;
    }
    const id = personSlug(name);
    const same = voters.find((v) => v.id === id);
    if (same !== undefined) {
      problems.push(`${who}: "${id}" is also the slug of ${same.name}`);
      return;
    }
    voters.push({ id, name, personId, vote });
  });
  const [eventItemId, ...others] = [...eventItems];
  if (typeof eventItemId !== 'number' || others.length > 0) {
    problems.push('the rows do not share one VoteEventItemId');
  }
  if (problems.length > 0 || typeof eventItemId !== 'number') return err(problems);
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
 * An event item's outcome as an overrule `recorded:` value. `EventItemTally`
 * is used only when it is text; null means "not published", never `0-0`.
 */
export function recordedFromEventItem(
  item: LegistarEventItem,
): { result?: 'passed' | 'failed'; tally?: string } | undefined {
  const result =
    item.EventItemPassedFlagName === 'Pass'
      ? 'passed'
      : item.EventItemPassedFlagName === 'Fail'
        ? 'failed'
        : undefined;
  const tally = typeof item.EventItemTally === 'string' ? item.EventItemTally : undefined;
  if (result === undefined && tally === undefined) return undefined;
  return { ...(result === undefined ? {} : { result }), ...(tally === undefined ? {} : { tally }) };
}
