import { statSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { runChecks } from '../check/index.js';
import { compareWithinFile, countBySeverity, type Diagnostic } from '../diagnostics/diagnostic.js';
import { resolveDiagnosticIn } from '../diagnostics/source-text.js';
import { diagnosticAt, type DataPath } from '../load/locate.js';
import { withYamlRuntime } from '../load/yaml-runtime.js';
import type { DiagnosticCode } from '../diagnostics/codes.js';
import type { Council } from '../model/council.js';
import type { Ordinance } from '../model/ordinance.js';
import type { TypedDocumentOf } from '../model/typed-document.js';
import { loadProject, STDIN_NAME, type LoadedProject } from '../project/load-project.js';
import { chalkFor } from './color.js';
import { EXIT, UsageError } from './errors.js';
import type { Io } from './io.js';
import { readStdinArgument } from './stdin.js';
import { findCouncilFolder } from './tally.js';

export interface WhipInputOptions {
  readonly data?: string | undefined;
  readonly id?: string | undefined;
  readonly maxFileSize: number;
  readonly color?: boolean | undefined;
}

/** What a projection needs, found clean; `report` prints a problem found later (in the rule) as these were. */
export interface WhipInputs {
  readonly whip: TypedDocumentOf<'whip-count'>;
  readonly council: Council;
  readonly measure: Ordinance | undefined;
  readonly report: (problem: {
    readonly code: DiagnosticCode;
    readonly message: string;
    readonly in: 'whip-count' | 'council';
    readonly path: DataPath;
  }) => Promise<number>;
}

/**
 * The whip count in FILE, its council and its measure, found as `tally`
 * finds a roll call's: the nearest folder upwards holding a council, or
 * `--data`, held as one project and checked. A whip count whose document or
 * council file has errors is refused: the errors are printed as `validate`
 * prints them and the exit code (1) is returned instead.
 *
 * The one place `whip` looks things up: to be rewired to the preparation
 * shared with `tally`.
 */
export async function findWhipInputs(
  file: string,
  options: WhipInputOptions,
  io: Io,
): Promise<WhipInputs | number> {
  const stdin = await readStdinArgument([file], io, 'whip');
  if (file !== '-' && isFolder(resolve(io.cwd, file))) {
    throw new UsageError(`${file} is a folder; give one whip-count file`);
  }
  if (options.data !== undefined && !isFolder(resolve(io.cwd, options.data))) {
    throw new UsageError(`--data ${options.data}: no such folder`);
  }
  const dataDir =
    options.data ??
    findCouncilFolder(file === '-' ? io.cwd : resolve(io.cwd, file), options.maxFileSize);
  if (dataDir === undefined) {
    throw new UsageError(
      `no council found: no folder from ${file === '-' ? 'the current folder' : dirname(file)} upwards ` +
        'holds a file with `kind: council`; say where it is with --data DIR',
    );
  }
  const loaded = await loadProject([file, dataDir], {
    cwd: io.cwd,
    maxFileSize: options.maxFileSize,
    ...(stdin === undefined ? {} : { stdin }),
  });
  if (loaded.failures.length > 0) throw new UsageError(loaded.failures.join('\n'));
  const display = file === '-' ? STDIN_NAME : file;
  const all = [...loaded.diagnostics, ...(await withYamlRuntime(() => runChecks(loaded.project)))];

  const whips = loaded.project.ofKind('whip-count').filter((d) => d.doc.source.file === display);
  if (whips.length === 0) {
    const fileErrors = all.filter((d) => d.file === display && d.severity === 'error');
    if (fileErrors.length > 0) return printErrors(fileErrors, loaded, io, options.color);
    throw new UsageError(`${display} holds no whip count (a document with \`kind: whip-count\`)`);
  }
  const whip = chooseWhip(whips, options.id, display);
  const councilDoc = loaded.project.councils.get(whip.value.council);
  const affected = new Set([
    display,
    ...(councilDoc === undefined ? [] : [councilDoc.doc.source.file]),
  ]);
  const blocking = all.filter(
    (d) =>
      affected.has(d.file) &&
      d.severity === 'error' &&
      (d.file !== display || d.document === undefined || d.document === whip.doc.index),
  );
  if (blocking.length > 0 || councilDoc === undefined) {
    const unknownCouncil: Diagnostic[] =
      councilDoc === undefined && !blocking.some((d) => d.code === 'ref/unknown-council')
        ? [
            await withYamlRuntime(() =>
              diagnosticAt(whip.doc, ['council'], {
                code: 'ref/unknown-council',
                message: `no council "${whip.value.council}" under ${dataDir}`,
                hint: 'say where the council file is with --data DIR',
              }),
            ),
          ]
        : [];
    return printErrors([...blocking, ...unknownCouncil], loaded, io, options.color);
  }
  const measureId = whip.value.measure;
  return {
    whip,
    council: councilDoc.value,
    measure: measureId === undefined ? undefined : loaded.project.ordinances.get(measureId)?.value,
    report: async (problem) => {
      const doc = problem.in === 'council' ? councilDoc.doc : whip.doc;
      const diagnostic = await withYamlRuntime(() =>
        diagnosticAt(doc, problem.path, { code: problem.code, message: problem.message }),
      );
      return printErrors([diagnostic], loaded, io, options.color);
    },
  };
}

function chooseWhip(
  whips: readonly TypedDocumentOf<'whip-count'>[],
  id: string | undefined,
  display: string,
): TypedDocumentOf<'whip-count'> {
  const ids = whips.map((d) => d.value.id);
  if (id !== undefined) {
    const chosen = whips.find((d) => d.value.id === id);
    if (chosen === undefined) {
      throw new UsageError(`${display} holds no whip count "${id}"; it holds ${ids.join(', ')}`);
    }
    return chosen;
  }
  const [only, ...rest] = whips;
  if (only === undefined || rest.length > 0) {
    throw new UsageError(
      `${display} holds ${whips.length} whip counts; choose one with --id (${ids.join(', ')})`,
    );
  }
  return only;
}

/** Prints the errors that stop a projection, as `validate` would, to stderr; exit 1. */
async function printErrors(
  diagnostics: readonly Diagnostic[],
  loaded: LoadedProject,
  io: Io,
  color: boolean | undefined,
): Promise<number> {
  const files = [...new Set(diagnostics.map((d) => d.file))];
  const { errors, warnings } = countBySeverity(diagnostics);
  const { createPrettyWriter } = await import('../report/validation-pretty.js');
  const chalk = await chalkFor(io.stderr, io.env, color);
  const writer = createPrettyWriter(io.stderr, chalk, { quiet: false });
  for (const file of files) {
    const source = loaded.sources.get(file);
    writer.file({
      file,
      read: true,
      diagnostics: diagnostics
        .filter((d) => d.file === file)
        .sort(compareWithinFile)
        .map((d) => resolveDiagnosticIn(d, source)),
      source,
    });
  }
  await writer.end({ files: files.length, errors, warnings, ok: false });
  io.stderr.write('overrule: the whip count cannot be projected until these errors are fixed\n');
  return EXIT.dataErrors;
}

function isFolder(path: string): boolean {
  try {
    return statSync(path).isDirectory();
  } catch {
    return false;
  }
}
