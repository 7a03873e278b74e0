import { throwIllegalValue } from '../basics/assert.js';
import type { MarkdownFlavor } from '../report/report-markdown.js';
import { buildArchiveReport, type ArchiveInput, type ArchiveReport } from '../tally/archive.js';
import { EXIT, UsageError } from './errors.js';
import type { Io } from './io.js';
import { openReportOutput, parseByteSize } from './output.js';
import { loadArchiveInput } from './report-inputs.js';

export type ReportFormat = 'markdown' | 'html' | 'json' | 'csv';

export interface ReportOptions {
  readonly format?: ReportFormat;
  readonly flavor?: MarkdownFlavor;
  readonly from?: string;
  readonly to?: string;
  readonly measure?: string;
  readonly maxFileSize?: string;
  readonly output?: string;
  readonly ignore?: readonly string[];
}

/**
 * `overrule report [PATH...]`: every measure with its roll calls, each
 * member's record and the divided votes, for publishing. The report is
 * written whatever the data holds; the exit code is 1 when a roll call
 * could not be tallied, an official record disagrees with the computed
 * result, or another file has errors.
 */
export async function reportCommand(
  paths: readonly string[],
  options: ReportOptions,
  io: Io,
): Promise<number> {
  const from = checkDate('--from', options.from);
  const to = checkDate('--to', options.to);
  if (from !== undefined && to !== undefined && from > to) {
    throw new UsageError(`--from ${from} is after --to ${to}`);
  }
  if (
    options.flavor !== undefined &&
    options.format !== undefined &&
    options.format !== 'markdown'
  ) {
    throw new UsageError(`--flavor is for --format markdown, not ${options.format}`);
  }
  if (paths.includes('-')) {
    throw new UsageError('report reads an archive of files and folders, not standard input');
  }
  const maxFileSize = parseByteSize(options.maxFileSize ?? '4MB');
  const output = openReportOutput(io, options.output);

  const input = await loadArchiveInput(paths.length === 0 ? ['.'] : paths, {
    cwd: io.cwd,
    maxFileSize,
    ignore: options.ignore ?? [],
  });
  if (options.measure !== undefined) checkMeasure(options.measure, input);
  const report = buildArchiveReport(input, { from, to, measure: options.measure });

  output.stream.write(
    await renderReport(options.format ?? 'markdown', report, options.flavor ?? 'plain'),
  );
  output.finish();

  const { totals } = report;
  const problems = [
    totals.notTallied > 0 ? `${totals.notTallied} roll call(s) could not be tallied` : '',
    totals.mismatches > 0
      ? `${totals.mismatches} recorded result(s) disagree with the computed ones`
      : '',
    report.otherProblemFiles.length > 0
      ? `${report.otherProblemFiles.length} other file(s) have errors`
      : '',
  ].filter((p) => p !== '');
  if (problems.length > 0) {
    io.stderr.write(
      `overrule: the data has errors: ${problems.join('; ')}; the report says where (overrule validate explains them)\n`,
    );
    return EXIT.dataErrors;
  }
  return EXIT.ok;
}

async function renderReport(
  format: ReportFormat,
  report: ArchiveReport,
  flavor: MarkdownFlavor,
): Promise<string> {
  switch (format) {
    case 'markdown': {
      const { renderReportMarkdown } = await import('../report/report-markdown.js');
      return renderReportMarkdown(report, flavor);
    }
    case 'html': {
      const { renderReportHtml } = await import('../report/report-html.js');
      return renderReportHtml(report);
    }
    case 'json': {
      const { renderReportJson } = await import('../report/report-json.js');
      return renderReportJson(report);
    }
    case 'csv': {
      const { renderReportCsv } = await import('../report/report-csv.js');
      return renderReportCsv(report);
    }
    default:
      return throwIllegalValue(format, 'format');
  }
}

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** A real calendar date written `YYYY-MM-DD`, or a usage error. */
function checkDate(flag: string, value: string | undefined): string | undefined {
  if (value === undefined) return undefined;
  const match = ISO_DATE.exec(value);
  const date = match === null ? undefined : new Date(`${value}T00:00:00Z`);
  if (
    date === undefined ||
    Number.isNaN(date.getTime()) ||
    date.toISOString().slice(0, 10) !== value
  ) {
    throw new UsageError(`${flag} ${value}: write a date as YYYY-MM-DD, e.g. 2024-04-16`);
  }
  return value;
}

/** `--measure` names a measure of the archive, or one that a roll call names. */
function checkMeasure(id: string, input: ArchiveInput): void {
  const known = new Set(input.measures.map((m) => m.id));
  for (const r of input.rollCalls) {
    const measure = r.status === 'tallied' ? r.tally.rollCall.measure : r.measure;
    if (measure !== null) known.add(measure);
  }
  if (!known.has(id)) {
    const list = [...known].sort();
    throw new UsageError(
      `--measure ${id}: no such measure in the archive${list.length === 0 ? '' : `; it has ${list.join(', ')}`}`,
    );
  }
}
