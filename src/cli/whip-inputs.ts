import type { DataPath } from '../diagnostics/address.js';
import type { DiagnosticCode } from '../diagnostics/codes.js';
import { diagnosticAt } from '../diagnostics/diagnostic-at.js';
import { type Diagnostic } from '../diagnostics/diagnostic.js';
import type { SourceTexts } from '../diagnostics/source-text.js';
import type { Council } from '../model/council.js';
import type { Ordinance } from '../model/ordinance.js';
import type { TypedDocumentOf } from '../model/typed-document.js';
import { prepareInputs } from '../project/inputs.js';
import { UsageError } from './errors.js';
import { indexChoice } from './index-choice.js';
import type { Io } from './io.js';
import { printBlockingFindings } from './blocking-findings.js';
import { readStdinArgument } from './stdin.js';

export interface WhipInputOptions {
  readonly data?: string | undefined;
  readonly id?: string | undefined;
  readonly maxFileSize: number;
  readonly color?: boolean | undefined;
  readonly ignore?: readonly string[] | undefined;
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
 * The whip count in FILE, its council and its measure, found by the
 * preparation `tally` uses (see project/inputs.ts). A whip count whose file
 * or council file has errors is refused: the errors are printed as
 * `validate` prints them and the exit code (1) is returned instead.
 */
export async function findWhipInputs(
  file: string,
  options: WhipInputOptions,
  io: Io,
): Promise<WhipInputs | number> {
  const stdin = await readStdinArgument([file], io, 'whip', options.maxFileSize);
  const prepared = await prepareInputs('whip-count', file, {
    cwd: io.cwd,
    maxFileSize: options.maxFileSize,
    data: options.data,
    id: options.id,
    stdin,
    ignore: options.ignore,
    index: indexChoice(io),
  });
  if (!prepared.ok) {
    const failure = prepared.error;
    if (failure.kind === 'usage') throw new UsageError(failure.message);
    return printErrors(failure.diagnostics, failure.sources, io, options.color);
  }
  const { document: whip, council, measure } = prepared.value;
  const sources = new Map([
    [council.doc.source.file, council.doc.source],
    [whip.doc.source.file, whip.doc.source],
  ]);
  return {
    whip,
    council: council.value,
    measure: measure?.value,
    report: (problem) => {
      const doc = problem.in === 'council' ? council.doc : whip.doc;
      const diagnostic = diagnosticAt(doc, problem.path, {
        code: problem.code,
        message: problem.message,
      });
      return printErrors([diagnostic], sources, io, options.color);
    },
  };
}

function printErrors(
  diagnostics: readonly Diagnostic[],
  sources: SourceTexts,
  io: Io,
  color: boolean | undefined,
): Promise<number> {
  return printBlockingFindings(diagnostics, sources, io, {
    color,
    stopped: 'the whip count cannot be projected',
  });
}
