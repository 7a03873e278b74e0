import { realpathSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { beginIndexWrite, type IndexWrite } from '../load/index-file.js';
import { IGNORE_FILE } from '../load/ignore-rules.js';
import type { WalkedFolder } from '../load/walk.js';
import { isReferenced } from '../model/references.js';
import type { FileCheck } from './check-file.js';
import type { CouncilFolderAnswers } from './data-root.js';
import {
  defineKey,
  idsOfKind,
  indexHeader,
  stampForIndex,
  type IndexedFile,
  type IndexedFolder,
  type IndexOptions,
  type LookupIndex,
} from './lookup-index.js';

/** What reading one file of the tree showed: whether it was clean, and the documents it defines. */
export interface FileFinding {
  /** False when the file could not be read, or has YAML problems: it may hold anything. */
  readonly clean: boolean;
  /** Its valid councils, directives and ordinances. */
  readonly defines: readonly { readonly kind: string; readonly id: string }[];
}

/** Where the index is to be written, and for what walk. */
export interface IndexTarget {
  readonly cwd: string;
  /** The council's folder, as given (the walk's names start with it). */
  readonly root: string;
  readonly ignore: readonly string[];
  readonly options: IndexOptions;
}

/**
 * Gathers a council folder's look-up index while its tree is walked and
 * read (by `validate`, or by `tally` when it had to walk), and writes it at
 * the end (see LookupIndex). Begun before the walk, for the file system's
 * time then (IndexWrite.stamp). Nothing here ever fails a command: a tree
 * that cannot be written to, or a file that vanished, leaves no index.
 */
export class IndexBuilder {
  readonly #target: IndexTarget;
  readonly #absoluteRoot: string;
  readonly #realRoot: string;
  readonly #write: IndexWrite | undefined;
  readonly #folders: WalkedFolder[] = [];
  readonly #files: IndexedFile[] = [];
  readonly #defines = new Map<string, number[]>();
  readonly #opaque: number[] = [];
  #councilFolders: LookupIndex['councilFolders'] = [];
  #councilCap: number | undefined;
  #broken = false;

  private constructor(target: IndexTarget, realRoot: string, write: IndexWrite | undefined) {
    this.#target = target;
    this.#absoluteRoot = resolve(target.cwd, target.root);
    this.#realRoot = realRoot;
    this.#write = write;
  }

  /**
   * Begins an index of a council's folder; undefined when none can be
   * written there. Without `options`, the builder only records, for the
   * look-ups of this run, and writes nothing.
   */
  static begin(target: IndexTarget | Omit<IndexTarget, 'options'>): IndexBuilder | undefined {
    let realRoot: string;
    try {
      realRoot = realpathSync(resolve(target.cwd, target.root));
    } catch {
      return undefined;
    }
    if (!('options' in target)) {
      return new IndexBuilder({ ...target, options: { version: '' } }, realRoot, undefined);
    }
    const write = beginIndexWrite(realRoot);
    return write === undefined ? undefined : new IndexBuilder(target, realRoot, write);
  }

  /** The file system's time when the index was begun (0 when it is not to be written). */
  get stamp(): bigint {
    return this.#write?.stamp ?? 0n;
  }

  /** To give the walk (WalkOptions.onFolder). */
  readonly onFolder = (folder: WalkedFolder): void => {
    this.#folders.push(folder);
  };

  /**
   * Takes over what an earlier index says of the first files in path order,
   * which were not read again: its named files and folder answers.
   */
  seed(index: LookupIndex): void {
    for (const [i, file] of index.files.entries()) {
      const place = this.#files.length;
      this.#files.push(file);
      if (index.opaque.includes(i)) this.#opaque.push(place);
    }
    for (const [key, places] of Object.entries(index.defines)) {
      this.#defines.set(key, [...places]);
    }
    this.#councilFolders = index.councilFolders;
    this.#councilCap = index.councilCap;
  }

  /** Records the file at place `at` of the walk, named `display`. */
  add(at: number, display: string, finding: FileFinding): void {
    if (finding.clean && finding.defines.length === 0) return;
    const path = relative(this.#absoluteRoot, resolve(this.#target.cwd, display));
    const stamp = stampForIndex(join(this.#absoluteRoot, path));
    if (stamp === undefined) {
      this.#broken = true;
      return;
    }
    const place = this.#files.length;
    this.#files.push({ path, at, stamp });
    if (!finding.clean) this.#opaque.push(place);
    for (const { kind, id } of finding.defines) {
      const key = defineKey(kind, id);
      const places = this.#defines.get(key);
      if (places === undefined) this.#defines.set(key, [place]);
      else if (places.at(-1) !== place) places.push(place);
    }
  }

  /** The files recorded so far (paths from the council's folder), in path order, that may hold a document of the kind and id. */
  candidates(kind: string, id: string): string[] {
    const places = [...(this.#defines.get(defineKey(kind, id)) ?? []), ...this.#opaque];
    return [...new Set(places)]
      .sort((a, b) => a - b)
      .map((place) => this.#files[place]?.path)
      .filter((path) => path !== undefined);
  }

  /** Whether a file recorded could not be read cleanly: it may hold anything. */
  get hasOpaque(): boolean {
    return this.#opaque.length > 0;
  }

  /** The ids of a kind the files recorded define, in path order. */
  ids(kind: string): string[] {
    return idsOfKind(this.#defines, kind);
  }

  /** Records a file as `validate` checked it. */
  addCheck(at: number, check: FileCheck): void {
    if (check.kind === 'io') {
      this.add(at, check.file, { clean: false, defines: [] });
      return;
    }
    this.add(at, check.file, {
      clean: check.diagnostics.every((d) => d.code.startsWith('schema/')),
      defines: check.documents.filter((d) => isReferenced(d.kind)),
    });
  }

  /** Records the answers of the search for the council's folder (see findDataRoot). */
  setCouncilFolders(answers: LookupIndex['councilFolders'], cap: number): void {
    this.#councilFolders = answers;
    this.#councilCap = cap;
  }

  /** Writes the index: the walk found `total` files, of which the first `scanned` were read. */
  commit(total: number, scanned: number): void {
    const write = this.#write;
    if (write === undefined) return;
    const folders: IndexedFolder[] = [];
    for (const folder of this.#folders) {
      const path = relative(this.#absoluteRoot, resolve(this.#target.cwd, folder.display));
      const stamp = stampForIndex(join(this.#absoluteRoot, path));
      const ignoreFile = folder.ignoreFile
        ? stampForIndex(join(this.#absoluteRoot, path, IGNORE_FILE))
        : undefined;
      if (stamp === undefined || (folder.ignoreFile && ignoreFile === undefined)) {
        this.#broken = true;
        break;
      }
      folders.push({
        path,
        mtime: stamp[1],
        after: folder.filesBefore,
        ...(ignoreFile === undefined ? {} : { ignoreFile }),
      });
    }
    if (this.#broken) {
      this.discard();
      return;
    }
    const index: LookupIndex = {
      ...indexHeader(this.#realRoot, this.#target.ignore, this.#target.options, this.stamp),
      total,
      scanned,
      folders,
      files: this.#files,
      defines: Object.fromEntries(this.#defines),
      opaque: this.#opaque,
      councilFolders: this.#councilFolders,
      ...(this.#councilCap === undefined ? {} : { councilCap: this.#councilCap }),
    };
    write.commit(JSON.stringify(index));
  }

  discard(): void {
    this.#write?.discard();
  }
}

/** Writes an index again with the search for its council's folder's answers brought up to date. */
export function amendIndex(index: LookupIndex, answers: CouncilFolderAnswers): void {
  beginIndexWrite(index.root)?.commit(
    JSON.stringify({ ...index, councilFolders: answers.answers, councilCap: answers.cap }),
  );
}
