import { resolve } from 'node:path';
import type { Diagnostic } from '../diagnostics/diagnostic.js';
import { holdsCouncil, isFolder } from '../load/council-folder.js';
import { walkPaths, type WalkOptions, type WalkResult } from '../load/walk.js';
import type { FileCheck } from './check-file.js';
import type { FileTask } from './file-batches.js';
import { IndexBuilder } from './index-builder.js';
import { STDIN_NAME } from './load-project.js';
import type { IndexOptions } from './lookup-index.js';

export interface TaskOptions {
  readonly cwd: string;
  readonly maxFileSize: number;
  /** The bytes of standard input, when `-` is among the paths. */
  readonly stdin?: Uint8Array | undefined;
  /** `--ignore` patterns. */
  readonly ignore?: readonly string[] | undefined;
  /** `--data DIR`: the files given are checked against the references in DIR. */
  readonly data?: string | undefined;
  /** Write the look-up index of the council's folder checked (see planValidation). */
  readonly index?: IndexOptions | undefined;
}

/** The files `validate` reads, in path order, and the look-up index it writes as it goes. */
export interface ValidationPlan {
  /** Every file to read; `check` is false for those only read for their ids and references. */
  readonly tasks: FileTask[];
  /** The walk's problems about paths it did not read, and the paths it could not walk (exit 2). */
  readonly diagnostics: readonly Diagnostic[];
  readonly failures: readonly string[];
  /** Tells the index of each file read, by its place in `tasks` (nothing without an index). */
  readonly record: (place: number, check: FileCheck) => void;
  /** Writes the index, once every file is read. */
  readonly finish: () => void;
  /** Gives the index up, when the run stopped before `finish` (nothing after it). */
  readonly discard: () => void;
}

/**
 * What `validate` reads. Without `--data`: every file under the paths, all
 * checked, standard input first. With `--data DIR`: every file of DIR's
 * walk, in its path order, only those given checked; the given files that
 * are not in it (outside DIR, left out by its ignore files) and standard
 * input come first, as a walk of `FILES... DIR` would have them.
 *
 * The council folder's look-up index (see LookupIndex) is written when a
 * single council's folder (one holding a council file) is walked whole:
 * with `--data DIR`, DIR; otherwise a single folder given (`validate`,
 * `validate .`, `validate DIR`), standard input aside. Its stamp is taken
 * before the walk.
 */
export function planValidation(paths: readonly string[], options: TaskOptions): ValidationPlan {
  const given = paths.filter((p) => p !== '-');
  const ignore = options.ignore ?? [];
  const folder =
    options.data ??
    (given.length === 1 && isFolder(resolve(options.cwd, given[0] ?? '')) ? given[0] : undefined);
  // an index is only of use in a council's folder, where tally looks for it
  const root =
    folder !== undefined && holdsCouncil(resolve(options.cwd, folder), options.maxFileSize)
      ? folder
      : undefined;
  const builder =
    root === undefined || options.index === undefined
      ? undefined
      : IndexBuilder.begin({ cwd: options.cwd, root, ignore, options: options.index });
  const walkOptions: WalkOptions = {
    ignore,
    ...(builder === undefined ? {} : { onFolder: builder.onFolder }),
  };

  const first: FileTask[] = [];
  if (paths.includes('-') && options.stdin !== undefined) {
    first.push({ display: STDIN_NAME, bytes: options.stdin, check: true });
  }
  let walked: WalkResult;
  let tree: FileTask[];
  const diagnostics: Diagnostic[] = [];
  const failures: string[] = [];
  if (options.data === undefined) {
    walked = walkPaths(given, options.cwd, walkOptions);
    tree = tasksOf(walked, () => true);
  } else {
    const named = walkPaths(given, options.cwd, { ignore });
    diagnostics.push(...named.diagnostics);
    failures.push(...named.failures);
    const displayOf = new Map(named.paths.map((path, i) => [path, named.files[i] ?? path]));
    walked = walkPaths([options.data], options.cwd, walkOptions);
    tree = tasksOf(walked, (path) => displayOf.has(path)).map((task) =>
      'path' in task && task.check
        ? { ...task, display: displayOf.get(task.path) ?? task.display }
        : task,
    );
    const inTree = new Set(walked.paths);
    first.push(...tasksOf(named, (path) => !inTree.has(path)).filter((t) => t.check));
  }
  // with --data, what the walk says of DIR's other files is not reported
  if (options.data === undefined) diagnostics.push(...walked.diagnostics);
  failures.push(...walked.failures);
  const tasks = [...first, ...tree];
  const offset = first.length;
  const complete = walked.diagnostics.length === 0 && walked.failures.length === 0;
  return {
    tasks,
    diagnostics,
    failures,
    record: (place, check) => {
      const at = place - offset;
      if (builder !== undefined && at >= 0) builder.addCheck(at, check);
    },
    finish: () => {
      if (builder === undefined) return;
      if (complete) builder.commit(walked.files.length, walked.files.length);
      else builder.discard();
    },
    discard: () => builder?.discard(),
  };
}

function tasksOf(walked: WalkResult, check: (path: string) => boolean): FileTask[] {
  return walked.files.map((display, i) => {
    const path = walked.paths[i] ?? display;
    return { display, path, check: check(path) };
  });
}
