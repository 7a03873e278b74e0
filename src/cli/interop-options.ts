import { isCalendarDate } from '../interop/legistar-records.js';
import { VOTE_VALUES, type VoteValue } from '../model/roll-call.js';
import { UsageError } from './errors.js';

/** Flag values of `import` and `export`, checked before any file is read. */

export function parseCount(
  flag: string,
  text: string | undefined,
  minimum: number,
): number | undefined {
  if (text === undefined) return undefined;
  if (!/^\d+$/.test(text) || Number(text) < minimum || Number(text) > 10000) {
    throw new UsageError(`${flag} ${text}: give a whole number from ${minimum} to 10000`);
  }
  return Number(text);
}

export function parseDate(flag: string, text: string | undefined): string | undefined {
  if (text === undefined) return undefined;
  if (!/^\d{4}-\d{2}-\d{2}$/.test(text) || !isCalendarDate(text)) {
    throw new UsageError(`${flag} ${text}: give a date as YYYY-MM-DD`);
  }
  return text;
}

export function parseSlug(flag: string, text: string | undefined): string | undefined {
  if (text === undefined) return undefined;
  if (!/^[a-z0-9][a-z0-9-]*$/.test(text) || text === 'constructor' || text.length > 100) {
    throw new UsageError(
      `${flag} ${text}: give an id of lower-case letters, digits and dashes (vienna-va)`,
    );
  }
  return text;
}

export function parseVoteValue(flag: string, text: string | undefined): VoteValue | undefined {
  if (text === undefined) return undefined;
  if (!(VOTE_VALUES as readonly string[]).includes(text)) {
    throw new UsageError(`${flag} ${text}: give one of ${VOTE_VALUES.join(', ')}`);
  }
  return text as VoteValue;
}
