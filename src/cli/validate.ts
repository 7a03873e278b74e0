import { availableParallelism } from 'node:os';
import { resolve } from 'node:path';
import { setFlagsFromString } from 'node:v8';
import { countBySeverity } from '../diagnostics/diagnostic.js';
import { isFolder } from '../load/council-folder.js';
import { DEFAULT_MAX_FILE_SIZE } from '../load/read.js';
import { validateFiles, type Shard } from '../project/validate-files.js';
import { placeFindings } from '../report/place-findings.js';
import { escapeControls } from '../report/safe-text.js';
import { chalkFor } from './color.js';
import { EXIT, UsageError } from './errors.js';
import { appendToFile } from './file-write.js';
import { indexChoice } from './index-choice.js';
import type { Io } from './io.js';
import { yieldToSignals } from './interrupts.js';
import { BufferedStream, openReportOutput } from './output.js';
import { VERSION } from './version.js';
import { readStdinArgument } from './stdin.js';
import { WriteFailed, WriteRefused } from './write-errors.js';
import { VALIDATE_FORMATS, type ValidateFormat, type ValidateWriter } from './validate-formats.js';

/** The options as commander hands them over (flag values already parsed). */
export interface ValidateOptions {
  readonly format?: ValidateFormat;
  readonly strict?: boolean;
  readonly quiet?: boolean;
  /** Bytes. */
  readonly maxFileSize?: number;
  readonly output?: string;
  readonly color?: boolean;
  readonly jobs?: number;
  readonly shard?: Shard;
  readonly data?: string;
  readonly ignore?: readonly string[];
}

/** `overrule validate [PATH...]`: every check over every file; exit 0, 1 or 2. */
export async function validateCommand(
  paths: readonly string[],
  options: ValidateOptions,
  io: Io,
): Promise<number> {
  const format = options.format ?? defaultFormat(io);
  const maxFileSize = options.maxFileSize ?? DEFAULT_MAX_FILE_SIZE;
  const output = openReportOutput(io, options.output);
  const stdin = await readStdinArgument(paths, io, 'validate', maxFileSize);

  const jobs = options.jobs === undefined ? undefined : capJobs(options.jobs, io);
  const shard = options.shard;
  const quiet = options.quiet === true;
  if (options.data !== undefined && !isFolder(resolve(io.cwd, options.data))) {
    throw new UsageError(`--data ${options.data}: no such folder`);
  }
  const index = indexChoice(io);
  keepHeapNearLiveSize();
  const out = new BufferedStream(output.stream);
  const writer: ValidateWriter = await VALIDATE_FORMATS[format]({
    out,
    chalk: () => chalkFor(output.stream, io.env, options.color),
    cwd: io.cwd,
    env: io.env,
    quiet,
    strict: options.strict === true,
    toolVersion: VERSION,
  });
  const counts = { errors: 0, warnings: 0 };
  try {
    const run = await validateFiles(
      paths.length === 0 ? ['.'] : paths,
      {
        cwd: io.cwd,
        maxFileSize,
        ...(jobs === undefined ? {} : { jobs }),
        ...(shard === undefined ? {} : { shard }),
        ...(stdin === undefined ? {} : { stdin }),
        ...(options.data === undefined ? {} : { data: options.data }),
        ignore: options.ignore ?? [],
        ...(index === undefined ? {} : { index }),
      },
      async (checked) => {
        const { errors, warnings } = countBySeverity(checked.diagnostics);
        counts.errors += errors;
        counts.warnings += warnings;
        const shown = quiet
          ? checked.diagnostics.filter((d) => d.severity === 'error')
          : checked.diagnostics;
        writer.file({
          file: checked.file,
          read: checked.read,
          diagnostics: await placeFindings(shown, checked.source),
          source: checked.source,
        });
        await out.drained();
        // a signal during a long report stops it there, not after it is whole
        await yieldToSignals();
      },
    );
    for (const failure of run.failures) io.stderr.write(`overrule: ${escapeControls(failure)}\n`);
    // a shard may select no file, as a test runner's may: an empty run, not a mistake
    if (run.files === 0 && shard === undefined) {
      throw new UsageError('nothing to check: no YAML files were read');
    }

    const { errors, warnings } = counts;
    const ok = errors === 0 && !(options.strict === true && warnings > 0);
    const totals = { files: run.files, errors, warnings, ok };
    await writer.end(totals);
    out.flush();
    output.finish();
    const summaryFile = io.env['GITHUB_STEP_SUMMARY'];
    if (writer.summary !== undefined && summaryFile !== undefined && summaryFile !== '') {
      appendJobSummary(summaryFile, writer.summary(totals), io);
    }
    if (run.failures.length > 0) return EXIT.usage;
    return ok ? EXIT.ok : EXIT.dataErrors;
  } finally {
    writer.dispose();
    output.discard();
  }
}

/**
 * V8 sizes the heap for throughput: it lets the old generation grow to a few
 * times what is live before collecting it. What validate keeps is small (each
 * id and where it is written), but a report of many findings makes a great
 * deal of short-lived text, and the heap would balloon with it. On two cores,
 * 100,000 files with 200,000 findings peaked at 378 MiB, and at 243 MiB once
 * the heap may grow by only a fifth past what is live, in the same time.
 * The flag is read each time V8 sets the heap's next limit, so it takes
 * effect when set at run time; it holds for the worker threads too.
 */
function keepHeapNearLiveSize(): void {
  setFlagsFromString('--heap-growing-percent=20');
}

/**
 * `--jobs N`, at most twice the cores (and at least 4): each thread holds
 * its own copy of overrule's code and data, and threads beyond the cores
 * only take turns on them. A larger N is lowered, and said so once.
 */
function capJobs(jobs: number, io: Io): number {
  const cores = availableParallelism();
  const most = Math.max(4, 2 * cores);
  if (jobs <= most) return jobs;
  io.stderr.write(
    `overrule: --jobs ${jobs} is more than ${cores} ${cores === 1 ? 'core' : 'cores'} can use; using ${most} threads\n`,
  );
  return most;
}

function defaultFormat(io: Io): ValidateFormat {
  if (io.env['GITHUB_ACTIONS'] === 'true' && io.stdout.isTTY !== true) return 'github';
  return 'pretty';
}

/** Appends to the job summary; a summary that cannot be written is reported, not fatal. */
function appendJobSummary(path: string, markdown: string, io: Io): void {
  try {
    appendToFile(resolve(io.cwd, path), path, markdown);
  } catch (error) {
    if (!(error instanceof WriteFailed || error instanceof WriteRefused)) throw error;
    io.stderr.write(`overrule: cannot write the job summary: ${error.message}\n`);
  }
}
