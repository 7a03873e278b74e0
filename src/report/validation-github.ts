import type { ResolvedDiagnostic } from '../diagnostics/diagnostic.js';
import { escapeControls, escapeInMessage } from './safe-text.js';
import { Spool } from './spool.js';
import type { ReportStream, ValidationTotals, ValidationWriter } from './validation-report.js';
import { toRepoRelativePath } from './validation-sarif.js';

/** GitHub shows at most this many error and this many warning annotations per step. */
export const ANNOTATION_LIMIT = 10;

/** GitHub refuses a job summary larger than 1 MiB; stay clear of it. */
export const SUMMARY_LIMIT = 1000 * 1000;

/** Room kept in the summary for what is not a row: its heading, the table's head, the last line. */
const SUMMARY_FRAME = 1000;

export interface GithubOptions {
  /** Annotation paths are relative to the repository root: `GITHUB_WORKSPACE`, else the cwd. */
  readonly root: string;
  /** The folder the findings' file names are relative to. */
  readonly cwd: string;
  readonly quiet: boolean;
  /** How many errors (and, separately, warnings) to annotate. */
  readonly limit?: number;
  /** The job summary's size limit, in UTF-16 code units. */
  readonly summaryLimit?: number;
}

/** A GitHub report: the log as it is written, and the job summary at the end. */
export interface GithubWriter extends ValidationWriter {
  /** Markdown for `GITHUB_STEP_SUMMARY`: the totals and a table of every finding. */
  summary(totals: ValidationTotals): string;
}

/**
 * `validate --format github`: workflow-command annotations, capped as GitHub
 * caps them, with a notice counting the rest (which are still printed as plain
 * log lines, after it), and a Markdown job summary listing every finding up to
 * GitHub's size limit.
 */
export function createGithubWriter(out: ReportStream, options: GithubOptions): GithubWriter {
  const limit = options.limit ?? ANNOTATION_LIMIT;
  const rowsLimit = (options.summaryLimit ?? SUMMARY_LIMIT) - SUMMARY_FRAME;
  const annotated = { error: 0, warning: 0 };
  const notAnnotated = new Spool();
  let notAnnotatedCount = 0;
  const rows: string[] = [];
  let rowsSize = 0;
  let rowsLeftOut = 0;
  let findingCount = 0;
  return {
    file(findings) {
      const annotations: string[] = [];
      const plain: string[] = [];
      for (const d of findings.diagnostics) {
        findingCount++;
        if (annotated[d.severity] < limit) {
          annotated[d.severity]++;
          annotations.push(renderAnnotation(d, options));
        } else {
          notAnnotatedCount++;
          plain.push(renderPlainLine(d, options));
        }
        // once a row is left out, so is every row after it
        const row = rowsLeftOut === 0 ? summaryRow(d, options) : undefined;
        if (row !== undefined && rowsSize + row.length + 1 <= rowsLimit) {
          rows.push(row);
          rowsSize += row.length + 1;
        } else {
          rowsLeftOut++;
        }
      }
      if (annotations.length > 0) out.write(`${annotations.join('\n')}\n`);
      if (plain.length > 0) notAnnotated.write(`${plain.join('\n')}\n`);
    },
    async end(totals) {
      if (notAnnotatedCount > 0) {
        const count = `+${notAnnotatedCount} more ${notAnnotatedCount === 1 ? 'problem' : 'problems'}`;
        out.write(
          `::notice title=overrule::${escapeData(
            `${count} not annotated (GitHub shows at most ${limit} errors and ${limit} warnings per step); every finding is listed below and in the job summary`,
          )}\n`,
        );
        await notAnnotated.copyTo(out);
      }
      if (!options.quiet) out.write(`overrule: ${describeTotals(totals)}\n`);
    },
    summary(totals) {
      const mark = totals.ok ? '✅' : '❌';
      const head = ['## overrule validate', '', `${mark} ${describeTotals(totals)}`, ''];
      if (findingCount === 0) return `${head.join('\n')}\n`;
      const table = [
        '| File | Line | Severity | Code | Message |',
        '| --- | ---: | --- | --- | --- |',
      ];
      const rest =
        rowsLeftOut === 0
          ? []
          : [
              '',
              `…and ${rowsLeftOut} more, left out to keep the summary under GitHub's size limit.`,
            ];
      return `${[...head, ...table, ...rows, ...rest].join('\n')}\n`;
    },
    dispose() {
      notAnnotated.dispose();
    },
  };
}

function renderAnnotation(d: ResolvedDiagnostic, options: GithubOptions): string {
  const properties: string[] = [`file=${escapeProperty(annotationPath(d.file, options))}`];
  if (d.line !== null) {
    properties.push(`line=${d.line}`);
    if (d.column !== null) properties.push(`col=${d.column}`);
    if (d.endLine !== null) properties.push(`endLine=${d.endLine}`);
    if (d.endColumn !== null) properties.push(`endColumn=${d.endColumn}`);
  }
  properties.push(`title=${escapeProperty(d.code)}`);
  return `::${d.severity} ${properties.join(',')}::${escapeData(annotationMessage(d))}`;
}

function annotationMessage(d: ResolvedDiagnostic): string {
  const text = escapeInMessage(d.message);
  const message = d.document === undefined ? text : `document ${d.document + 1}: ${text}`;
  return d.hint === undefined ? message : `${message}\nhint: ${escapeInMessage(d.hint)}`;
}

function renderPlainLine(d: ResolvedDiagnostic, options: GithubOptions): string {
  const where = d.line === null ? '' : `:${d.line}:${d.column ?? 1}`;
  const line = `${annotationPath(d.file, options)}${where}: ${d.severity}: ${escapeInMessage(d.message)} [${d.code}]`;
  // one line, which GitHub must never take for a workflow command
  return line.replace(/[\r\n]+/g, ' ').replace(/^::/, ': :');
}

/** The file's path for GitHub, control characters in it escaped (see safe-text.ts). */
function annotationPath(file: string, options: GithubOptions): string {
  return escapeControls(toRepoRelativePath(file, options.root, options.cwd) ?? file);
}

/** Escapes a workflow command's message: `%`, CR and LF. */
export function escapeData(text: string): string {
  return text.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}

/** Escapes a workflow command's property value: as a message, plus `:` and `,`. */
export function escapeProperty(text: string): string {
  return escapeData(text).replace(/:/g, '%3A').replace(/,/g, '%2C');
}

function describeTotals(totals: ValidationTotals): string {
  const files = `${totals.files} ${totals.files === 1 ? 'file' : 'files'} checked`;
  if (totals.errors === 0 && totals.warnings === 0) return `${files}, no problems`;
  return `${files}: ${plural(totals.errors, 'error')}, ${plural(totals.warnings, 'warning')}`;
}

function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}

function summaryRow(d: ResolvedDiagnostic, options: GithubOptions): string {
  const where = d.line === null ? '' : `${d.line}:${d.column ?? 1}`;
  const path = annotationPath(d.file, options);
  const file = d.document === undefined ? path : `${path} (document ${d.document + 1})`;
  const text = escapeInMessage(d.message);
  const message = d.hint === undefined ? text : `${text}\nhint: ${escapeInMessage(d.hint)}`;
  return `| ${escapeCell(file)} | ${where} | ${d.severity} | ${escapeCell(d.code)} | ${escapeCell(message)} |`;
}

/** Text safe inside a Markdown table cell: no pipes, no markup, no line breaks. */
function escapeCell(text: string): string {
  return text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/([\\`*_[\]|~#])/g, '\\$1')
    .replace(/\r?\n/g, '<br>');
}
