import type { DiagnosticCode } from '../../src/diagnostics/codes.js';
import type { Diagnostic, ResolvedDiagnostic, Severity } from '../../src/diagnostics/diagnostic.js';
import {
  resolveDiagnostic,
  SourceText,
  type SourceTexts,
} from '../../src/diagnostics/source-text.js';
import type {
  ReportStream,
  ValidationTotals,
  ValidationWriter,
} from '../../src/report/validation-report.js';

/** A whole validation run's findings, for driving a report writer in a test. */
export interface ValidationReport extends ValidationTotals {
  /** Every file read, in path order. */
  readonly fileNames: readonly string[];
  readonly diagnostics: readonly ResolvedDiagnostic[];
  readonly sources: SourceTexts;
}

export interface FindingInit {
  readonly file: string;
  readonly code?: DiagnosticCode;
  readonly severity?: Severity;
  readonly message?: string;
  /** The text to point at in the file (its first occurrence); none for no position. */
  readonly at?: string;
  readonly hint?: string;
  readonly document?: number;
}

/** A validation report over in-memory files, as `validate` would build it. */
export function makeReport(
  files: Readonly<Record<string, string>>,
  findings: readonly FindingInit[],
  options: { readonly strict?: boolean } = {},
): ValidationReport {
  const sources = new Map(
    Object.entries(files).map(([name, text]) => [name, new SourceText(name, text)]),
  );
  const diagnostics = findings.map((f): Diagnostic => {
    const text = files[f.file] ?? '';
    const start = f.at === undefined ? -1 : text.indexOf(f.at);
    return {
      code: f.code ?? 'schema/enum',
      severity: f.severity ?? 'error',
      message: f.message ?? 'a problem',
      file: f.file,
      ...(start === -1 || f.at === undefined ? {} : { span: { start, end: start + f.at.length } }),
      ...(f.hint === undefined ? {} : { hint: f.hint }),
      ...(f.document === undefined ? {} : { document: f.document }),
    };
  });
  const errors = diagnostics.filter((d) => d.severity === 'error').length;
  const warnings = diagnostics.length - errors;
  return {
    files: Object.keys(files).length,
    fileNames: Object.keys(files),
    diagnostics: diagnostics.map((d) => resolveDiagnostic(d, sources)),
    errors,
    warnings,
    ok: errors === 0 && !(options.strict === true && warnings > 0),
    sources,
  };
}

/**
 * Drives a writer as `validate` does: each file read once, in order, with
 * its findings (those of other paths first, as the walk's), then the totals.
 * Returns everything it wrote.
 */
export async function writeReport(
  report: ValidationReport,
  create: (out: ReportStream) => ValidationWriter,
): Promise<string> {
  const chunks: string[] = [];
  const writer = create({ write: (chunk) => chunks.push(chunk) });
  const read = new Set(report.fileNames);
  for (const d of report.diagnostics) {
    if (!read.has(d.file)) writer.file({ file: d.file, read: false, diagnostics: [d] });
  }
  for (const file of report.fileNames) {
    writer.file({
      file,
      read: true,
      diagnostics: report.diagnostics.filter((d) => d.file === file),
      source: report.sources.get(file),
    });
  }
  await writer.end(report);
  writer.dispose();
  return chunks.join('');
}
