import {
  isMap,
  isScalar,
  isSeq,
  parseAllDocuments,
  type Node,
  type Pair,
  type YAMLMap,
} from 'yaml';
import { InvariantError } from '../basics/assert.js';
import { applyEdits, type TextEdit, type TextRange } from '../fmt/edits.js';
import { FORMAT_PARSE_OPTIONS } from '../fmt/yaml-options.js';
import type { Council, Member } from '../model/council.js';
import type { TypedDocumentOf } from '../model/typed-document.js';
import { sameData } from './check-output.js';
import { memberValue } from './documents.js';
import type { Roster, RosterEntry } from './legistar-roster.js';
import { foldName } from './names.js';
import { renderBlockMap, renderListItem, renderScalar, type YamlValue } from './yaml-text.js';

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
      const { to: _oldTo, ...rest } = m;
      updated.set(index, {
        ...rest,
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

function pairOf(map: YAMLMap, key: string): Pair | undefined {
  return map.items.find((p) => isScalar(p.key) && p.key.value === key);
}

/** Plans text edits for a council file: only the ranges it is asked to change. */
class Editor {
  readonly #text: string;
  readonly #eol: string;
  readonly #edits: TextEdit[];
  /** Text to add after the end of the file (edits cannot start there). */
  tail = '';

  constructor(text: string, eol: string, edits: TextEdit[]) {
    this.#text = text;
    this.#eol = eol;
    this.#edits = edits;
  }

  replaceValue(map: YAMLMap, key: string, value: string): void {
    const node = pairOf(map, key)?.value as Node | null | undefined;
    const range = node?.range;
    if (range == null) throw new InvariantError(`no ${key} to replace`);
    this.#edits.push({ type: 'replace', range: { start: range[0], end: range[1] }, text: value });
  }

  /**
   * Rebuilds a block list: kept items by index (their text, with `from`
   * and `to` edited in place), then new items in the form of the others.
   * False when the list is not a block list of mappings (then it is rewritten).
   */
  editList(
    pair: Pair | undefined,
    kept: readonly number[],
    updated: ReadonlyMap<number, Member>,
    added: readonly { readonly [key: string]: YamlValue | undefined }[],
  ): boolean {
    const seq = pair?.value as Node | null | undefined;
    if (pair === undefined || !isSeq(seq) || seq.flow === true || seq.items.length === 0) {
      return false;
    }
    const keyRange = (pair.key as Node).range;
    if (keyRange == null) return false;
    const items = seq.items as Node[];
    if (!items.every((item) => isMap(item) && item.range != null)) return false;
    const segments: TextRange[] = [];
    let start = this.#lineEnd(keyRange[1]);
    for (const item of items) {
      const end = this.#lineEnd(this.#contentEnd(item));
      segments.push({ start, end });
      start = end;
    }
    const firstItem = items[0];
    const indent = firstItem?.range == null ? 2 : this.#column(firstItem.range[0]) - 2;
    const flowItems = items.some((item) => isMap(item) && item.flow === true);
    const pieces: (string | TextRange)[] = [];
    for (const index of kept) {
      const item = items[index];
      const segment = segments[index];
      const member = updated.get(index);
      if (!isMap(item) || segment === undefined || member === undefined) return false;
      if (!this.#editTerm(item, member)) return false;
      pieces.push(segment);
    }
    for (const value of added) {
      pieces.push(this.#withEol(renderListItem(value, indent, flowItems ? 'flow' : 'block')));
    }
    const whole = { start: segments[0]?.start ?? 0, end: segments[segments.length - 1]?.end ?? 0 };
    this.#edits.push({ type: 'arrange', range: whole, pieces });
    return true;
  }

  /** Keeps `interop.legistar.persons` in step; false when it must be rewritten. */
  editPersons(
    root: YAMLMap,
    persons: Readonly<Record<string, number | readonly number[]>>,
  ): boolean {
    const value = (ids: number | readonly number[]): string =>
      typeof ids === 'number' ? String(ids) : `[${ids.join(', ')}]`;
    const interop = pairOf(root, 'interop');
    if (interop === undefined) {
      this.#insertAfter(root, 0, { interop: { legistar: { persons: persons as YamlValue } } });
      return true;
    }
    const interopMap = interop.value as Node | null;
    if (!isMap(interopMap) || interopMap.flow === true) return false;
    const legistar = pairOf(interopMap, 'legistar');
    if (legistar === undefined) {
      const indent = this.#keyColumn(interopMap);
      this.#insertAfter(interopMap, indent, { legistar: { persons: persons as YamlValue } });
      return true;
    }
    const legistarMap = legistar.value as Node | null;
    if (!isMap(legistarMap) || legistarMap.flow === true) return false;
    const personsPair = pairOf(legistarMap, 'persons');
    if (personsPair === undefined) {
      this.#insertAfter(legistarMap, this.#keyColumn(legistarMap), {
        persons: persons as YamlValue,
      });
      return true;
    }
    const map = personsPair.value as Node | null;
    if (!isMap(map) || map.flow === true || map.items.length === 0) return false;
    const keyRange = (personsPair.key as Node).range;
    if (keyRange == null) return false;
    const pieces: (string | TextRange)[] = [];
    let start = this.#lineEnd(keyRange[1]);
    const seen = new Set<string>();
    const indent = this.#keyColumn(map);
    let whole: TextRange | undefined;
    for (const pair of map.items) {
      const key = isScalar(pair.key) ? String(pair.key.value) : '';
      const node = pair.value as Node | null;
      if (node?.range == null) return false;
      const end = this.#lineEnd(this.#contentEnd(node));
      whole = { start: whole?.start ?? start, end };
      const ids = persons[key];
      if (ids !== undefined) {
        seen.add(key);
        const was = node.toJSON() as unknown;
        if (!sameData(was, ids)) {
          this.#edits.push({
            type: 'replace',
            range: { start: node.range[0], end: node.range[1] },
            text: value(ids),
          });
        }
        pieces.push({ start, end });
      }
      start = end;
    }
    for (const [key, ids] of Object.entries(persons)) {
      if (seen.has(key)) continue;
      pieces.push(
        `${' '.repeat(indent)}${renderScalar(key, 'flow', false)}: ${value(ids)}${this.#eol}`,
      );
    }
    if (whole === undefined) return false;
    this.#edits.push({ type: 'arrange', range: whole, pieces });
    return true;
  }

  /** Writes a key's value anew, in block form; the key's line and what is above it stay. */
  rewriteValue(
    pair: Pair | undefined,
    value: { readonly [key: string]: YamlValue | undefined },
  ): void {
    const keyRange = (pair?.key as Node | undefined)?.range;
    const node = pair?.value as Node | null | undefined;
    if (pair === undefined || keyRange == null || node?.range == null) {
      throw new InvariantError('no value to rewrite');
    }
    const start = this.#lineStart(keyRange[0]);
    const end = this.#lineEnd(this.#contentEnd(node));
    const text = renderBlockMap(value, keyRange[0] - start);
    this.#edits.push({ type: 'replace', range: { start, end }, text: this.#withEol(text) });
  }

  /** `from` and `to` of one member set to the roster's, in place. */
  #editTerm(item: YAMLMap, member: Member): boolean {
    const from = pairOf(item, 'from');
    const fromNode = from?.value as Node | null | undefined;
    if (from === undefined || fromNode?.range == null) return false;
    const fromRange = fromNode.range;
    if (fromNode.toJSON() !== member.from) {
      this.#edits.push({
        type: 'replace',
        range: { start: fromRange[0], end: fromRange[1] },
        text: member.from,
      });
    }
    const to = pairOf(item, 'to');
    const toNode = to?.value as Node | null | undefined;
    if (to !== undefined && toNode?.range != null) {
      const toRange = toNode.range;
      if (member.to !== undefined) {
        if (toNode.toJSON() !== member.to) {
          this.#edits.push({
            type: 'replace',
            range: { start: toRange[0], end: toRange[1] },
            text: member.to,
          });
        }
        return true;
      }
      const keyRange = (to.key as Node).range;
      if (keyRange == null) return false;
      const range =
        item.flow === true
          ? { start: this.#text.lastIndexOf(',', keyRange[0]), end: toRange[1] }
          : { start: this.#lineStart(keyRange[0]), end: this.#lineEnd(toRange[1]) };
      this.#edits.push({ type: 'replace', range, text: '' });
      return true;
    }
    if (member.to === undefined) return true;
    const keyRange = (from.key as Node).range;
    if (keyRange == null) return false;
    const at = item.flow === true ? fromRange[1] : this.#lineEnd(fromRange[1]);
    const text =
      item.flow === true
        ? `, to: ${member.to}`
        : `${' '.repeat(this.#column(keyRange[0]))}to: ${member.to}${this.#eol}`;
    this.#edits.push({ type: 'replace', range: { start: at, end: at }, text });
    return true;
  }

  #insertAfter(map: YAMLMap, indent: number, value: { readonly [key: string]: YamlValue }): void {
    const last = map.items[map.items.length - 1];
    const node = (last?.value ?? last?.key) as Node | null | undefined;
    const at = node?.range == null ? this.#text.length : this.#lineEnd(this.#contentEnd(node));
    const lead = at > 0 && this.#text[at - 1] !== '\n' ? this.#eol : '';
    const text = lead + this.#withEol(renderBlockMap(value, indent));
    if (at >= this.#text.length) this.tail += text;
    else this.#edits.push({ type: 'replace', range: { start: at, end: at }, text });
  }

  #keyColumn(map: YAMLMap): number {
    const first = map.items[0]?.key as Node | null | undefined;
    return first?.range == null ? 0 : this.#column(first.range[0]);
  }

  /** The end of a node's text, trailing spaces and line breaks left out. */
  #contentEnd(node: Node): number {
    let end = node.range?.[1] ?? 0;
    while (end > 0 && /\s/.test(this.#text.charAt(end - 1))) end--;
    return end;
  }

  #lineStart(offset: number): number {
    return this.#text.lastIndexOf('\n', offset - 1) + 1;
  }

  /** The offset after the line break that ends the line holding `offset`. */
  #lineEnd(offset: number): number {
    const next = this.#text.indexOf('\n', offset);
    return next === -1 ? this.#text.length : next + 1;
  }

  #column(offset: number): number {
    return offset - this.#lineStart(offset);
  }

  #withEol(text: string): string {
    return this.#eol === '\n' ? text : text.replace(/\n/g, this.#eol);
  }
}
