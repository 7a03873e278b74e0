import { existsSync, readdirSync, realpathSync, statSync } from 'node:fs';
import { homedir, tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { throwIllegalValue } from '../basics/assert.js';
import { runChecks } from '../check/index.js';
import { compareWithinFile, countBySeverity, type Diagnostic } from '../diagnostics/diagnostic.js';
import { resolveDiagnosticIn } from '../diagnostics/source-text.js';
import { diagnosticAt } from '../load/locate.js';
import { readRegularFile } from '../load/read.js';
import { withYamlRuntime } from '../load/yaml-runtime.js';
import type { TypedDocumentOf } from '../model/typed-document.js';
import { loadProject, STDIN_NAME, type LoadedProject } from '../project/load-project.js';
import { findTallyInputs } from '../project/tally-inputs.js';
import { computeTally } from '../tally/compute-tally.js';
import type { TallyResult } from '../tally/tally-result.js';
import { chalkFor } from './color.js';
import { EXIT, UsageError } from './errors.js';
import type { Io } from './io.js';
import { openReportOutput, parseByteSize } from './output.js';
import { readStdinArgument } from './stdin.js';

export type TallyFormat = 'table' | 'markdown' | 'json' | 'csv';

export interface TallyOptions {
  readonly data?: string;
  readonly id?: string;
  readonly format?: TallyFormat;
  readonly json?: boolean;
  readonly expectPass?: boolean;
  readonly maxFileSize?: string;
  readonly output?: string;
  readonly color?: boolean;
  /** Always hold the whole tree, never the quick way (for tests that compare the two). */
  readonly wholeTree?: boolean;
}

/** A recorded-result mismatch is shown in the report itself, not instead of it. */
const SHOWN_IN_REPORT = new Set<string>(['tally/recorded-mismatch']);

/**
 * `overrule tally FILE`: finds the council and rule in the same tree, refuses
 * to tally a roll call whose files have errors (printing them), and reports.
 * Exit 1 when the data has errors, or under `--expect-pass` when the result is
 * not `passed`.
 */
export async function tallyCommand(file: string, options: TallyOptions, io: Io): Promise<number> {
  const format = chooseFormat(options);
  const maxFileSize = parseByteSize(options.maxFileSize ?? '4MB');
  const output = openReportOutput(io, options.output);
  const stdin = await readStdinArgument([file], io, 'tally', maxFileSize);

  if (file !== '-' && isFolder(resolve(io.cwd, file))) {
    throw new UsageError(`${file} is a folder; give one roll-call file (validate checks folders)`);
  }
  if (options.data !== undefined && !isFolder(resolve(io.cwd, options.data))) {
    throw new UsageError(`--data ${options.data}: no such folder`);
  }
  const dataDir =
    options.data ?? findCouncilFolder(file === '-' ? io.cwd : resolve(io.cwd, file), maxFileSize);
  if (dataDir === undefined) {
    throw new UsageError(
      `no council found: no folder from ${file === '-' ? 'the current folder' : dirname(file)} upwards ` +
        'holds a file with `kind: council`; say where it is with --data DIR',
    );
  }
  if (file !== '-' && options.wholeTree !== true) {
    // The usual case, a clean roll call, without holding the whole tree.
    const result = await tallyQuickly(file, dataDir, maxFileSize, options, io);
    if (result !== undefined) return finishTally(result, format, output, options, io);
  }

  const loaded = await loadProject([file, dataDir], {
    cwd: io.cwd,
    maxFileSize,
    ...(stdin === undefined ? {} : { stdin }),
  });
  if (loaded.failures.length > 0) throw new UsageError(loaded.failures.join('\n'));
  const display = file === '-' ? STDIN_NAME : file;
  const all = [...loaded.diagnostics, ...(await withYamlRuntime(() => runChecks(loaded.project)))];

  const rollCalls = loaded.project.ofKind('roll-call').filter((d) => d.doc.source.file === display);
  const fileErrors = all.filter((d) => d.file === display && d.severity === 'error');
  if (rollCalls.length === 0) {
    if (fileErrors.length > 0) return reportErrors(fileErrors, loaded, io, options);
    throw new UsageError(`${display} holds no roll call (a document with \`kind: roll-call\`)`);
  }
  const rollCall = chooseRollCall(rollCalls, options.id, display);

  const councilDoc = loaded.project.councils.get(rollCall.value.council);
  const affected = new Set([
    display,
    ...(councilDoc === undefined ? [] : [councilDoc.doc.source.file]),
  ]);
  const blocking = all.filter(
    (d) =>
      affected.has(d.file) &&
      d.severity === 'error' &&
      // every document of the file counts: a neighbour's errors are never passed over
      !(
        SHOWN_IN_REPORT.has(d.code) &&
        d.file === display &&
        (d.document === undefined || d.document === rollCall.doc.index)
      ),
  );
  if (blocking.length > 0 || councilDoc === undefined) {
    const unknownCouncil: Diagnostic[] =
      councilDoc === undefined && !blocking.some((d) => d.code === 'ref/unknown-council')
        ? [
            await withYamlRuntime(() =>
              diagnosticAt(rollCall.doc, ['council'], {
                code: 'ref/unknown-council',
                message: `no council "${rollCall.value.council}" under ${dataDir}`,
                hint: 'say where the council file is with --data DIR',
              }),
            ),
          ]
        : [];
    return reportErrors([...blocking, ...unknownCouncil], loaded, io, options);
  }

  const measureId = rollCall.value.measure;
  const measure =
    measureId === undefined ? undefined : loaded.project.ordinances.get(measureId)?.value;
  const directiveId = measure?.directive;
  const directive =
    directiveId === undefined ? undefined : loaded.project.directives.get(directiveId)?.value;
  const tally = computeTally({
    council: councilDoc.value,
    rollCall: rollCall.value,
    measure,
    directive,
  });
  if (!tally.ok) {
    const problem = tally.error;
    const doc = problem.in === 'council' ? councilDoc.doc : rollCall.doc;
    const diagnostic = await withYamlRuntime(() =>
      diagnosticAt(doc, problem.path, { code: problem.code, message: problem.message }),
    );
    return reportErrors([diagnostic], loaded, io, options);
  }
  return finishTally(tally.value, format, output, options, io);
}

/**
 * The tally of a clean roll call, found without holding the whole tree (see
 * findTallyInputs); undefined whenever the whole tree is needed, to report a
 * problem or to tell the two ways apart. The roll call is chosen here only
 * when the choice cannot fail, so that any message comes from the whole way.
 */
async function tallyQuickly(
  file: string,
  dataDir: string,
  maxFileSize: number,
  options: TallyOptions,
  io: Io,
): Promise<TallyResult | undefined> {
  const quick = await findTallyInputs(file, dataDir, { cwd: io.cwd, maxFileSize });
  if (quick === undefined) return undefined;
  const rollCall =
    options.id === undefined
      ? quick.rollCalls.length === 1
        ? quick.rollCalls[0]
        : undefined
      : quick.rollCalls.find((d) => d.value.id === options.id);
  if (rollCall === undefined) return undefined;
  const inputs = await quick.resolve(rollCall);
  if (inputs === undefined) return undefined;
  const tally = computeTally({
    council: inputs.council.value,
    rollCall: rollCall.value,
    measure: inputs.measure?.value,
    directive: inputs.directive?.value,
  });
  return tally.ok ? tally.value : undefined;
}

/** Writes the report of a tally; the exit code. */
async function finishTally(
  tally: TallyResult,
  format: TallyFormat,
  output: ReturnType<typeof openReportOutput>,
  options: TallyOptions,
  io: Io,
): Promise<number> {
  output.stream.write(await renderTally(format, tally, io, options, output.stream.isTTY === true));
  output.finish();

  if (tally.recorded !== null && !tally.recorded.matches) {
    io.stderr.write(
      'overrule: the recorded result disagrees with the computed one (tally/recorded-mismatch)\n',
    );
    return EXIT.dataErrors;
  }
  if (options.expectPass === true && tally.result !== 'passed') {
    io.stderr.write(`overrule: --expect-pass: the result is ${tally.result}\n`);
    return EXIT.dataErrors;
  }
  return EXIT.ok;
}

function chooseFormat(options: TallyOptions): TallyFormat {
  if (options.json === true) {
    if (options.format !== undefined && options.format !== 'json') {
      throw new UsageError(`--json and --format ${options.format} disagree; give one of them`);
    }
    return 'json';
  }
  return options.format ?? 'table';
}

function chooseRollCall(
  rollCalls: readonly TypedDocumentOf<'roll-call'>[],
  id: string | undefined,
  display: string,
): TypedDocumentOf<'roll-call'> {
  const ids = rollCalls.map((d) => d.value.id);
  if (id !== undefined) {
    const chosen = rollCalls.find((d) => d.value.id === id);
    if (chosen === undefined) {
      throw new UsageError(`${display} holds no roll call "${id}"; it holds ${ids.join(', ')}`);
    }
    return chosen;
  }
  const [only, ...rest] = rollCalls;
  if (only === undefined || rest.length > 0) {
    throw new UsageError(
      `${display} holds ${rollCalls.length} roll calls; choose one with --id (${ids.join(', ')})`,
    );
  }
  return only;
}

/** Prints the errors that stop a tally, as `validate` would, to stderr; exit 1. */
async function reportErrors(
  diagnostics: readonly Diagnostic[],
  loaded: LoadedProject,
  io: Io,
  options: TallyOptions,
): Promise<number> {
  const files = [...new Set(diagnostics.map((d) => d.file))];
  const { errors, warnings } = countBySeverity(diagnostics);
  const { createPrettyWriter } = await import('../report/validation-pretty.js');
  const chalk = await chalkFor(io.stderr, io.env, options.color);
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
  io.stderr.write('overrule: the roll call cannot be tallied until these errors are fixed\n');
  return EXIT.dataErrors;
}

async function renderTally(
  format: TallyFormat,
  result: TallyResult,
  io: Io,
  options: TallyOptions,
  toTerminal: boolean,
): Promise<string> {
  switch (format) {
    case 'table': {
      const chalk = await chalkFor({ isTTY: toTerminal }, io.env, options.color);
      const { renderTallyTable } = await import('../report/tally-table.js');
      return renderTallyTable(result, chalk);
    }
    case 'markdown': {
      const { renderTallyMarkdown } = await import('../report/tally-markdown.js');
      return renderTallyMarkdown(result);
    }
    case 'json': {
      const { renderTallyJson } = await import('../report/tally-json.js');
      return renderTallyJson(result);
    }
    case 'csv': {
      const { renderTallyCsv } = await import('../report/tally-csv.js');
      return renderTallyCsv(result);
    }
    default:
      return throwIllegalValue(format, 'format');
  }
}

const YAML_FILE = /\.ya?ml$/i;
const COUNCIL_KIND = /^kind:[ \t]*(["']?)council\1[ \t]*(#.*)?$/m;

/**
 * The nearest folder, from the file's own folder upwards, holding a YAML file
 * whose top level says `kind: council`. Only the folder's own files are read,
 * not its subfolders, and none larger than the size cap. The search stops at
 * the root of the repository (a folder holding `.git`), so a stray council
 * file above it is never picked up; and it never reads the folders that
 * hold everything else (the file system's root, the home folder, the
 * temporary folder), whose YAML files have nothing to do with the roll call.
 */
export function findCouncilFolder(start: string, maxFileSize: number): string | undefined {
  let folder = isFolder(start) ? start : dirname(start);
  const unrelated = new Set(
    [resolve('/'), homedir(), tmpdir()].flatMap((f) => [resolve(f), realPathOr(f)]),
  );
  for (;;) {
    if (unrelated.has(folder)) return undefined;
    if (holdsCouncil(folder, maxFileSize)) return folder;
    if (existsSync(join(folder, '.git'))) return undefined;
    const parent = dirname(folder);
    if (parent === folder) return undefined;
    folder = parent;
  }
}

function holdsCouncil(folder: string, maxFileSize: number): boolean {
  let names: string[];
  try {
    names = readdirSync(folder);
  } catch {
    return false;
  }
  for (const name of names.sort()) {
    if (!YAML_FILE.test(name)) continue;
    const path = join(folder, name);
    try {
      // a regular file within the cap only: never a FIFO or a device
      const read = readRegularFile(path, maxFileSize);
      if (read.kind === 'bytes' && COUNCIL_KIND.test(read.bytes.toString('utf8'))) return true;
    } catch {
      // unreadable: not a council we can use
    }
  }
  return false;
}

function realPathOr(path: string): string {
  try {
    return realpathSync(path);
  } catch {
    return path;
  }
}

function isFolder(path: string): boolean {
  try {
    return statSync(path).isDirectory();
  } catch {
    return false;
  }
}
