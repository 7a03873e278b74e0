import type { Diagnostic } from '../diagnostics/diagnostic.js';
import type { JsonInput, JsonPath } from './json-input.js';
import { cleanText } from './names.js';

/**
 * The Legistar Web API records overrule reads, with the fields it uses. Each
 * keeps where it came from (`at`: its file and its index in the response), so
 * a problem with it can be shown at its place in the file.
 */
export interface RecordPlace {
  readonly input: JsonInput;
  /** The path of the record in the file's data: `[3]` in an array, `[]` for a single object. */
  readonly path: JsonPath;
}

/** `GET /officerecords`: one person's one term on one body. */
export interface OfficeRecord {
  readonly at: RecordPlace;
  readonly id: number;
  readonly personId: number;
  readonly bodyId: number;
  readonly bodyName: string | null;
  readonly firstName: string | null;
  readonly lastName: string | null;
  readonly fullName: string | null;
  readonly title: string | null;
  /** `YYYY-MM-DD`. */
  readonly start: string;
  /** `YYYY-MM-DD`, or null for a term with no end. */
  readonly end: string | null;
}

/** `GET /persons`. */
export interface PersonRecord {
  readonly at: RecordPlace;
  readonly id: number;
  readonly fullName: string | null;
  readonly firstName: string | null;
  readonly lastName: string | null;
}

/** `GET /eventitems/{id}/votes`: one row per person. */
export interface VoteRecord {
  readonly at: RecordPlace;
  readonly eventItemId: number;
  readonly personId: number | null;
  readonly personName: string | null;
  /** The label as published (`Aye`, `Affirmative`, `Medical`); null when none was recorded. */
  readonly value: string | null;
}

/** `GET /events/{id}/eventitems` or `GET /eventitems/{id}`: one agenda item. */
export interface EventItemRecord {
  readonly at: RecordPlace;
  readonly id: number;
  readonly eventId: number | null;
  readonly title: string | null;
  readonly actionName: string | null;
  readonly passedFlagName: string | null;
  readonly tally: string | null;
  readonly matterFile: string | null;
}

/** `GET /events`: one meeting. */
export interface EventRecord {
  readonly at: RecordPlace;
  readonly id: number;
  /** `YYYY-MM-DD`. */
  readonly date: string;
  readonly bodyId: number | null;
  readonly bodyName: string | null;
  readonly inSiteUrl: string | null;
}

/** `GET /bodies`. */
export interface BodyRecord {
  readonly at: RecordPlace;
  readonly id: number;
  readonly name: string | null;
  /** As published: 0 for some bodies and off by one for others; never taken as seats. */
  readonly numberOfMembers: number | null;
}

export type LegistarFile =
  | { readonly kind: 'office-records'; readonly input: JsonInput; readonly rows: OfficeRecord[] }
  | { readonly kind: 'persons'; readonly input: JsonInput; readonly rows: PersonRecord[] }
  | { readonly kind: 'votes'; readonly input: JsonInput; readonly rows: VoteRecord[] }
  | { readonly kind: 'event-items'; readonly input: JsonInput; readonly rows: EventItemRecord[] }
  | { readonly kind: 'events'; readonly input: JsonInput; readonly rows: EventRecord[] }
  | { readonly kind: 'bodies'; readonly input: JsonInput; readonly rows: BodyRecord[] }
  | { readonly kind: 'empty'; readonly input: JsonInput };

export type LegistarFileKind = Exclude<LegistarFile['kind'], 'empty'>;

/** Which response a record comes from, told by a key only that response has. */
const MARKERS: readonly (readonly [LegistarFileKind, string])[] = [
  ['office-records', 'OfficeRecordId'],
  ['persons', 'PersonId'],
  ['votes', 'VoteId'],
  ['event-items', 'EventItemId'],
  ['events', 'EventId'],
  ['bodies', 'BodyId'],
];

/**
 * Reads one Legistar response: an array of records of one kind (or one
 * record). An empty array is `empty` (Legistar answers `[]` for an item with
 * no votes). Every record must have the fields overrule uses, with the types
 * Legistar gives them; each problem is reported at its place.
 */
export function readLegistarFile(
  input: JsonInput,
): { ok: true; file: LegistarFile } | { ok: false; diagnostics: Diagnostic[] } {
  const data = input.data;
  const rows: readonly unknown[] = Array.isArray(data) ? data : [data];
  const rowPath = (index: number): JsonPath => (Array.isArray(data) ? [index] : []);
  if (rows.length === 0) return { ok: true, file: { kind: 'empty', input } };
  const first = rows[0];
  const kind = isObject(first) ? MARKERS.find(([, key]) => key in first)?.[0] : undefined;
  if (kind === undefined) {
    return {
      ok: false,
      diagnostics: [
        input.problem(rowPath(0), {
          code: 'interop/unknown-records',
          message: 'not a Legistar response overrule reads',
          hint: 'give the JSON of /officerecords, /persons, /bodies, /events, /events/{id}/eventitems or /eventitems/{id}/votes',
        }),
      ],
    };
  }
  const diagnostics: Diagnostic[] = [];
  const reader = new FieldReader(input, diagnostics);
  const read = <T>(make: (row: Readonly<Record<string, unknown>>, at: RecordPlace) => T): T[] => {
    const out: T[] = [];
    rows.forEach((row, index) => {
      const at = { input, path: rowPath(index) };
      if (!isObject(row) || !(markerOf(kind) in row)) {
        diagnostics.push(
          input.problem(at.path, {
            code: 'interop/field',
            message: `record ${index + 1} is not like the first (${markerOf(kind)} expected)`,
          }),
        );
        return;
      }
      out.push(make(row, at));
    });
    return out;
  };
  const file = ((): LegistarFile => {
    switch (kind) {
      case 'office-records':
        return { kind, input, rows: read((r, at) => reader.officeRecord(r, at)) };
      case 'persons':
        return { kind, input, rows: read((r, at) => reader.person(r, at)) };
      case 'votes':
        return { kind, input, rows: read((r, at) => reader.vote(r, at)) };
      case 'event-items':
        return { kind, input, rows: read((r, at) => reader.eventItem(r, at)) };
      case 'events':
        return { kind, input, rows: read((r, at) => reader.event(r, at)) };
      case 'bodies':
        return { kind, input, rows: read((r, at) => reader.body(r, at)) };
    }
  })();
  return diagnostics.length > 0 ? { ok: false, diagnostics } : { ok: true, file };
}

function markerOf(kind: LegistarFileKind): string {
  return MARKERS.find(([k]) => k === kind)?.[1] ?? '';
}

function isObject(value: unknown): value is Readonly<Record<string, unknown>> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

type Row = Readonly<Record<string, unknown>>;

/** Reads typed fields of records, reporting each one that is missing or of the wrong type. */
class FieldReader {
  readonly #input: JsonInput;
  readonly #diagnostics: Diagnostic[];

  constructor(input: JsonInput, diagnostics: Diagnostic[]) {
    this.#input = input;
    this.#diagnostics = diagnostics;
  }

  officeRecord(r: Row, at: RecordPlace): OfficeRecord {
    return {
      at,
      id: this.#integer(r, at, 'OfficeRecordId'),
      personId: this.#integer(r, at, 'OfficeRecordPersonId'),
      bodyId: this.#integer(r, at, 'OfficeRecordBodyId'),
      bodyName: this.#text(r, at, 'OfficeRecordBodyName'),
      firstName: this.#text(r, at, 'OfficeRecordFirstName'),
      lastName: this.#text(r, at, 'OfficeRecordLastName'),
      fullName: this.#text(r, at, 'OfficeRecordFullName'),
      title: this.#text(r, at, 'OfficeRecordTitle'),
      start: this.#date(r, at, 'OfficeRecordStartDate', true) ?? '',
      end: this.#date(r, at, 'OfficeRecordEndDate', false),
    };
  }

  person(r: Row, at: RecordPlace): PersonRecord {
    return {
      at,
      id: this.#integer(r, at, 'PersonId'),
      fullName: this.#text(r, at, 'PersonFullName'),
      firstName: this.#text(r, at, 'PersonFirstName'),
      lastName: this.#text(r, at, 'PersonLastName'),
    };
  }

  vote(r: Row, at: RecordPlace): VoteRecord {
    return {
      at,
      eventItemId: this.#integer(r, at, 'VoteEventItemId'),
      personId: this.#optionalInteger(r, at, 'VotePersonId'),
      personName: this.#text(r, at, 'VotePersonName'),
      value: this.#text(r, at, 'VoteValueName'),
    };
  }

  eventItem(r: Row, at: RecordPlace): EventItemRecord {
    return {
      at,
      id: this.#integer(r, at, 'EventItemId'),
      eventId: this.#optionalInteger(r, at, 'EventItemEventId'),
      title: this.#text(r, at, 'EventItemTitle'),
      actionName: this.#text(r, at, 'EventItemActionName'),
      passedFlagName: this.#text(r, at, 'EventItemPassedFlagName'),
      tally: this.#text(r, at, 'EventItemTally'),
      matterFile: this.#text(r, at, 'EventItemMatterFile'),
    };
  }

  event(r: Row, at: RecordPlace): EventRecord {
    return {
      at,
      id: this.#integer(r, at, 'EventId'),
      date: this.#date(r, at, 'EventDate', true) ?? '',
      bodyId: this.#optionalInteger(r, at, 'EventBodyId'),
      bodyName: this.#text(r, at, 'EventBodyName'),
      inSiteUrl: this.#text(r, at, 'EventInSiteURL'),
    };
  }

  body(r: Row, at: RecordPlace): BodyRecord {
    return {
      at,
      id: this.#integer(r, at, 'BodyId'),
      name: this.#text(r, at, 'BodyName'),
      numberOfMembers: this.#optionalInteger(r, at, 'BodyNumberOfMembers'),
    };
  }

  #report(at: RecordPlace, key: string, expected: string, value: unknown): void {
    const present = value !== undefined;
    this.#diagnostics.push(
      this.#input.problem(present ? [...at.path, key] : at.path, {
        code: 'interop/field',
        message: present
          ? `${key} is ${JSON.stringify(value)}, not ${expected}`
          : `the record has no ${key}`,
        params: { field: key },
      }),
    );
  }

  #integer(r: Row, at: RecordPlace, key: string): number {
    const value = r[key];
    if (typeof value === 'number' && Number.isSafeInteger(value)) return value;
    this.#report(at, key, 'a whole number', value);
    return 0;
  }

  #optionalInteger(r: Row, at: RecordPlace, key: string): number | null {
    const value = r[key];
    if (value === null || value === undefined) return null;
    return this.#integer(r, at, key);
  }

  /** Text as one clean line (see cleanText); null for null, a missing field or blank text. */
  #text(r: Row, at: RecordPlace, key: string): string | null {
    const value = r[key];
    if (value === null || value === undefined) return null;
    if (typeof value !== 'string') {
      this.#report(at, key, 'text', value);
      return null;
    }
    const cleaned = cleanText(value);
    return cleaned === '' ? null : cleaned;
  }

  /** `2012-07-01T00:00:00` → `2012-07-01`; the wall-clock date Legistar gives, never shifted. */
  #date(r: Row, at: RecordPlace, key: string, required: boolean): string | null {
    const value = r[key];
    if ((value === null || value === undefined) && !required) return null;
    const match = typeof value === 'string' ? /^(\d{4}-\d{2}-\d{2})(?:T|$)/.exec(value) : null;
    const date = match?.[1];
    if (date === undefined || !isCalendarDate(date)) {
      this.#report(at, key, 'a date (YYYY-MM-DDThh:mm:ss)', value);
      return null;
    }
    return date;
  }
}

/** Whether `YYYY-MM-DD` names a real day. */
export function isCalendarDate(date: string): boolean {
  const day = new Date(`${date}T00:00:00Z`);
  return !Number.isNaN(day.getTime()) && day.toISOString().slice(0, 10) === date;
}
