import { diagnosticAt } from '../diagnostics/diagnostic-at.js';
import { DEFAULT_MAX_FILE_SIZE } from '../load/read.js';
import { computeTally } from '../tally/compute-tally.js';
import type { TallyResult } from '../tally/tally-result.js';
import { printBlockingFindings } from './blocking-findings.js';
import { prepareCommandInputs } from './command-inputs.js';
import { chalkFor } from './color.js';
import { EXIT } from './errors.js';
import type { Io } from './io.js';
import { openReportOutput } from './output.js';
import { TALLY_FORMATS, type TallyFormat } from './tally-formats.js';

/** The options as commander hands them over (flag values already parsed). */
export interface TallyOptions {
  readonly data?: string;
  readonly id?: string;
  readonly format?: TallyFormat;
  /** The same as `format: 'json'` (commander refuses both together). */
  readonly json?: boolean;
  readonly expectPass?: boolean;
  /** Bytes. */
  readonly maxFileSize?: number;
  readonly output?: string;
  readonly color?: boolean;
  readonly ignore?: readonly string[];
}

/**
 * `overrule tally FILE`: finds the council and rule in the same tree (see
 * prepareInputs), refuses to tally a roll call whose files have errors
 * (printing them), and reports. Exit 1 when the data has errors, or under
 * `--expect-pass` when the result is not `passed`.
 */
const WORDS = { command: 'tally', stopped: 'the roll call cannot be tallied' } as const;

export async function tallyCommand(file: string, options: TallyOptions, io: Io): Promise<number> {
  const format = options.json === true ? 'json' : (options.format ?? 'table');
  const maxFileSize = options.maxFileSize ?? DEFAULT_MAX_FILE_SIZE;
  const output = openReportOutput(io, options.output);
  const prepared = await prepareCommandInputs(
    'roll-call',
    file,
    { ...options, maxFileSize },
    io,
    WORDS,
  );
  if (typeof prepared === 'number') return prepared;
  const { document: rollCall, council, measure, directive } = prepared;
  const tally = computeTally({
    council: council.value,
    rollCall: rollCall.value,
    measure: measure?.value,
    directive: directive?.value,
  });
  if (!tally.ok) {
    const problem = tally.error;
    const doc = problem.in === 'council' ? council.doc : rollCall.doc;
    const { describeTallyProblem } = await import('../report/tally-problem-text.js');
    const diagnostic = diagnosticAt(doc, problem.path, {
      code: problem.code,
      message: describeTallyProblem(problem),
    });
    const sources = new Map([
      [council.doc.source.file, council.doc.source],
      [rollCall.doc.source.file, rollCall.doc.source],
    ]);
    return printBlockingFindings([diagnostic], sources, io, {
      color: options.color,
      stopped: WORDS.stopped,
    });
  }
  return finishTally(tally.value, format, output, options, io);
}

/** Writes the report of a tally; the exit code. */
async function finishTally(
  tally: TallyResult,
  format: TallyFormat,
  output: ReturnType<typeof openReportOutput>,
  options: TallyOptions,
  io: Io,
): Promise<number> {
  const chalk = () => chalkFor(output.stream, io.env, options.color);
  output.stream.write(await TALLY_FORMATS[format](tally, { chalk }));
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
