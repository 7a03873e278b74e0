/** A path into a document's data, as in a JSON pointer: keys and list indexes. */
export type DataPath = readonly (string | number)[];

/** Which part of a `key: value` pair a finding points at. */
export type PathPart = 'key' | 'value';

/** A place in a document named by its data: the node at `path`, its key or its value. */
export interface DataAddress {
  readonly path: DataPath;
  readonly part: PathPart;
}

/** A place in another file, already known: its `file:line` (the file alone without a line). */
export interface FilePlace {
  readonly file: string;
  readonly line: number | undefined;
}

/** A place a finding's message names: in the same document by data path, or in another file. */
export type RelatedPlace = DataAddress | FilePlace;

/** The document a finding is about: its file, and its place among the file's documents. */
export interface DocumentPlace {
  readonly source: { readonly file: string };
  /** 0-based position of the document in its file. */
  readonly index: number;
  /** How many documents the file holds. */
  readonly count: number;
}

/**
 * Text that only the printing layer can write, because it needs positions:
 * a finding's message, hint or parameters may hold these markers, which
 * `fillMarkers` replaces once the finding's places are known.
 *
 * - `relatedMarker(i)`: the `file:line` of the finding's i-th related place;
 * - `writtenMarker(fallback)`: the source text of the node the finding points
 *   at, as written (`0012`, `.inf`), or `fallback` when it has none.
 */
export function relatedMarker(index: number): string {
  return `\u0000related:${index}\u0000`;
}

export function writtenMarker(fallback: string): string {
  return `\u0000written:${fallback}\u0000`;
}

// eslint-disable-next-line no-control-regex -- the markers are delimited by NUL, which no finding's text holds
const MARKER = /\u0000(related|written):([^\u0000]*)\u0000/g;

/** Whether a text holds markers still to fill. */
export function holdsMarkers(text: string): boolean {
  return text.includes('\u0000');
}

/** A text with its markers filled: `related(i)` gives a related place, `written()` the node's text. */
export function fillMarkers(
  text: string,
  fill: { readonly related: (index: number) => string; readonly written: () => string | undefined },
): string {
  if (!holdsMarkers(text)) return text;
  return text.replace(MARKER, (_, kind: string, argument: string) =>
    kind === 'related' ? fill.related(Number(argument)) : (fill.written() ?? argument),
  );
}
