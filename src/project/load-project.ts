import { resolve } from 'node:path';
import type { Diagnostic } from '../diagnostics/diagnostic.js';
import type { SourceText } from '../diagnostics/source-text.js';
import { decodeSource } from '../load/read.js';
import { walkPaths } from '../load/walk.js';
import type { TypedDocument } from '../model/typed-document.js';
import {
  checkFile,
  checkReadOutcome,
  sourceOf,
  typedDocuments,
  type FileCheck,
} from './check-file.js';
import { Project } from './project.js';

export interface LoadOptions {
  readonly cwd: string;
  readonly maxFileSize: number;
  /** The bytes of standard input, when `-` is among the paths. */
  readonly stdin?: Uint8Array;
  /** `--ignore` patterns: paths the walk leaves out. */
  readonly ignore?: readonly string[];
}

export interface LoadedProject {
  readonly project: Project;
  /** Reading, YAML and schema problems, per file in path order. */
  readonly diagnostics: readonly Diagnostic[];
  readonly sources: ReadonlyMap<string, SourceText>;
  /** Every file read (display names), in order. */
  readonly files: readonly string[];
  /** Paths that could not be read at all: these make the exit code 2. */
  readonly failures: readonly string[];
}

/** The display name of standard input in diagnostics. */
export const STDIN_NAME = '<stdin>';

/**
 * Reads, parses and schema-checks every YAML file under the paths, and holds
 * them all as one project: for a few files (a tally's tree). `validate`
 * checks files as they are read instead (see validate-files.ts).
 */
export async function loadProject(
  paths: readonly string[],
  options: LoadOptions,
): Promise<LoadedProject> {
  const fromStdin = paths.includes('-');
  const walked = walkPaths(
    paths.filter((p) => p !== '-'),
    options.cwd,
    { ignore: options.ignore ?? [] },
  );
  const diagnostics: Diagnostic[] = [...walked.diagnostics];
  const sources = new Map<string, SourceText>();
  const files: string[] = [];
  const failures = [...walked.failures];
  const documents: TypedDocument[] = [];

  const take = async (check: FileCheck): Promise<void> => {
    if (check.kind === 'io') {
      failures.push(check.message);
      return;
    }
    files.push(check.file);
    const source = sourceOf(check);
    if (source !== undefined) sources.set(check.file, source);
    diagnostics.push(...check.diagnostics);
    if (source !== undefined) documents.push(...(await typedDocuments(source, check.documents)));
  };

  if (fromStdin && options.stdin !== undefined) {
    const outcome = decodeSource(options.stdin, STDIN_NAME, options.maxFileSize);
    await take(await checkReadOutcome(STDIN_NAME, outcome));
  }
  for (const [i, file] of walked.files.entries()) {
    const path = walked.paths[i] ?? resolve(options.cwd, file);
    await take(await checkFile(path, file, options.maxFileSize));
  }
  return { project: new Project(documents), diagnostics, sources, files, failures };
}
