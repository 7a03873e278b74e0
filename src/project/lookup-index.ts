import { join } from 'node:path';
import { readIndexText, stampOf, type Stamp } from '../load/index-file.js';

/** What an index is made for: only an index made by the same overrule, with the same walk, is used. */
export interface IndexOptions {
  /** overrule's version: another version may read files differently. */
  readonly version: string;
}

/** Bumped whenever what the index holds, or what it means, changes. */
const FORMAT = 1;

/** A file's stamp as the index keeps it: size, modification time (ns), inode. */
type FileStamp = readonly [size: number, mtime: string, ino: string];

/** A file the index names: one that defines a council, directive or ordinance, or one not read cleanly. */
export interface IndexedFile {
  /** Its path from the council's folder, as the walk names it. */
  readonly path: string;
  /** Its place in path order (0 for the first file of the walk). */
  readonly at: number;
  readonly stamp: FileStamp;
}

/** A folder the walk went through. */
export interface IndexedFolder {
  /** Its path from the council's folder ('' for that folder). */
  readonly path: string;
  readonly mtime: string;
  /** How many files came before it in path order: a file added to it comes after these. */
  readonly after: number;
  /** Its `.overruleignore`'s stamp, when it has one. */
  readonly ignoreFile?: FileStamp | undefined;
}

/**
 * The look-up index of a council's folder (`.overrule/index.json`): where
 * the first `scanned` files of the folder's walk, in path order, define
 * councils, directives and ordinances, enough to find the first document of
 * an id without reading the tree. See openIndex for when it is believed.
 */
export interface LookupIndex {
  readonly format: number;
  readonly version: string;
  /** The council's folder, symbolic links resolved. */
  readonly root: string;
  /** The `--ignore` patterns of the walk. */
  readonly ignore: readonly string[];
  /** The file system's time before the tree was read (see IndexWrite). */
  readonly stamp: string;
  /** How many files the walk found. */
  readonly total: number;
  /** How many of them, from the first in path order, were read. */
  readonly scanned: number;
  /** Every folder the walk went through, in path order. */
  readonly folders: readonly IndexedFolder[];
  /** The files named below, in path order. */
  readonly files: readonly IndexedFile[];
  /** `kind:id` → the files (places in `files`) holding a valid document of that kind and id. */
  readonly defines: Readonly<Record<string, readonly number[]>>;
  /** The files (places in `files`) that could not be read, or not cleanly: they may hold anything. */
  readonly opaque: readonly number[];
  /** Folders that the search for the council's folder looked at: path, mtime, whether it holds a council. */
  readonly councilFolders: readonly (readonly [path: string, mtime: string, holds: boolean])[];
  /** The size cap those answers were found with (a larger file is not looked into). */
  readonly councilCap?: number;
}

export function defineKey(kind: string, id: string): string {
  return `${kind}:${id}`;
}

/** The ids of a kind in a `defines` map, in the path order of the first file defining each. */
export function idsOfKind(defines: ReadonlyMap<string, readonly number[]>, kind: string): string[] {
  const prefix = defineKey(kind, '');
  return [...defines]
    .filter(([key]) => key.startsWith(prefix))
    .map(([key, places]) => ({ id: key.slice(prefix.length), first: Math.min(...places) }))
    .sort((a, b) => a.first - b.first)
    .map((entry) => entry.id);
}

export function fileStamp(stamp: Stamp): FileStamp {
  return [stamp.size, stamp.mtime, stamp.ino];
}

/** A verified index, and the files of it still to be checked when they are used. */
export class OpenIndex {
  readonly data: LookupIndex;
  readonly #root: string;
  readonly #stamp: bigint;
  /** How many of `files`, from the first, have been found unchanged. */
  #checked = 0;

  constructor(data: LookupIndex, root: string) {
    this.data = data;
    this.#root = root;
    this.#stamp = BigInt(data.stamp);
  }

  /** The file system's time before the tree was read for the index. */
  get stamp(): bigint {
    return this.#stamp;
  }

  /** Whether the index covers every file of the walk. */
  get complete(): boolean {
    return this.data.scanned === this.data.total;
  }

  /** The ids of a kind the index's files define, in path order. */
  ids(kind: string): string[] {
    return idsOfKind(new Map(Object.entries(this.data.defines)), kind);
  }

  /** The files, in path order, that may hold the first document of a kind and id. */
  candidates(kind: string, id: string): IndexedFile[] {
    const places = [...(this.data.defines[defineKey(kind, id)] ?? []), ...this.data.opaque];
    return [...new Set(places)]
      .sort((a, b) => a - b)
      .map((place) => this.data.files[place])
      .filter((file) => file !== undefined);
  }

  /**
   * Whether every file the index names, up to the place `at` in path order,
   * is as it was when it was read: none of them now holds another id, or
   * holds it other than cleanly, ahead of what the index says.
   */
  unchangedThrough(at: number): boolean {
    const files = this.data.files;
    for (let file = files[this.#checked]; file !== undefined && file.at <= at;) {
      if (!this.matches(join(this.#root, file.path), file.stamp)) return false;
      file = files[++this.#checked];
    }
    return true;
  }

  /** Whether a path's stamp is the one recorded, recorded before the tree was read. */
  matches(path: string, recorded: FileStamp, isDirectory = false): boolean {
    const now = stampOf(path);
    return (
      now !== undefined &&
      now.isDirectory === isDirectory &&
      now.size === recorded[0] &&
      now.mtime === recorded[1] &&
      (isDirectory || now.ino === recorded[2]) &&
      BigInt(recorded[1]) < this.#stamp
    );
  }

  /** Whether a folder's entries are as they were when it was read. */
  folderUnchanged(path: string, mtime: string): boolean {
    const now = stampOf(join(this.#root, path));
    return now?.isDirectory === true && now.mtime === mtime && BigInt(mtime) < this.#stamp;
  }
}

/**
 * The index of a council's folder, when there is one that can be believed:
 * made by this version of overrule for the same folder (not a copy) and the
 * same `--ignore` patterns, and with every folder that can matter (those
 * the read files are in, or all of them once every file was read) and every
 * `.overruleignore` in them as they were. A folder's modification time
 * changes whenever an entry is added, removed or renamed in it, so the walk
 * would find the same files in the same order. The files the index names
 * are checked when they are used (OpenIndex.unchanged); the others are taken
 * to be as they were. Anything else, a missing or corrupt index included,
 * is undefined: the caller walks the tree instead.
 */
export function openIndex(
  root: string,
  realRoot: string,
  ignore: readonly string[],
  options: IndexOptions,
): OpenIndex | undefined {
  const text = readIndexText(root);
  if (text === undefined) return undefined;
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    return undefined;
  }
  if (!isLookupIndex(data)) return undefined;
  if (data.format !== FORMAT || data.version !== options.version || data.root !== realRoot) {
    return undefined;
  }
  if (data.ignore.length !== ignore.length || data.ignore.some((p, i) => p !== ignore[i])) {
    return undefined;
  }
  const index = new OpenIndex(data, root);
  const all = index.complete;
  for (const folder of data.folders) {
    if (!all && folder.after >= data.scanned) continue;
    if (!index.folderUnchanged(folder.path, folder.mtime)) return undefined;
    const ignoreFile = folder.ignoreFile;
    if (ignoreFile !== undefined) {
      if (!index.matches(join(root, folder.path, '.overruleignore'), ignoreFile)) return undefined;
    }
  }
  return index;
}

/** A new index's header: what it is made for. */
export function indexHeader(
  realRoot: string,
  ignore: readonly string[],
  options: IndexOptions,
  stamp: bigint,
): Pick<LookupIndex, 'format' | 'version' | 'root' | 'ignore' | 'stamp'> {
  return { format: FORMAT, version: options.version, root: realRoot, ignore, stamp: `${stamp}` };
}

/** The stamp of a file or folder as the index keeps it; undefined when it is gone. */
export function stampForIndex(path: string): FileStamp | undefined {
  const stamp = stampOf(path);
  return stamp === undefined ? undefined : fileStamp(stamp);
}

function isLookupIndex(value: unknown): value is LookupIndex {
  if (typeof value !== 'object' || value === null) return false;
  const v = value as Record<string, unknown>;
  return (
    typeof v['format'] === 'number' &&
    typeof v['version'] === 'string' &&
    typeof v['root'] === 'string' &&
    isArrayOf(v['ignore'], (p) => typeof p === 'string') &&
    typeof v['stamp'] === 'string' &&
    /^[0-9]+$/.test(v['stamp']) &&
    isCount(v['total']) &&
    isCount(v['scanned']) &&
    isArrayOf(v['folders'], isIndexedFolder) &&
    isArrayOf(v['files'], isIndexedFile) &&
    isRecordOf(v['defines'], (places) => isArrayOf(places, isCount)) &&
    isArrayOf(v['opaque'], isCount) &&
    isArrayOf(
      v['councilFolders'],
      (f) =>
        Array.isArray(f) &&
        f.length === 3 &&
        typeof f[0] === 'string' &&
        isTime(f[1]) &&
        typeof f[2] === 'boolean',
    ) &&
    (v['councilCap'] === undefined || isCount(v['councilCap']))
  );
}

function isIndexedFolder(value: unknown): boolean {
  if (typeof value !== 'object' || value === null) return false;
  const v = value as Record<string, unknown>;
  return (
    typeof v['path'] === 'string' &&
    isTime(v['mtime']) &&
    isCount(v['after']) &&
    (v['ignoreFile'] === undefined || isFileStamp(v['ignoreFile']))
  );
}

function isIndexedFile(value: unknown): boolean {
  if (typeof value !== 'object' || value === null) return false;
  const v = value as Record<string, unknown>;
  return typeof v['path'] === 'string' && isCount(v['at']) && isFileStamp(v['stamp']);
}

function isFileStamp(value: unknown): boolean {
  return (
    Array.isArray(value) &&
    value.length === 3 &&
    isCount(value[0]) &&
    isTime(value[1]) &&
    typeof value[2] === 'string'
  );
}

function isTime(value: unknown): boolean {
  return typeof value === 'string' && /^[0-9]+$/.test(value);
}

function isCount(value: unknown): boolean {
  return typeof value === 'number' && Number.isSafeInteger(value) && value >= 0;
}

function isArrayOf(value: unknown, item: (v: unknown) => boolean): boolean {
  return Array.isArray(value) && value.every(item);
}

function isRecordOf(value: unknown, item: (v: unknown) => boolean): boolean {
  return (
    typeof value === 'object' &&
    value !== null &&
    !Array.isArray(value) &&
    Object.values(value).every(item)
  );
}
