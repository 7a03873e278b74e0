import { ORDERED_CHECKS } from '../check/index.js';
import { compareWithinFile, type Diagnostic } from '../diagnostics/diagnostic.js';
import { SourceText } from '../diagnostics/source-text.js';
import { isReferenced } from '../model/references.js';
import type { FileDocuments } from './check-across-files.js';
import type { FileCheck } from './check-file.js';
import type { FileTask, FoundAcrossFiles, FoundLater } from './file-batches.js';
import { inOrder, startFileCheckers } from './file-pool.js';
import { HeldFiles, type FileResult } from './held-files.js';
import type { IndexOptions } from './lookup-index.js';
import { planValidation } from './validate-tasks.js';

/** Which part of the files a run reports: shard `index` of `count` (1-based). */
export interface Shard {
  readonly index: number;
  readonly count: number;
}

export interface ValidateFilesOptions {
  readonly cwd: string;
  readonly maxFileSize: number;
  /** The bytes of standard input, when `-` is among the paths. */
  readonly stdin?: Uint8Array;
  /** Threads to check files on (1: this thread only); by default, every core for a large tree. */
  readonly jobs?: number;
  readonly shard?: Shard;
  /** `--ignore` patterns: paths the walk leaves out. */
  readonly ignore?: readonly string[];
  /** `--data DIR`: check the files given against the references in DIR (see planValidation). */
  readonly data?: string;
  /** Write the look-up index of the folder checked (see planValidation). */
  readonly index?: IndexOptions;
}

/** A file's problems, or the walk's about a path, as handed to the caller. */
export interface CheckedFile {
  readonly file: string;
  /** False for the walk's problems about a path it did not read (a link not followed). */
  readonly read: boolean;
  /** In the order found; the printing layer places and sorts them (see compareWithinFile). */
  readonly diagnostics: readonly Diagnostic[];
  /** The file's text, when it was read and has problems: for positions and code frames. */
  readonly source?: SourceText | undefined;
}

export interface ValidationRun {
  /** How many files were read and reported (those of the shard). */
  readonly files: number;
  /** Paths that could not be read at all: these make the exit code 2. */
  readonly failures: readonly string[];
}

/** Files per batch handed to a thread. */
const BATCH_SIZE = 64;

/**
 * Reads and checks every YAML file under the paths, every cross-file check
 * included, in one pass over batches of files spread over `jobs` threads.
 * Each thread reads, parses and schema-checks its files and runs the
 * cross-file checks on each document as soon as what it refers to is known
 * (see FileBatches). Back on this thread, in path order, each document's id
 * is registered (ids are unique across files) and the councils, directives
 * and ordinances are handed to every thread as references, the first of
 * each id. The few documents that came before what they refer to are checked
 * once it is read, or at the end if no file defines it.
 *
 * Each file is handed to `report` as soon as its problems are all known, in
 * path order: the walk's problems first (only once some file has been read),
 * then every file read, with or without problems. What is kept is where each
 * id is written and the files not yet handed on (those from the first that
 * waits for a reference; see HeldFiles, which moves their problems to disk);
 * never the documents. With a shard, every file is read (the references and
 * ids come from all of them), but only the shard's files are checked across
 * files and reported.
 */
export async function validateFiles(
  paths: readonly string[],
  options: ValidateFilesOptions,
  report: (file: CheckedFile) => void | Promise<void>,
  held: HeldFiles = new HeldFiles(),
): Promise<ValidationRun> {
  const plan = planValidation(paths, options);
  const tasks: FileTask[] = plan.tasks;
  const inShard = shardFilter(tasks.length, options.shard);
  tasks.forEach((task, i) => {
    if (!inShard(i)) tasks[i] = { ...task, check: false };
  });

  let files = 0;
  const failures = [...plan.failures];
  /** The walk's problems, handed on just before the first file. */
  let walkProblems: Diagnostic[] | undefined =
    options.shard === undefined || options.shard.index === 1 ? [...plan.diagnostics] : [];
  // no data paths among them: they can be put in report order at once
  walkProblems.sort(compareWithinFile);

  /** Hands on the files at the head of the queue whose problems are all known (`all`: every one). */
  const handOn = async (all: boolean): Promise<void> => {
    for (const result of held.take(all)) {
      if (walkProblems !== undefined) {
        const groups = groupByFile(walkProblems);
        walkProblems = undefined;
        for (const group of groups) await report(group);
      }
      const { file, text, diagnostics } = result;
      const source =
        diagnostics.length > 0 && text !== undefined ? new SourceText(file, text) : undefined;
      await report({ file, read: true, diagnostics, source });
    }
  };
  /** Files whose documents waited, by batch and place in it. */
  const waiting = new Map<string, FileResult>();
  const referenced = new Set<string>();
  const ordered = ORDERED_CHECKS.map((check) => check.start());
  let position = 0;

  /** Takes a file's check, in path order: its result (when reported) and the references it holds. */
  const take = (
    check: FileCheck,
    found: FoundAcrossFiles | undefined,
  ): { result?: FileResult; references: FileDocuments[] } => {
    plan.record(position, check);
    const reported = tasks[position++]?.check === true;
    if (check.kind === 'io') {
      failures.push(check.message);
      return { references: [] };
    }
    let result: FileResult | undefined;
    if (reported) {
      result = {
        file: check.file,
        text: undefined,
        diagnostics: [...check.diagnostics],
        waiting: false,
      };
      files++;
      held.push(result);
    }
    const text = check.text;
    const references: FileDocuments[] = [];
    if (text !== undefined && check.documents.length > 0) {
      const report = (d: Diagnostic): void => {
        result?.diagnostics.push(d);
      };
      const source = { file: check.file };
      for (const d of check.documents) {
        const doc = { source, index: d.index, count: d.count };
        const summary = { kind: d.kind, id: detached(d.id), doc, idLine: d.idLine };
        for (const visit of ordered) visit(summary, report);
        const key = `${d.kind}\u0000${d.id}`;
        if (isReferenced(d.kind) && !referenced.has(key)) {
          referenced.add(key);
          references.push({ file: check.file, text, documents: [d] });
        }
      }
    }
    if (result === undefined) return { references };
    if (found !== undefined) result.diagnostics.push(...found.diagnostics);
    if (result.diagnostics.length > 0) result.text = text;
    return { result, references };
  };

  const batches = Math.ceil(tasks.length / BATCH_SIZE);
  const checkers = startFileCheckers(options.jobs, tasks.length, options);
  try {
    try {
      const checked = inOrder(batches, checkers.ahead, (batch) =>
        checkers.checkFiles(batch, tasks.slice(batch * BATCH_SIZE, (batch + 1) * BATCH_SIZE)),
      );
      /** Puts the problems of a file that waited in its place: it can be handed on. */
      const foundLater = (found: FoundLater): void => {
        const key = `${found.batch} ${found.index}`;
        const result = waiting.get(key);
        if (result === undefined) return;
        waiting.delete(key);
        result.diagnostics.push(...found.diagnostics);
        result.text ??= found.text;
        result.waiting = false;
      };
      let batch = 0;
      for await (const answer of checked) {
        const references: FileDocuments[] = [];
        for (const [i, check] of answer.checks.entries()) {
          const taken = take(check, answer.found[i]);
          references.push(...taken.references);
          if (answer.waiting[i] === true && taken.result !== undefined) {
            taken.result.waiting = true;
            waiting.set(`${batch} ${i}`, taken.result);
          }
        }
        // A thread answers its batches in order, so a file found later was taken before.
        for (const found of answer.late) foundLater(found);
        if (references.length > 0) checkers.addReferences(references);
        batch++;
        await handOn(false);
      }
      for (const found of await checkers.finish()) foundLater(found);
    } finally {
      await checkers.close();
    }
    plan.finish();
    await handOn(true);
  } finally {
    plan.discard();
    held.close();
  }
  return { files, failures };
}

/** The walk's problems as groups of consecutive problems about one path. */
function groupByFile(diagnostics: readonly Diagnostic[]): CheckedFile[] {
  const groups: { file: string; read: false; diagnostics: Diagnostic[] }[] = [];
  for (const d of diagnostics) {
    const last = groups.at(-1);
    if (last?.file === d.file) last.diagnostics.push(d);
    else groups.push({ file: d.file, read: false, diagnostics: [d] });
  }
  return groups;
}

/**
 * A copy of a string that holds on to nothing else. A string sliced from a
 * file's text (an id, by the parser) can keep the whole text alive, and the
 * id register keeps every id to the end.
 */
function detached(text: string): string {
  return `${text} `.slice(0, -1);
}

/**
 * Shard `index` of `count` takes the `index`-th of `count` runs of files
 * about equal in size, in path order: a split that depends only on the
 * paths, keeps folders together, and covers every file once over the shards.
 */
function shardFilter(total: number, shard: Shard | undefined): (position: number) => boolean {
  if (shard === undefined) return () => true;
  const start = Math.floor(((shard.index - 1) * total) / shard.count);
  const end = Math.floor((shard.index * total) / shard.count);
  return (position) => position >= start && position < end;
}
