import { realpathSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { noteInputs } from '../load/run-inputs.js';
import { walkPaths } from '../load/walk.js';
import type { ReferencedKind } from '../model/references.js';
import type { TypedDocumentOf } from '../model/typed-document.js';
import type { DataRoot } from './data-root.js';
import { amendIndex, IndexBuilder, type FileFinding } from './index-builder.js';
import { openIndex, type IndexOptions, type LookupIndex, type OpenIndex } from './lookup-index.js';
import { findingOf, lookInFile, readTreeFile, type LookUp, type TreeFile } from './tree-file.js';

export interface TreeOptions {
  readonly cwd: string;
  readonly maxFileSize: number;
  /** `--ignore` patterns. */
  readonly ignore: readonly string[];
  /** Use and keep the look-up index; without it, the tree is walked and nothing is written. */
  readonly index?: IndexOptions | undefined;
}

/** The walk of the tree, and how far it has been read. */
interface Scan {
  readonly files: readonly string[];
  readonly paths: readonly string[];
  /** What was read, for the look-ups to come and for the index. */
  readonly builder: IndexBuilder;
  /** The next file to read. */
  next: number;
  /** Whether the first files were not read but taken from an index. */
  readonly seeded: boolean;
}

/**
 * The councils, directives and ordinances of a council's folder, looked up
 * by kind and id as a walk of the whole tree would find them (the first
 * valid document in path order), without reading the tree when its look-up
 * index can be believed (see openIndex), and otherwise reading files in path
 * order only as far as the look-ups need, recording what it reads in a new
 * index (written by `close`). The file being computed from (`own`) is
 * looked in first by the caller, so it is passed over here.
 */
export class TreeReferences {
  readonly #dataDir: string;
  readonly #root: string;
  readonly #own: string | undefined;
  readonly #options: TreeOptions;
  #index: OpenIndex | undefined;
  #scan: Scan | null | undefined;
  readonly #read = new Map<string, TreeFile>();
  /** How the council's folder was found, when it was searched for. */
  readonly #found: DataRoot | undefined;

  constructor(dataDir: string, own: string | undefined, options: TreeOptions, found?: DataRoot) {
    this.#dataDir = dataDir;
    this.#root = resolve(options.cwd, dataDir);
    this.#own = own;
    this.#options = options;
    this.#found = found;
    this.#index = found?.index ?? this.#openIndex();
  }

  /** The first document of a kind and id in path order (see LookUp). */
  async first<R extends ReferencedKind>(kind: R, id: string): Promise<LookUp<R>> {
    const index = this.#index;
    if (index === undefined) return this.#scanFor(kind, id, undefined);
    for (const file of index.candidates(kind, id)) {
      if (!index.unchangedThrough(file.at)) return this.#indexChanged(kind, id);
      const answer = await this.#lookIn(join(this.#root, file.path), kind, id);
      if (answer !== undefined) return answer;
    }
    if (!index.unchangedThrough(Infinity)) return this.#indexChanged(kind, id);
    if (index.complete) return undefined;
    return this.#scanFor(kind, id, index.data);
  }

  /**
   * The valid councils of the tree, the first of each id, in path order, as
   * a walk of the whole tree finds them; null when a file could hold one
   * but is not clean (the caller then asks the whole tree).
   */
  async councils(): Promise<TypedDocumentOf<'council'>[] | null> {
    const ids = await this.#councilIds();
    if (ids === null) return null;
    const found: TypedDocumentOf<'council'>[] = [];
    for (const id of ids) {
      const council = await this.first('council', id);
      if (council === null) return null;
      if (council !== undefined) found.push(council);
    }
    return found;
  }

  /**
   * The ids of the councils the tree defines, in path order; null when a
   * file is not clean. Without a complete index, every file is read.
   */
  async #councilIds(): Promise<string[] | null> {
    const index = this.#index;
    const unchanged = index?.unchangedThrough(Infinity) === true;
    if (index !== undefined && unchanged && index.complete) {
      return index.data.opaque.length > 0 ? null : index.ids('council');
    }
    if (index !== undefined && !unchanged) {
      this.#index = undefined;
      if (this.#scan?.seeded === true) return null;
    }
    this.#scan ??= this.#walk(index !== undefined && unchanged ? index.data : undefined);
    const scan = this.#scan;
    if (scan === null) return null;
    while (scan.next < scan.files.length) await this.#readNext(scan);
    return scan.builder.hasOpaque ? null : scan.builder.ids('council');
  }

  /** A file the index names has changed: the index is dropped, and the tree walked. */
  #indexChanged<R extends ReferencedKind>(kind: R, id: string): Promise<LookUp<R>> | null {
    this.#index = undefined;
    // a walk already taken up where the index stopped would build on it
    if (this.#scan?.seeded === true) return null;
    return this.#scanFor(kind, id, undefined);
  }

  /**
   * Writes the index when the tree was walked for these look-ups, or when
   * the search for the council's folder (`root`) has answers to add to it.
   */
  close(): void {
    const root = this.#found;
    const scan = this.#scan;
    const builder = scan === undefined || scan === null ? undefined : scan.builder;
    if (builder === undefined || this.#options.index === undefined) {
      if (root?.answers !== undefined && this.#index !== undefined) {
        amendIndex(this.#index.data, root.answers);
      }
      return;
    }
    // answers found before this run's stamp cannot be kept: the next run finds them again
    const answers = root?.answers;
    if (answers !== undefined) builder.setCouncilFolders(answers.answers, answers.cap);
    builder.commit(scan?.files.length ?? 0, scan?.next ?? 0);
  }

  /** The index, when it is to be used and can be believed. */
  #openIndex(): OpenIndex | undefined {
    if (this.#options.index === undefined) return undefined;
    let realRoot: string;
    try {
      realRoot = realpathSync(this.#root);
    } catch {
      return undefined;
    }
    return openIndex(this.#root, realRoot, this.#options.ignore, this.#options.index);
  }

  /**
   * The look-up the way a walk does it, reading files in path order from
   * where the reading stopped (or from where a partial index, `seed`,
   * stopped), after the files already read that may hold the document.
   */
  async #scanFor<R extends ReferencedKind>(
    kind: R,
    id: string,
    seed: LookupIndex | undefined,
  ): Promise<LookUp<R>> {
    this.#scan ??= this.#walk(seed);
    const scan = this.#scan;
    if (scan === null) return null;
    for (const path of scan.builder.candidates(kind, id)) {
      const answer = await this.#lookIn(join(this.#root, path), kind, id);
      if (answer !== undefined) return answer;
    }
    while (scan.next < scan.files.length) {
      const { path, file } = await this.#readNext(scan);
      if (path === this.#own) continue;
      const answer = lookInFile(file, kind, id);
      if (answer !== undefined) return answer;
    }
    return undefined;
  }

  /** Reads the next file of the walk, for the look-ups and the index. */
  async #readNext(scan: Scan): Promise<{ path: string; file: TreeFile }> {
    const at = scan.next++;
    const display = scan.files[at] ?? '';
    const path = scan.paths[at] ?? resolve(this.#options.cwd, display);
    const { file, finding } = await this.#readFile(path, display);
    scan.builder.add(at, display, finding);
    return { path, file };
  }

  /** Walks the tree; null when the walk has problems (the whole tree must explain them). */
  #walk(seed: LookupIndex | undefined): Scan | null {
    const target = { cwd: this.#options.cwd, root: this.#dataDir, ignore: this.#options.ignore };
    const index = this.#options.index;
    // a tree that cannot be written to still has its look-ups: only the index is lost
    const builder =
      (index === undefined ? undefined : IndexBuilder.begin({ ...target, options: index })) ??
      IndexBuilder.begin(target);
    if (builder === undefined) return null;
    const walked = walkPaths([this.#dataDir], this.#options.cwd, {
      ignore: this.#options.ignore,
      onFolder: builder.onFolder,
    });
    if (walked.failures.length > 0 || walked.diagnostics.length > 0) {
      builder.discard();
      return null;
    }
    if (seed !== undefined && seedable(seed, walked.files.length)) {
      builder.seed(seed);
      return {
        files: walked.files,
        paths: walked.paths,
        builder,
        next: seed.scanned,
        seeded: true,
      };
    }
    return { files: walked.files, paths: walked.paths, builder, next: 0, seeded: false };
  }

  /** The first document of the kind and id in a file named by the index (see lookInFile). */
  async #lookIn<R extends ReferencedKind>(path: string, kind: R, id: string): Promise<LookUp<R>> {
    const real = realPathOf(path);
    if (this.#own !== undefined && real === this.#own) return undefined;
    if (real !== undefined) noteInputs([real]);
    const inTree = path.startsWith(this.#root) ? path.slice(this.#root.length + 1) : path;
    const { file } = await this.#readFile(path, join(this.#dataDir, inTree));
    return lookInFile(file, kind, id);
  }

  /**
   * Reads and parses a file. Only files that may be looked in again (those
   * that define something, or are not clean) are kept, so that reading a
   * large tree holds little.
   */
  async #readFile(
    path: string,
    display: string,
  ): Promise<{ file: TreeFile; finding: FileFinding }> {
    const kept = this.#read.get(path);
    if (kept !== undefined) return { file: kept, finding: findingOf(kept) };
    const file = await readTreeFile(path, display, this.#options.maxFileSize);
    const finding = findingOf(file);
    if (!finding.clean || finding.defines.length > 0) this.#read.set(path, file);
    return { file, finding };
  }
}

/** Whether a partial index can be taken up where it stopped: it was read before its stamp. */
function seedable(seed: LookupIndex, total: number): boolean {
  const stamp = BigInt(seed.stamp);
  return seed.scanned <= total && seed.files.every((f) => BigInt(f.stamp[1]) < stamp);
}

function realPathOf(path: string): string | undefined {
  try {
    return realpathSync(path);
  } catch {
    return undefined;
  }
}
