import type { DiagnosticCode } from '../../src/diagnostics/codes.js';
import type { Diagnostic, Severity } from '../../src/diagnostics/diagnostic.js';
import { resolveDiagnostic, SourceText } from '../../src/diagnostics/source-text.js';
import type { ValidationReport } from '../../src/report/validation-report.js';

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
    files: Object.keys(files),
    diagnostics: diagnostics.map((d) => resolveDiagnostic(d, sources)),
    errors,
    warnings,
    ok: errors === 0 && !(options.strict === true && warnings > 0),
    sources,
  };
}
