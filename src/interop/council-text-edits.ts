import { isMap, isScalar, isSeq, type Node, type Pair, type YAMLMap } from 'yaml';
import { InvariantError } from '../basics/assert.js';
import type { TextEdit, TextRange } from '../fmt/edits.js';
import type { Member } from '../model/council.js';
import { sameData } from './check-output.js';
import { renderBlockMap, renderListItem, renderScalar, type YamlValue } from './yaml-text.js';

/**
 * Text edits to a council file for `--into`, each on the smallest range:
 * a scalar replaced, a line added or removed, a block list or mapping
 * rebuilt from the ranges of its kept entries (which keep their comments
 * and layout) and new text in the form of the others.
 */

export function pairOf(map: YAMLMap, key: string): Pair | undefined {
  return map.items.find((p) => isScalar(p.key) && p.key.value === key);
}

export /** Plans text edits for a council file: only the ranges it is asked to change. */
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
        persons: persons,
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
          ? this.#flowPairRange(item, keyRange[0], toRange[1])
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

  /** A pair of a flow mapping with the comma that joins it to the others: `, to: X` or `to: X, `. */
  #flowPairRange(map: YAMLMap, keyStart: number, valueEnd: number): TextRange {
    const before = this.#text.lastIndexOf(',', keyStart);
    if (before > (map.range?.[0] ?? 0)) return { start: before, end: valueEnd };
    const after = this.#text.indexOf(',', valueEnd);
    if (after === -1) return { start: keyStart, end: valueEnd };
    let end = after + 1;
    while (this.#text[end] === ' ') end++;
    return { start: keyStart, end };
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
