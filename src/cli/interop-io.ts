import type { FileSnapshot } from './file-snapshot.js';
import { writeWholeFile } from './file-write.js';
import { WriteFailed, WriteRefused } from './write-errors.js';
import { lstatSync, mkdirSync, readdirSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import type { Diagnostic } from '../diagnostics/diagnostic.js';
import { resolveDiagnosticIn, type SourceText } from '../diagnostics/source-text.js';
import { parseJsonInput, type JsonInput } from '../interop/json-input.js';
import { describeFsError, readSourceFile } from '../load/read.js';
import type { Council } from '../model/council.js';
import type { TypedDocumentOf } from '../model/typed-document.js';
import { loadCouncilTree, openCouncilTree } from '../project/council-tree.js';
import type { DocumentIndex } from '../model/references.js';
import { UsageError } from './errors.js';
import type { Io } from './io.js';
import { isFolder } from '../load/council-folder.js';
import { chosenCouncil } from './council-choice.js';
import { indexChoice } from './index-choice.js';
import { readRegularFile } from '../load/read.js';
import { placeDiagnostics } from '../load/place.js';

/**
 * The I/O of `import` and `export`: reading JSON inputs, finding the
 * council, writing the files. Each is one function, so that the shared
 * output module and the shared council lookup can take their place.
 */

/** Problems in the data that stop a command (exit 1), with the texts to show them in. */
export class DataProblems extends Error {
  readonly diagnostics: readonly Diagnostic[];
  readonly sources: ReadonlyMap<string, SourceText>;
  /** Files the problems are in that were to be written: they do not exist. */
  readonly notWritten: ReadonlySet<string>;

  constructor(
    diagnostics: readonly Diagnostic[],
    sources: ReadonlyMap<string, SourceText> = new Map(),
    notWritten: ReadonlySet<string> = new Set(),
  ) {
    super(`${diagnostics.length} problems`);
    this.diagnostics = diagnostics;
    this.sources = sources;
    this.notWritten = notWritten;
  }
}

/**
 * Reads JSON files: each path a file, or a folder whose `*.json` files are
 * read in name order. Only regular files are read (never a FIFO or a
 * device). A missing path is a usage error; a file that is not JSON is a
 * data problem, reported with the others.
 */
export function readJsonInputs(
  paths: readonly string[],
  io: Io,
  maxFileSize: number,
): { inputs: JsonInput[]; problems: Diagnostic[]; sources: Map<string, SourceText> } {
  const files: string[] = [];
  for (const path of paths) {
    const absolute = resolve(io.cwd, path);
    let stat;
    try {
      stat = statSync(absolute);
    } catch (error) {
      throw new UsageError(describeFsError(error, path));
    }
    if (stat.isDirectory()) {
      const names = readdirSync(absolute)
        .filter((n) => n.toLowerCase().endsWith('.json'))
        .sort();
      if (names.length === 0) throw new UsageError(`${path}: no .json files in this folder`);
      files.push(...names.map((n) => join(path, n)));
    } else if (stat.isFile()) {
      files.push(path);
    } else {
      throw new UsageError(`${path}: not a regular file`);
    }
  }
  const inputs: JsonInput[] = [];
  const problems: Diagnostic[] = [];
  const sources = new Map<string, SourceText>();
  for (const file of files) {
    const outcome = readSourceFile(resolve(io.cwd, file), file, maxFileSize);
    if (outcome.kind === 'io') throw new UsageError(outcome.message);
    if (outcome.kind === 'refused') {
      problems.push(outcome.diagnostic);
      if (outcome.source !== undefined) sources.set(file, outcome.source);
      continue;
    }
    sources.set(file, outcome.source);
    const parsed = parseJsonInput(file, outcome.source.text);
    if (parsed.ok) inputs.push(parsed.input);
    else problems.push(parsed.diagnostic);
  }
  return { inputs, problems, sources };
}

/** A council with the archive it belongs to. */
export interface Archive {
  readonly council: TypedDocumentOf<'council'>;
  /** The archive's councils, ordinances and directives, for the checks of new files. */
  readonly references: DocumentIndex;
}

/**
 * Finds the council that imported or exported roll calls belong to, by the
 * look-up `tally` and `roll-call` use (see openCouncilTree): under `--data
 * DIR`, else in the nearest folder from `start` upwards that holds a council
 * file; `--council ID` chooses among several. The whole folder is read, for
 * the checks of the new files. The council file must be free of errors.
 */
export async function findArchive(options: {
  readonly data?: string;
  readonly councilId?: string;
  /** Where to look from when `--data` is not given: a folder or a file. */
  readonly start: string;
  readonly io: Io;
  readonly maxFileSize: number;
  /** `--ignore` patterns: paths the walk of the council's folder leaves out. */
  readonly ignore?: readonly string[] | undefined;
}): Promise<Archive> {
  const { io } = options;
  const ignore = options.ignore ?? [];
  const opened = openCouncilTree(
    options.start,
    {
      cwd: io.cwd,
      maxFileSize: options.maxFileSize,
      data: options.data,
      ignore,
      index: indexChoice(io),
    },
    { from: options.start, hint: '(or import the office records first)' },
  );
  if (!opened.ok) throw new UsageError(opened.error);
  const folder = relative(io.cwd, resolve(io.cwd, opened.value.dataDir)) || '.';
  const { loaded, choice, errors } = await loadCouncilTree(folder, options.councilId, {
    cwd: io.cwd,
    maxFileSize: options.maxFileSize,
    ignore,
  });
  if (loaded.failures.length > 0) throw new UsageError(loaded.failures.join('\n'));
  if (errors.length > 0) throw new DataProblems(errors, loaded.sources);
  return { council: chosenCouncil(choice, folder), references: loaded.project };
}

/** The council rule imported roll calls are decided by: `--rule`, or the council's only rule. */
export function chooseRule(council: Council, given: string | undefined): string {
  const ids = Object.keys(council.rules);
  if (given !== undefined) {
    if (!ids.includes(given)) {
      throw new UsageError(
        `--rule ${given}: the council "${council.id}" has no such rule; it has ${ids.join(', ')}`,
      );
    }
    return given;
  }
  const [only, ...others] = ids;
  if (only === undefined || others.length > 0) {
    throw new UsageError(
      `the council "${council.id}" has the rules ${ids.join(', ')}; say which decides these votes with --rule ID`,
    );
  }
  return only;
}

/** A file a command writes: where (as shown), and its text. */
export interface OutputFile {
  readonly path: string;
  readonly text: string;
  /** True for a file the user named to be updated (`--into`): it may be replaced without --force. */
  readonly replaces?: boolean;
}

/** The folder `--output DIR` names, made when its parent exists. */
export function outputFolder(output: string, io: Io): string {
  const absolute = resolve(io.cwd, output);
  try {
    if (!statSync(absolute).isDirectory()) throw new UsageError(`--output ${output}: not a folder`);
    return output;
  } catch (error) {
    if (error instanceof UsageError) throw error;
  }
  if (!isFolder(dirname(absolute))) {
    throw new UsageError(`--output ${output}: the folder ${dirname(output)} does not exist`);
  }
  try {
    mkdirSync(absolute);
  } catch (error) {
    throw new UsageError(`--output ${describeFsError(error, output)}`);
  }
  return output;
}

/**
 * Writes the files, each atomically. Nothing is written unless every file
 * can be: an existing file is replaced only with `--force` (or when it is
 * the file `--into` names), and never when it is not a regular file; a file
 * that already holds exactly the new text is left alone. Returns the files
 * written and those left as they were.
 */
export function writeOutputFiles(
  files: readonly OutputFile[],
  options: { readonly force: boolean; readonly io: Io },
): { written: string[]; unchanged: string[] } {
  const blocked: string[] = [];
  const unchanged = new Set<string>();
  /** The files to be replaced, as they are now: replaced only if still so when written. */
  const replaced = new Map<string, FileSnapshot>();
  for (const file of files) {
    const absolute = resolve(options.io.cwd, file.path);
    let stat;
    try {
      stat = lstatSync(absolute);
    } catch {
      continue;
    }
    if (!stat.isFile())
      throw new UsageError(`${file.path}: exists and is not a regular file; not written`);
    const read = readRegularFile(absolute, Number.MAX_SAFE_INTEGER);
    if (read.kind !== 'bytes') {
      throw new UsageError(`${file.path}: exists and is not a regular file; not written`);
    }
    if (Buffer.from(read.bytes).toString('utf8') === file.text) unchanged.add(file.path);
    else if (file.replaces !== true && !options.force) blocked.push(file.path);
    else replaced.set(file.path, read);
  }
  if (blocked.length > 0) {
    throw new UsageError(
      `${blocked.length === 1 ? 'a file' : `${blocked.length} files`} would be overwritten: ${blocked
        .slice(0, 5)
        .join(
          ', ',
        )}${blocked.length > 5 ? ', ...' : ''}; nothing was written (use --force to overwrite)`,
    );
  }
  const written: string[] = [];
  for (const file of files) {
    if (unchanged.has(file.path)) continue;
    try {
      const snapshot = replaced.get(file.path);
      writeWholeFile(
        resolve(options.io.cwd, file.path),
        file.path,
        file.text,
        snapshot === undefined ? {} : { unchangedSince: snapshot },
      );
    } catch (error) {
      if (error instanceof WriteFailed || error instanceof WriteRefused) {
        throw new UsageError(`cannot write ${error.message}`);
      }
      throw new UsageError(`cannot write ${describeFsError(error, file.path)}`);
    }
    written.push(file.path);
  }
  return { written, unchanged: [...unchanged] };
}

/**
 * Problems as `file:line:col: severity: message [code]` lines on stderr,
 * with hints. Files not written (the import stopped) are shown without a
 * position, which would point into nothing.
 */
export async function printProblems(
  diagnostics: readonly Diagnostic[],
  sources: ReadonlyMap<string, SourceText>,
  io: Io,
  notWritten: ReadonlySet<string> = new Set(),
): Promise<void> {
  for (const found of diagnostics) {
    const source = sources.get(found.file);
    const [d = found] = await placeDiagnostics(source, [found]);
    const r = resolveDiagnosticIn(d, source);
    const file = notWritten.has(d.file) ? `${d.file} (not written)` : d.file;
    const where =
      r.line === null || notWritten.has(d.file) ? file : `${file}:${r.line}:${r.column ?? 1}`;
    io.stderr.write(`${where}: ${d.severity}: ${d.message} [${d.code}]\n`);
    if (d.hint !== undefined) io.stderr.write(`  hint: ${d.hint}\n`);
  }
}
