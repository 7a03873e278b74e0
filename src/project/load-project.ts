import { resolve } from 'node:path';
import type { Diagnostic } from '../diagnostics/diagnostic.js';
import type { SourceText } from '../diagnostics/source-text.js';
import { parseSourceText } from '../load/parse.js';
import { decodeSource, readSourceFile, type ReadOutcome } from '../load/read.js';
import { walkPaths } from '../load/walk.js';
import type { TypedDocument } from '../model/typed-document.js';
import { validateDocument } from '../schema/validate-document.js';
import { Project } from './project.js';

export interface LoadOptions {
  readonly cwd: string;
  readonly maxFileSize: number;
  /** The bytes of standard input, when `-` is among the paths. */
  readonly stdin?: Uint8Array;
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

/** Reads, parses and schema-checks every YAML file under the paths. */
export function loadProject(paths: readonly string[], options: LoadOptions): LoadedProject {
  const fromStdin = paths.includes('-');
  const walked = walkPaths(
    paths.filter((p) => p !== '-'),
    options.cwd,
  );
  const diagnostics: Diagnostic[] = [...walked.diagnostics];
  const sources = new Map<string, SourceText>();
  const files: string[] = [];
  const failures = [...walked.failures];
  const documents: TypedDocument[] = [];

  const take = (display: string, outcome: ReadOutcome): void => {
    switch (outcome.kind) {
      case 'io':
        failures.push(outcome.message);
        return;
      case 'refused':
        files.push(display);
        if (outcome.source !== undefined) sources.set(display, outcome.source);
        diagnostics.push(outcome.diagnostic);
        return;
      case 'text': {
        files.push(display);
        sources.set(display, outcome.source);
        const parsed = parseSourceText(outcome.source);
        diagnostics.push(...parsed.diagnostics);
        for (const doc of parsed.documents) {
          diagnostics.push(...doc.diagnostics);
          if (doc.data === undefined) continue;
          const checked = validateDocument(doc);
          diagnostics.push(...checked.diagnostics);
          if (checked.document !== undefined) documents.push(checked.document);
        }
        return;
      }
    }
  };

  if (fromStdin && options.stdin !== undefined) {
    take(STDIN_NAME, decodeSource(options.stdin, STDIN_NAME, options.maxFileSize));
  }
  for (const file of walked.files) {
    take(file, readSourceFile(resolve(options.cwd, file), file, options.maxFileSize));
  }
  return { project: new Project(documents), diagnostics, sources, files, failures };
}
