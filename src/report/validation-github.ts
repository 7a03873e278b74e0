import type { ResolvedDiagnostic } from '../diagnostics/diagnostic.js';
import type { ValidationReport } from './validation-report.js';
import { toRepoRelativePath } from './validation-sarif.js';

/** GitHub shows at most this many error and this many warning annotations per step. */
export const ANNOTATION_LIMIT = 10;

/** GitHub refuses a job summary larger than 1 MiB; stay clear of it. */
const SUMMARY_LIMIT = 1000 * 1000;

export interface GithubOptions {
  /** Annotation paths are relative to the repository root: `GITHUB_WORKSPACE`, else the cwd. */
  readonly root: string;
  /** The folder the findings' file names are relative to. */
  readonly cwd: string;
  readonly quiet: boolean;
  /** How many errors (and, separately, warnings) to annotate. */
  readonly limit?: number;
}

export interface GithubOutput {
  /** The log: workflow commands, then plain lines for what was not annotated. */
  readonly log: string;
  /** Markdown for `GITHUB_STEP_SUMMARY`: a table of every finding. */
  readonly summary: string;
}

/**
 * `validate --format github`: workflow-command annotations, capped as GitHub
 * caps them, with a notice counting the rest (which are still printed as plain
 * log lines), and a Markdown job summary listing every finding.
 */
export function renderValidationGithub(
  report: ValidationReport,
  options: GithubOptions,
): GithubOutput {
  const limit = options.limit ?? ANNOTATION_LIMIT;
  const lines: string[] = [];
  const notAnnotated: ResolvedDiagnostic[] = [];
  const annotated = { error: 0, warning: 0 };
  for (const d of report.diagnostics) {
    if (annotated[d.severity] < limit) {
      annotated[d.severity]++;
      lines.push(renderAnnotation(d, options));
    } else {
      notAnnotated.push(d);
    }
  }
  if (notAnnotated.length > 0) {
    lines.push(
      `::notice title=overrule::${escapeData(
        `+${notAnnotated.length} more ${notAnnotated.length === 1 ? 'problem' : 'problems'} not annotated (GitHub shows at most ${limit} errors and ${limit} warnings per step); every finding is listed below and in the job summary`,
      )}`,
    );
    for (const d of notAnnotated) lines.push(renderPlainLine(d, options));
  }
  if (!options.quiet) lines.push(`overrule: ${describeTotals(report)}`);
  return {
    log: lines.length === 0 ? '' : `${lines.join('\n')}\n`,
    summary: renderSummary(report, options),
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
  const message = d.document === undefined ? d.message : `document ${d.document + 1}: ${d.message}`;
  return d.hint === undefined ? message : `${message}\nhint: ${d.hint}`;
}

function renderPlainLine(d: ResolvedDiagnostic, options: GithubOptions): string {
  const where = d.line === null ? '' : `:${d.line}:${d.column ?? 1}`;
  const line = `${annotationPath(d.file, options)}${where}: ${d.severity}: ${d.message} [${d.code}]`;
  // one line, which GitHub must never take for a workflow command
  return line.replace(/[\r\n]+/g, ' ').replace(/^::/, ': :');
}

function annotationPath(file: string, options: GithubOptions): string {
  return toRepoRelativePath(file, options.root, options.cwd) ?? file;
}

/** Escapes a workflow command's message: `%`, CR and LF. */
export function escapeData(text: string): string {
  return text.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}

/** Escapes a workflow command's property value: as a message, plus `:` and `,`. */
export function escapeProperty(text: string): string {
  return escapeData(text).replace(/:/g, '%3A').replace(/,/g, '%2C');
}

function describeTotals(report: ValidationReport): string {
  const files = `${report.files.length} ${report.files.length === 1 ? 'file' : 'files'} checked`;
  if (report.errors === 0 && report.warnings === 0) return `${files}, no problems`;
  return `${files}: ${plural(report.errors, 'error')}, ${plural(report.warnings, 'warning')}`;
}

function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}

function renderSummary(report: ValidationReport, options: GithubOptions): string {
  const out: string[] = ['## overrule validate', ''];
  const mark = report.ok ? '✅' : '❌';
  out.push(`${mark} ${describeTotals(report)}`, '');
  if (report.diagnostics.length === 0) return `${out.join('\n')}\n`;
  out.push('| File | Line | Severity | Code | Message |', '| --- | ---: | --- | --- | --- |');
  let size = out.join('\n').length;
  let shown = 0;
  for (const d of report.diagnostics) {
    const where = d.line === null ? '' : `${d.line}:${d.column ?? 1}`;
    const path = annotationPath(d.file, options);
    const file = d.document === undefined ? path : `${path} (document ${d.document + 1})`;
    const message = d.hint === undefined ? d.message : `${d.message}\nhint: ${d.hint}`;
    const row = `| ${escapeCell(file)} | ${where} | ${d.severity} | ${escapeCell(d.code)} | ${escapeCell(message)} |`;
    if (size + row.length + 1 > SUMMARY_LIMIT) break;
    out.push(row);
    size += row.length + 1;
    shown++;
  }
  const rest = report.diagnostics.length - shown;
  if (rest > 0) {
    out.push('', `…and ${rest} more, left out to keep the summary under GitHub's size limit.`);
  }
  return `${out.join('\n')}\n`;
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
