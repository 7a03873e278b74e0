import type { DataPath } from '../diagnostics/address.js';
import type { DiagnosticCode } from '../diagnostics/codes.js';
import { diagnosticAt } from '../diagnostics/diagnostic-at.js';
import type { Council } from '../model/council.js';
import type { Ordinance } from '../model/ordinance.js';
import type { TypedDocumentOf } from '../model/typed-document.js';
import type { Io } from './io.js';
import { printBlockingFindings } from './blocking-findings.js';
import { prepareCommandInputs, type CommandInputOptions } from './command-inputs.js';

export type WhipInputOptions = CommandInputOptions;

const WORDS = { command: 'whip', stopped: 'the whip count cannot be projected' } as const;

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
  const prepared = await prepareCommandInputs('whip-count', file, options, io, WORDS);
  if (typeof prepared === 'number') return prepared;
  const { document: whip, council, measure } = prepared;
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
      return printBlockingFindings([diagnostic], sources, io, {
        color: options.color,
        stopped: WORDS.stopped,
      });
    },
  };
}
