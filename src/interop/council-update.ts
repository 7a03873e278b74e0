import { isMap, parseAllDocuments } from 'yaml';
import { InvariantError } from '../basics/assert.js';
import { applyEdits, type TextEdit } from '../fmt/edits.js';
import { FORMAT_PARSE_OPTIONS } from '../fmt/yaml-options.js';
import type { Council, Member } from '../model/council.js';
import type { TypedDocumentOf } from '../model/typed-document.js';
import { sameData } from './check-output.js';
import { memberValue } from './documents.js';
import type { Roster, RosterEntry } from './legistar-roster.js';
import { foldName } from './names.js';
import { Editor, pairOf } from './council-text-edits.js';
import type { YamlValue } from './yaml-text.js';

export interface CouncilUpdate {
  readonly text: string;
  readonly council: Council;
  /** Member ids kept (terms updated where Legistar says otherwise), added and removed. */
  readonly kept: readonly string[];
  readonly changed: readonly string[];
  readonly added: readonly string[];
  readonly removed: readonly string[];
  /** Parts written anew because their layout could not be edited in place (flow style). */
  readonly rewritten: readonly string[];
}

/**
 * The members of an existing council file replaced by a Legistar roster,
 * everything else kept as it is, comments and layout included. A member
 * already in the file (found by Legistar person id, else by id or name with
 * an overlapping term) keeps its id, name, district, role, notes, sources,
 * comments and layout; only its `from` and `to` follow Legistar. New members
 * are added at the end in the form of the others; members Legistar does not
 * list are removed. `interop.legistar.persons` is kept in step (person ids
 * added by hand, such as a second id for one person, stay).
 */
export function updateCouncilMembers(
  council: TypedDocumentOf<'council'>,
  roster: Roster,
  options: { readonly seats?: number },
): CouncilUpdate {
  const text = council.doc.source.text;
  const parsed = parseAllDocuments(text, FORMAT_PARSE_OPTIONS);
  const doc = Array.isArray(parsed) ? parsed[council.doc.index] : undefined;
  const root = doc?.contents;
  if (doc === undefined || !isMap(root)) {
    throw new InvariantError(`${council.doc.source.file}: the council is not a mapping`);
  }
  const eol = /\r\n/.test(text) ? '\r\n' : '\n';
  const old = council.value;
  const oldPersons = old.interop?.legistar?.persons ?? {};
  const personIdsOf = (id: string): readonly number[] => {
    const ids = oldPersons[id];
    return ids === undefined ? [] : typeof ids === 'number' ? [ids] : ids;
  };

  // Which existing member each roster entry is.
  const taken = new Set<number>();
  const matchOf = new Map<RosterEntry, number>();
  for (const entry of roster.entries) {
    const candidates = old.members
      .map((m, index) => ({ m, index }))
      .filter(({ m, index }) => {
        if (taken.has(index)) return false;
        const ids = personIdsOf(m.id);
        if (ids.length > 0) return ids.includes(entry.personId);
        return m.id === entry.member.id || foldName(m.name) === foldName(entry.member.name);
      });
    const chosen =
      candidates.find(({ m }) => overlaps(m, entry.member)) ??
      candidates.find(({ m }) => m.id === entry.member.id);
    if (chosen !== undefined) {
      taken.add(chosen.index);
      matchOf.set(entry, chosen.index);
    }
  }

  // The new roster: existing members in their order, then new ones.
  const usedIds = new Set(old.members.filter((_, index) => taken.has(index)).map((m) => m.id));
  const updated = new Map<number, Member>();
  const added: { member: Member; personIds: readonly number[] }[] = [];
  const persons = new Map<number, readonly number[]>();
  for (const entry of roster.entries) {
    const index = matchOf.get(entry);
    if (index !== undefined) {
      const m = old.members[index];
      if (m === undefined) continue;
      updated.set(index, {
        ...withoutTo(m),
        from: entry.member.from,
        ...(entry.member.to === undefined ? {} : { to: entry.member.to }),
      });
      persons.set(index, union(personIdsOf(m.id), entry.personId));
      continue;
    }
    const id = freeId(entry.member, usedIds);
    usedIds.add(id);
    added.push({ member: { ...entry.member, id }, personIds: [entry.personId] });
  }
  const keptIndexes = [...updated.keys()].sort((a, b) => a - b);
  const members: Member[] = [
    ...keptIndexes.map((i) => updated.get(i)).filter((m): m is Member => m !== undefined),
    ...added.map((a) => a.member),
  ];
  const personsData: Record<string, number | readonly number[]> = {};
  for (const i of keptIndexes) {
    const m = updated.get(i);
    const ids = persons.get(i);
    if (m !== undefined && ids !== undefined) personsData[m.id] = single(ids);
  }
  for (const a of added) personsData[a.member.id] = single(a.personIds);

  const seats = options.seats ?? old.seats;
  const next: Council = {
    ...old,
    seats,
    members,
    interop: {
      ...old.interop,
      legistar: { ...old.interop?.legistar, persons: personsData },
    },
  };

  const edits: TextEdit[] = [];
  const rewritten: string[] = [];
  const editor = new Editor(text, eol, edits);
  if (seats !== old.seats) editor.replaceValue(root, 'seats', String(seats));
  const membersPair = pairOf(root, 'members');
  if (
    !editor.editList(
      membersPair,
      keptIndexes,
      updated,
      added.map((a) => memberValue(a.member)),
    )
  ) {
    editor.rewriteValue(membersPair, { members: members.map(memberValue) });
    rewritten.push('members');
  }
  if (!editor.editPersons(root, personsData)) {
    editor.rewriteValue(pairOf(root, 'interop'), {
      interop: {
        legistar: {
          vote_values: next.interop?.legistar?.vote_values,
          persons: personsData as YamlValue,
        },
      },
    });
    rewritten.push('interop');
  }
  const out = applyEdits(text, edits) + editor.tail;

  const check = parseAllDocuments(out, FORMAT_PARSE_OPTIONS);
  const again = Array.isArray(check) ? check[council.doc.index] : undefined;
  if (again === undefined || again.errors.length > 0 || !sameData(again.toJS(), next)) {
    throw new InvariantError(
      `${council.doc.source.file}: updating the members in place would change more than the members`,
    );
  }
  const changed = keptIndexes.filter((i) => {
    const before = old.members[i];
    const after = updated.get(i);
    return (
      before !== undefined &&
      after !== undefined &&
      (before.from !== after.from || before.to !== after.to)
    );
  });
  return {
    text: out,
    council: next,
    kept: keptIndexes.map((i) => updated.get(i)?.id ?? ''),
    changed: changed.map((i) => updated.get(i)?.id ?? ''),
    added: added.map((a) => a.member.id),
    removed: old.members.filter((_, i) => !taken.has(i)).map((m) => m.id),
    rewritten,
  };
}

/** A member's entry without its `to`, to be given the roster's. */
function withoutTo(member: Member): Omit<Member, 'to'> {
  return Object.fromEntries(Object.entries(member).filter(([key]) => key !== 'to')) as Omit<
    Member,
    'to'
  >;
}

function overlaps(a: Member, b: Member): boolean {
  return (a.to === undefined || b.from <= a.to) && (b.to === undefined || a.from <= b.to);
}

function union(ids: readonly number[], id: number): readonly number[] {
  return ids.includes(id) ? ids : [...ids, id];
}

function single(ids: readonly number[]): number | readonly number[] {
  return ids.length === 1 && ids[0] !== undefined ? ids[0] : ids;
}

/** The entry's id, or one made free by its first year, first day, or person. */
function freeId(member: Member, used: ReadonlySet<string>): string {
  const year = member.from.slice(0, 4);
  return (
    [member.id, `${member.id}-${year}`, `${member.id}-${member.from}`].find(
      (id) => !used.has(id),
    ) ?? `${member.id}-${member.from}-${used.size}`
  );
}
