import type { Diagnostic } from '../diagnostics/diagnostic.js';
import type { IsoDate } from '../model/common.js';
import type { Member } from '../model/council.js';
import type { OfficeRecord, PersonRecord } from './legistar-records.js';
import { addDays, foldName, slugOf, withoutTitles } from './names.js';

export interface RosterOptions {
  /** The body whose records to read, when the records hold several. */
  readonly bodyId?: number;
  /** Keep only terms in force on or after this day. */
  readonly since?: IsoDate;
  /** Join one person's terms separated by at most this many days uncovered (default 0). */
  readonly joinGapDays?: number;
}

/** One member entry of the roster, with the Legistar records it was made from. */
export interface RosterEntry {
  readonly member: Member;
  readonly personId: number;
  /** The OfficeRecordIds merged into this entry, in date order. */
  readonly recordIds: readonly number[];
}

export interface Roster {
  readonly bodyId: number;
  readonly bodyName: string | null;
  /** In the order of their first day, then by name. */
  readonly entries: readonly RosterEntry[];
}

export type RosterOutcome =
  | { readonly ok: true; readonly roster: Roster }
  /** The records hold several bodies and none was chosen: a question for the user. */
  | {
      readonly ok: false;
      readonly kind: 'choose-body';
      readonly bodies: readonly { id: number; name: string | null; records: number }[];
    }
  | { readonly ok: false; readonly kind: 'problems'; readonly diagnostics: readonly Diagnostic[] };

/** Office titles that make no role: an ordinary member's. */
const MEMBER_TITLES = new Set(
  [
    'member',
    'council member',
    'councilmember',
    'councilman',
    'councilwoman',
    'councillor',
    'councilor',
    'ald',
    'alder',
    'alderman',
    'alderwoman',
    'alderperson',
    'supervisor',
    'trustee',
    'commissioner',
  ].map(foldName),
);

/**
 * Builds a council roster from Legistar office records: one entry per person
 * with their contiguous terms merged (terms that touch, overlap, or leave at
 * most `joinGapDays` days uncovered). A real gap starts a second entry, with
 * a note. Names come from the person record where there is one, else from
 * the first and last names (never from OfficeRecordFullName alone, which
 * may read `ALD. BAUMAN`).
 */
export function buildRoster(
  records: readonly OfficeRecord[],
  persons: ReadonlyMap<number, PersonRecord>,
  options: RosterOptions = {},
): RosterOutcome {
  const bodies = new Map<number, { id: number; name: string | null; records: number }>();
  for (const r of records) {
    const body = bodies.get(r.bodyId) ?? { id: r.bodyId, name: r.bodyName, records: 0 };
    body.records++;
    bodies.set(r.bodyId, body);
  }
  const bodyId = options.bodyId ?? (bodies.size === 1 ? [...bodies.keys()][0] : undefined);
  if (bodyId === undefined) {
    return { ok: false, kind: 'choose-body', bodies: [...bodies.values()] };
  }
  const ofBody = records.filter((r) => r.bodyId === bodyId);
  const first = records[0];
  if (ofBody.length === 0 || first === undefined) {
    return problems([
      noRoster(records, `no office records of body ${bodyId}`, [...bodies.values()]),
    ]);
  }

  const diagnostics: Diagnostic[] = [];
  for (const r of ofBody) {
    if (r.end !== null && r.end < r.start) {
      diagnostics.push(
        r.at.input.problem([...r.at.path, 'OfficeRecordEndDate'], {
          code: 'interop/roster',
          message: `office record ${r.id} ends (${r.end}) before it begins (${r.start})`,
          hint: 'correct the record in Legistar, or leave it out with --since',
        }),
      );
    }
  }
  if (diagnostics.length > 0) return problems(diagnostics);

  const since = options.since;
  const kept =
    since === undefined ? ofBody : ofBody.filter((r) => r.end === null || r.end >= since);
  if (kept.length === 0) {
    return problems([
      noRoster(
        ofBody,
        `no office record of body ${bodyId} is in force on or after ${since ?? ''}`,
        [],
      ),
    ]);
  }

  const byPerson = new Map<number, OfficeRecord[]>();
  for (const r of kept) byPerson.set(r.personId, [...(byPerson.get(r.personId) ?? []), r]);

  const joinGap = options.joinGapDays ?? 0;
  const people = [...byPerson.entries()].map(([personId, list]) => {
    const sorted = [...list].sort((a, b) => compare(a.start, b.start) || compareEnd(a.end, b.end));
    return { personId, terms: mergeTerms(sorted, joinGap), records: sorted };
  });

  const named = people.map((p) => ({ ...p, ...nameOf(p.records, persons.get(p.personId)) }));
  const baseCount = new Map<string, number>();
  for (const p of named) baseCount.set(p.base, (baseCount.get(p.base) ?? 0) + 1);

  const entries: RosterEntry[] = [];
  const usedIds = new Set<string>();
  for (const p of named) {
    const base = (baseCount.get(p.base) ?? 0) > 1 ? `${p.base}-${p.personId}` : p.base;
    p.terms.forEach((term, index) => {
      let id = index === 0 ? base : `${base}-${term.from.slice(0, 4)}`;
      if (usedIds.has(id)) id = `${base}-${term.from}`;
      usedIds.add(id);
      const previous = p.terms[index - 1];
      const notes = [
        ...(previous?.to == null
          ? []
          : [
              `Returns after a gap in Legistar's office records: not in office ${span(addDays(previous.to, 1), addDays(term.from, -1))}.`,
            ]),
        ...term.bridged.map(
          (gap) =>
            `Legistar's office records leave ${gap.from === gap.to ? gap.from : `${gap.from} to ${gap.to}`} uncovered; joined as one term (--join-gaps ${joinGap}).`,
        ),
        ...titleNote(term.records),
      ];
      const role = roleOf(term.records);
      entries.push({
        member: {
          id,
          name: p.name,
          from: term.from,
          ...(term.to === null ? {} : { to: term.to }),
          ...(role === undefined ? {} : { role }),
          ...(notes.length === 0 ? {} : { notes: notes.join(' ') }),
        },
        personId: p.personId,
        recordIds: term.records.map((r) => r.id),
      });
    });
  }
  entries.sort(
    (a, b) =>
      compare(a.member.from, b.member.from) ||
      compare(foldName(a.member.name), foldName(b.member.name)) ||
      compare(a.member.id, b.member.id),
  );
  return { ok: true, roster: { bodyId, bodyName: ofBody[0]?.bodyName ?? null, entries } };
}

interface Term {
  readonly from: string;
  /** Null: no end. */
  to: string | null;
  readonly records: OfficeRecord[];
  readonly bridged: { from: string; to: string }[];
}

/** One person's records in date order, merged into terms. */
function mergeTerms(records: readonly OfficeRecord[], joinGap: number): Term[] {
  const terms: Term[] = [];
  for (const r of records) {
    const current = terms[terms.length - 1];
    if (current !== undefined) {
      const reach = current.to === null ? null : addDays(current.to, 1 + joinGap);
      if (reach === null || r.start <= reach) {
        if (current.to !== null && r.start > addDays(current.to, 1)) {
          current.bridged.push({ from: addDays(current.to, 1), to: addDays(r.start, -1) });
        }
        current.to = current.to === null || r.end === null ? null : maxDate(current.to, r.end);
        current.records.push(r);
        continue;
      }
    }
    terms.push({ from: r.start, to: r.end, records: [r], bridged: [] });
  }
  return terms;
}

/** The member's name and the base of their id. */
function nameOf(
  records: readonly OfficeRecord[],
  person: PersonRecord | undefined,
): { name: string; base: string } {
  const latest = records[records.length - 1];
  const firstName = latest?.firstName ?? person?.firstName ?? null;
  const lastName = latest?.lastName ?? person?.lastName ?? null;
  const byParts = [firstName, lastName].filter((p): p is string => p !== null).join(' ');
  const personName = person?.fullName ?? null;
  const name =
    personName !== null && withoutTitles(personName) === personName
      ? personName
      : byParts !== ''
        ? byParts
        : (latest?.fullName ?? `Person ${String(latest?.personId ?? '')}`);
  const base = slugOf(firstName !== null && lastName !== null ? byParts : name);
  // `constructor` is no id (schemas refuse it): an empty or reserved slug gets the person id
  return {
    name,
    base:
      base === '' || base === 'constructor'
        ? `${base || 'person'}-${String(latest?.personId ?? 0)}`
        : base,
  };
}

/** The role a term's titles give (`Mayor` → `mayor`), when every record has the same one. */
function roleOf(records: readonly OfficeRecord[]): string | undefined {
  const roles = new Set(records.map((r) => roleOfTitle(r.title)));
  if (roles.size !== 1) return undefined;
  return [...roles][0] ?? undefined;
}

function roleOfTitle(title: string | null): string | null {
  if (title === null || MEMBER_TITLES.has(foldName(title))) return null;
  const slug = slugOf(title);
  return slug === '' ? null : slug;
}

/** When a term's records carry different titles, which title each gives and when. */
function titleNote(records: readonly OfficeRecord[]): string[] {
  if (new Set(records.map((r) => roleOfTitle(r.title))).size <= 1) return [];
  const parts = records.map((r) => `${r.title ?? 'no title'} ${r.start} to ${r.end ?? 'no end'}`);
  return [`Legistar's titles for this term: ${parts.join('; ')}.`];
}

function noRoster(
  records: readonly OfficeRecord[],
  message: string,
  bodies: readonly { id: number; name: string | null; records: number }[],
): Diagnostic {
  const where = records[0];
  const list = bodies.map((b) => `${b.id} (${b.name ?? 'no name'})`).join(', ');
  const init = {
    code: 'interop/no-roster' as const,
    message,
    ...(list === '' ? {} : { hint: `the records hold bodies ${list}` }),
  };
  return where === undefined
    ? { ...init, severity: 'error', file: '' }
    : where.at.input.problem(where.at.path, init);
}

function problems(diagnostics: readonly Diagnostic[]): RosterOutcome {
  return { ok: false, kind: 'problems', diagnostics };
}

/** `on 2014-07-01`, or `from 2024-01-02 to 2024-01-07`. */
function span(from: string, to: string): string {
  return from === to ? `on ${from}` : `from ${from} to ${to}`;
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** Null (no end) after every date. */
function compareEnd(a: string | null, b: string | null): number {
  if (a === b) return 0;
  if (a === null) return 1;
  if (b === null) return -1;
  return compare(a, b);
}

function maxDate(a: string, b: string): string {
  return a > b ? a : b;
}
