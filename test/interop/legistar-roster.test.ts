import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { JsonInput, parseJsonInput } from '../../src/interop/json-input.js';
import {
  readLegistarFile,
  type OfficeRecord,
  type PersonRecord,
} from '../../src/interop/legistar-records.js';
import { buildRoster, type Roster, type RosterOptions } from '../../src/interop/legistar-roster.js';

const FIXTURES = new URL('../fixtures/interop/legistar/', import.meta.url);

function rowsOf<K extends 'office-records' | 'persons'>(
  kind: K,
  json: unknown,
): K extends 'office-records' ? OfficeRecord[] : PersonRecord[] {
  const read = readLegistarFile(new JsonInput(`${kind}.json`, JSON.stringify(json), json));
  if (!read.ok || read.file.kind !== kind) throw new Error(`not ${kind}`);
  return read.file.rows as never;
}

function fixtureRows<K extends 'office-records' | 'persons'>(kind: K, name: string) {
  const parsed = parseJsonInput(name, readFileSync(new URL(name, FIXTURES), 'utf8'));
  if (!parsed.ok) throw new Error(name);
  return rowsOf(kind, parsed.input.data);
}

function roster(
  records: readonly OfficeRecord[],
  persons: readonly PersonRecord[] = [],
  options: RosterOptions = {},
): Roster {
  const outcome = buildRoster(records, new Map(persons.map((p) => [p.id, p])), options);
  if (!outcome.ok) throw new Error(JSON.stringify(outcome));
  return outcome.roster;
}

/** `id from..to role` of each entry. */
function lines(r: Roster): string[] {
  return r.entries.map(
    (e) =>
      `${e.member.id} ${e.member.from}..${e.member.to ?? ''}${e.member.role === undefined ? '' : ` ${e.member.role}`}`,
  );
}

/** An office record as Legistar writes one; Milwaukee-style unless told otherwise. */
function record(
  id: number,
  personId: number,
  start: string,
  end: string | null,
  more: Record<string, unknown> = {},
): Record<string, unknown> {
  return {
    OfficeRecordId: id,
    OfficeRecordPersonId: personId,
    OfficeRecordBodyId: 5,
    OfficeRecordBodyName: 'COMMON COUNCIL',
    OfficeRecordFirstName: 'Robert',
    OfficeRecordLastName: 'Bauman',
    OfficeRecordFullName: 'ALD. BAUMAN',
    OfficeRecordTitle: 'Ald.',
    OfficeRecordStartDate: `${start}T00:00:00`,
    OfficeRecordEndDate: end === null ? null : `${end}T00:00:00`,
    ...more,
  };
}

describe('the Vienna office records (body 138, 46 records, 22 people)', () => {
  const records = fixtureRows('office-records', 'vienna-va_officerecords_138.json');
  const persons = fixtureRows('persons', 'vienna-va_persons.json');

  it('give one entry per person and term, a second entry after a real gap', () => {
    const r = roster(records, persons);
    expect(r.bodyId).toBe(138);
    expect(r.entries).toHaveLength(32);
    expect(new Set(r.entries.map((e) => e.personId)).size).toBe(22);
    // Springsteen's records overlap (2013-2024 holds 2017-2019 and 2021-2022),
    // then leave 2024-01-02..07 and 2026-01-01 uncovered.
    expect(lines(r).filter((l) => l.startsWith('howard-springsteen'))).toEqual([
      'howard-springsteen 2013-07-01..2024-01-01',
      'howard-springsteen-2024 2024-01-08..2025-12-31',
      'howard-springsteen-2026 2026-01-02..2027-12-31',
    ]);
    const second = r.entries.find((e) => e.member.id === 'howard-springsteen-2024');
    expect(second?.member.notes).toBe(
      "Returns after a gap in Legistar's office records: not in office from 2024-01-02 to 2024-01-07.",
    );
    expect(r.entries.find((e) => e.member.id === 'edythe-kelleher-2014')?.member.notes).toBe(
      "Returns after a gap in Legistar's office records: not in office on 2014-07-01.",
    );
  });

  it('with --join-gaps 7, one entry per person, each joined gap in a note', () => {
    const r = roster(records, persons, { joinGapDays: 7 });
    expect(r.entries).toHaveLength(22);
    expect(r.entries.find((e) => e.member.id === 'jessica-ramakis')?.member).toEqual({
      id: 'jessica-ramakis',
      name: 'Jessica Ramakis',
      from: '2024-01-08',
      to: '2027-12-31',
      notes:
        "Legistar's office records leave 2026-01-01 uncovered; joined as one term (--join-gaps 7).",
    });
  });

  it('takes names from the person record, ids from first and last names', () => {
    const r = roster(records, persons, { joinGapDays: 7 });
    const byId = new Map(r.entries.map((e) => [e.member.id, e.member.name]));
    expect(byId.get('ray-brill')).toBe('Ray Brill Jr.');
    expect(byId.get('mike-polychrones')).toBe('Michael J. Polychrones');
    // "Doug Francis " in Legistar, with a trailing space
    expect(byId.get('doug-francis')).toBe('Doug Francis');
  });

  it('gives a role only when every merged record has the title; else a note', () => {
    const r = roster(records, persons, { joinGapDays: 7 });
    const dirocco = r.entries.find((e) => e.member.id === 'laurie-dirocco')?.member;
    expect([dirocco?.role, dirocco?.notes]).toEqual(['mayor', undefined]);
    const colbert = r.entries.find((e) => e.member.id === 'linda-colbert')?.member;
    expect(colbert?.role).toBeUndefined();
    expect(colbert?.notes).toContain(
      "Legistar's titles for this term: Council Member 2014-07-02 to 2016-06-30; Mayor 2016-07-01 to 2024-01-01;",
    );
  });

  it('keeps, with --since, only the terms in force on or after the day', () => {
    const r = roster(records, persons, { since: '2024-01-02', joinGapDays: 7 });
    expect(lines(r)).toEqual([
      'chuck-anderson 2024-01-08..2027-12-31',
      'howard-springsteen 2024-01-08..2027-12-31',
      'jessica-ramakis 2024-01-08..2027-12-31',
      'linda-colbert 2024-01-08..2027-12-31',
      'ray-brill 2024-01-08..2025-12-31',
      'roy-baldwin 2024-01-08..2027-12-31',
      'sandra-allen 2024-01-08..2025-12-31',
      'dann-nash 2026-01-02..2027-12-31',
      'doug-francis 2026-01-02..2027-12-31',
    ]);
  });
});

describe('office records as other cities write them', () => {
  it('never names a member "ALD. BAUMAN": first and last names, or the person record', () => {
    const records = rowsOf('office-records', [
      record(1, 10, '2016-04-19', '2020-04-20'),
      record(2, 10, '2020-04-21', '2024-04-15'),
    ]);
    expect(roster(records).entries.map((e) => e.member.name)).toEqual(['Robert Bauman']);
    const persons = rowsOf('persons', [
      {
        PersonId: 10,
        PersonFullName: 'Robert J. Bauman',
        PersonFirstName: 'Robert',
        PersonLastName: 'Bauman',
      },
    ]);
    expect(roster(records, persons).entries.map((e) => e.member)).toEqual([
      { id: 'robert-bauman', name: 'Robert J. Bauman', from: '2016-04-19', to: '2024-04-15' },
    ]);
  });

  it('merges terms that touch or overlap by a day; "Ald." is no role, "President" is', () => {
    const records = rowsOf('office-records', [
      record(1, 10, '2016-04-19', '2020-04-21'),
      record(2, 10, '2020-04-21', '2024-04-16', { OfficeRecordTitle: 'President' }),
      record(3, 11, '2020-04-21', '2024-04-16', {
        OfficeRecordTitle: 'President',
        OfficeRecordFirstName: 'José',
        OfficeRecordLastName: 'Pérez',
      }),
    ]);
    expect(lines(roster(records))).toEqual([
      'robert-bauman 2016-04-19..2024-04-16',
      'jose-perez 2020-04-21..2024-04-16 president',
    ]);
  });

  it("leaves the seat vacant between one record's end and the next one's start", () => {
    const records = rowsOf('office-records', [
      record(1, 10, '2020-04-21', '2024-11-04', {
        OfficeRecordLastName: 'Brostoff',
        OfficeRecordFirstName: 'Jonathan',
      }),
      record(2, 12, '2025-04-04', null, {
        OfficeRecordLastName: 'Brower',
        OfficeRecordFirstName: 'Alex',
      }),
    ]);
    expect(lines(roster(records))).toEqual([
      'jonathan-brostoff 2020-04-21..2024-11-04',
      'alex-brower 2025-04-04..',
    ]);
  });

  it('never makes an id the schemas refuse', () => {
    const records = rowsOf('office-records', [
      record(1, 31, '2020-01-01', null, {
        OfficeRecordFirstName: null,
        OfficeRecordLastName: 'Constructor',
        OfficeRecordFullName: 'Constructor',
      }),
      record(2, 32, '2020-01-01', null, {
        OfficeRecordFirstName: null,
        OfficeRecordLastName: null,
        OfficeRecordFullName: '—',
      }),
    ]);
    expect(roster(records).entries.map((e) => e.member.id)).toEqual([
      'person-32',
      'constructor-31',
    ]);
  });

  it('makes two people of one name two ids, by person id', () => {
    const records = rowsOf('office-records', [
      record(1, 10, '2020-01-01', null),
      record(2, 20, '2020-01-01', null),
    ]);
    expect(roster(records).entries.map((e) => e.member.id)).toEqual([
      'robert-bauman-10',
      'robert-bauman-20',
    ]);
  });

  it('asks which body when the records hold several, and refuses a term that ends before it begins', () => {
    const records = rowsOf('office-records', [
      record(1, 10, '2020-01-01', null),
      record(2, 20, '2020-01-01', null, { OfficeRecordBodyId: 9, OfficeRecordBodyName: 'ZONING' }),
    ]);
    expect(buildRoster(records, new Map())).toEqual({
      ok: false,
      kind: 'choose-body',
      bodies: [
        { id: 5, name: 'COMMON COUNCIL', records: 1 },
        { id: 9, name: 'ZONING', records: 1 },
      ],
    });
    expect(lines(roster(records, [], { bodyId: 9 }))).toEqual(['robert-bauman 2020-01-01..']);

    const backwards = rowsOf('office-records', [record(7, 10, '2020-01-01', '2019-12-31')]);
    const outcome = buildRoster(backwards, new Map());
    expect(outcome.ok).toBe(false);
    if (outcome.ok || outcome.kind !== 'problems') return;
    expect(outcome.diagnostics.map((d) => [d.code, d.message, d.span?.start])).toEqual([
      [
        'interop/roster',
        'office record 7 ends (2019-12-31) before it begins (2020-01-01)',
        JSON.stringify([record(7, 10, '2020-01-01', '2019-12-31')]).indexOf('"2019-12-31T'),
      ],
    ]);
  });
});
