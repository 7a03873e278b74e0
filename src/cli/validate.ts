import { availableParallelism } from 'node:os';
import { resolve } from 'node:path';
import { setFlagsFromString } from 'node:v8';
import { countBySeverity } from '../diagnostics/diagnostic.js';
import { resolveDiagnosticIn } from '../diagnostics/source-text.js';
import { validateFiles, type Shard } from '../project/validate-files.js';
import type {
  ReportStream,
  ValidationTotals,
  ValidationWriter,
} from '../report/validation-report.js';
import { throwIllegalValue } from '../basics/assert.js';
import { escapeControls } from '../report/safe-text.js';
import { chalkFor } from './color.js';
import { EXIT, UsageError } from './errors.js';
import { appendToFile } from './file-write.js';
import { WriteFailed, WriteRefused } from './write-errors.js';
import type { Io } from './io.js';
import { BufferedStream, openReportOutput, parseByteSize } from './output.js';
import { VERSION } from './run.js';
import { readStdinArgument } from './stdin.js';

export type ValidateFormat = 'pretty' | 'json' | 'github' | 'sarif' | 'junit';

export interface ValidateOptions {
  readonly format?: ValidateFormat;
  readonly strict?: boolean;
  readonly quiet?: boolean;
  readonly maxFileSize?: string;
  readonly output?: string;
  readonly color?: boolean;
  readonly jobs?: string;
  readonly shard?: string;
}

/** `overrule validate [PATH...]`: every check over every file; exit 0, 1 or 2. */
export async function validateCommand(
  paths: readonly string[],
  options: ValidateOptions,
  io: Io,
): Promise<number> {
  const format = options.format ?? defaultFormat(io);
  const maxFileSize = parseByteSize(options.maxFileSize ?? '4MB');
  const output = openReportOutput(io, options.output);
  const stdin = await readStdinArgument(paths, io, 'validate', maxFileSize);

  const jobs = options.jobs === undefined ? availableParallelism() : parseJobs(options.jobs, io);
  const shard = options.shard === undefined ? undefined : parseShard(options.shard);
  // Files below which threads are not worth starting; tests lower it to use them.
  const threshold = parseCount(io.env['OVERRULE_WORKER_THRESHOLD'] ?? '');
  const quiet = options.quiet === true;
  keepHeapNearLiveSize();
  const out = new BufferedStream(output.stream);
  const writer = await createWriter(format, out, io, options, output.stream.isTTY === true);
  const counts = { errors: 0, warnings: 0 };
  try {
    const run = await validateFiles(
      paths.length === 0 ? ['.'] : paths,
      {
        cwd: io.cwd,
        maxFileSize,
        jobs,
        ...(shard === undefined ? {} : { shard }),
        ...(threshold === undefined ? {} : { workerThreshold: threshold }),
        ...(stdin === undefined ? {} : { stdin }),
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
          diagnostics: shown.map((d) => resolveDiagnosticIn(d, checked.source)),
          source: checked.source,
        });
        await out.drained();
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
function parseJobs(text: string, io: Io): number {
  const jobs = parseCount(text);
  if (jobs === undefined || jobs < 1) {
    throw new UsageError(`--jobs ${text}: give a whole number of threads, 1 or more`);
  }
  const cores = availableParallelism();
  const most = Math.max(4, 2 * cores);
  if (jobs <= most) return jobs;
  io.stderr.write(
    `overrule: --jobs ${text} is more than ${cores} ${cores === 1 ? 'core' : 'cores'} can use; using ${most} threads\n`,
  );
  return most;
}

function parseShard(text: string): Shard {
  const match = /^([0-9]+)\/([0-9]+)$/.exec(text);
  const index = Number(match?.[1]);
  const count = Number(match?.[2]);
  if (match === null || !(count >= 1 && index >= 1 && index <= count)) {
    throw new UsageError(`--shard ${text}: give i/n with 1 <= i <= n, such as 1/4`);
  }
  return { index, count };
}

function parseCount(text: string): number | undefined {
  return /^[0-9]+$/.test(text) ? Number(text) : undefined;
}

function defaultFormat(io: Io): ValidateFormat {
  if (io.env['GITHUB_ACTIONS'] === 'true' && io.stdout.isTTY !== true) return 'github';
  return 'pretty';
}

/** The report's writer, with the job summary's when GitHub asks for one. */
type Writer = ValidationWriter & { summary?: (totals: ValidationTotals) => string };

async function createWriter(
  format: ValidateFormat,
  out: ReportStream,
  io: Io,
  options: ValidateOptions,
  toTerminal: boolean,
): Promise<Writer> {
  switch (format) {
    case 'pretty': {
      const chalk = await chalkFor({ isTTY: toTerminal }, io.env, options.color);
      const { createPrettyWriter } = await import('../report/validation-pretty.js');
      return createPrettyWriter(out, chalk, { quiet: options.quiet === true });
    }
    case 'json': {
      const { createJsonWriter } = await import('../report/validation-json.js');
      return createJsonWriter(out);
    }
    case 'github': {
      const { createGithubWriter } = await import('../report/validation-github.js');
      const writer = createGithubWriter(out, {
        root: io.env['GITHUB_WORKSPACE'] ?? io.cwd,
        cwd: io.cwd,
        quiet: options.quiet === true,
      });
      return writer;
    }
    case 'sarif': {
      const { createSarifWriter } = await import('../report/validation-sarif.js');
      return createSarifWriter(out, { cwd: io.cwd, toolVersion: VERSION });
    }
    case 'junit': {
      const { createJunitWriter } = await import('../report/validation-junit.js');
      return createJunitWriter(out, { strict: options.strict === true });
    }
    default:
      return throwIllegalValue(format, 'format');
  }
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
