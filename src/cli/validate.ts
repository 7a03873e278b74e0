import { appendFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { resolve } from 'node:path';
import { compareWithinFile, countBySeverity, type Diagnostic } from '../diagnostics/diagnostic.js';
import { resolveDiagnostic } from '../diagnostics/source-text.js';
import { describeFsError } from '../load/read.js';
import { validateFiles, type Shard } from '../project/validate-files.js';
import type { ValidationReport } from '../report/validation-report.js';
import { throwIllegalValue } from '../basics/assert.js';
import { shouldColor } from './color.js';
import { EXIT, UsageError } from './errors.js';
import type { Io } from './io.js';
import { openReportOutput, parseByteSize } from './output.js';
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
  const stdin = await readStdinArgument(paths, io, 'validate');

  const jobs = options.jobs === undefined ? availableParallelism() : parseJobs(options.jobs);
  const shard = options.shard === undefined ? undefined : parseShard(options.shard);
  // Files below which threads are not worth starting; tests lower it to use them.
  const threshold = parseCount(io.env['OVERRULE_WORKER_THRESHOLD'] ?? '');
  const loaded = await validateFiles(paths.length === 0 ? ['.'] : paths, {
    cwd: io.cwd,
    maxFileSize,
    jobs,
    ...(shard === undefined ? {} : { shard }),
    ...(threshold === undefined ? {} : { workerThreshold: threshold }),
    ...(stdin === undefined ? {} : { stdin }),
  });
  for (const failure of loaded.failures) io.stderr.write(`overrule: ${failure}\n`);
  if (loaded.files.length === 0) {
    throw new UsageError('nothing to check: no YAML files were read');
  }

  const all = loaded.diagnostics;
  const order = new Map(loaded.files.map((file, index) => [file, index]));
  const shown = options.quiet === true ? all.filter((d) => d.severity === 'error') : [...all];
  shown.sort((a, b) => compareInFileOrder(a, b, order));

  const { errors, warnings } = countBySeverity(all);
  const ok = errors === 0 && !(options.strict === true && warnings > 0);
  const report: ValidationReport = {
    files: loaded.files,
    diagnostics: shown.map((d) => resolveDiagnostic(d, loaded.sources)),
    errors,
    warnings,
    ok,
    sources: loaded.sources,
  };
  output.stream.write(
    await renderReport(format, report, io, options, output.stream.isTTY === true),
  );
  output.finish();

  if (loaded.failures.length > 0) return EXIT.usage;
  return ok ? EXIT.ok : EXIT.dataErrors;
}

function parseJobs(text: string): number {
  const jobs = parseCount(text);
  if (jobs === undefined || jobs < 1) {
    throw new UsageError(`--jobs ${text}: give a whole number of threads, 1 or more`);
  }
  return jobs;
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

async function renderReport(
  format: ValidateFormat,
  report: ValidationReport,
  io: Io,
  options: ValidateOptions,
  toTerminal: boolean,
): Promise<string> {
  switch (format) {
    case 'pretty': {
      const { Chalk } = await import('chalk');
      const color = shouldColor(
        { write: () => undefined, isTTY: toTerminal },
        io.env,
        options.color,
      );
      const { renderValidationPretty } = await import('../report/validation-pretty.js');
      return renderValidationPretty(report, new Chalk({ level: color ? 1 : 0 }), {
        quiet: options.quiet === true,
      });
    }
    case 'json': {
      const { renderValidationJson } = await import('../report/validation-json.js');
      return renderValidationJson(report);
    }
    case 'github': {
      const { renderValidationGithub } = await import('../report/validation-github.js');
      const rendered = renderValidationGithub(report, {
        root: io.env['GITHUB_WORKSPACE'] ?? io.cwd,
        cwd: io.cwd,
        quiet: options.quiet === true,
      });
      const summaryFile = io.env['GITHUB_STEP_SUMMARY'];
      if (summaryFile !== undefined && summaryFile !== '') {
        appendJobSummary(summaryFile, rendered.summary, io);
      }
      return rendered.log;
    }
    case 'sarif': {
      const { renderValidationSarif } = await import('../report/validation-sarif.js');
      return renderValidationSarif(report, { cwd: io.cwd, toolVersion: VERSION });
    }
    case 'junit': {
      const { renderValidationJunit } = await import('../report/validation-junit.js');
      return renderValidationJunit(report, { strict: options.strict === true });
    }
    default:
      return throwIllegalValue(format, 'format');
  }
}

/** Appends to the job summary; a summary that cannot be written is reported, not fatal. */
function appendJobSummary(path: string, markdown: string, io: Io): void {
  try {
    appendFileSync(resolve(io.cwd, path), markdown, 'utf8');
  } catch (error) {
    io.stderr.write(`overrule: cannot write the job summary: ${describeFsError(error, path)}\n`);
  }
}

function compareInFileOrder(
  a: Diagnostic,
  b: Diagnostic,
  order: ReadonlyMap<string, number>,
): number {
  const fa = order.get(a.file) ?? -1;
  const fb = order.get(b.file) ?? -1;
  return fa !== fb ? fa - fb : compareWithinFile(a, b);
}
