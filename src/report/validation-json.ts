import type { ValidationReport } from './validation-report.js';

/** The `validate --format json` contract (SPEC 2.1). */
export function renderValidationJson(report: ValidationReport): string {
  const problems = report.diagnostics.map((d) => ({
    file: d.file,
    line: d.line,
    column: d.column,
    endLine: d.endLine,
    endColumn: d.endColumn,
    severity: d.severity,
    code: d.code,
    message: d.message,
    ...(d.hint === undefined ? {} : { hint: d.hint }),
    ...(d.document === undefined ? {} : { document: d.document + 1 }),
    ...(d.params === undefined ? {} : { params: d.params }),
  }));
  const body = {
    ok: report.ok,
    files: report.files.length,
    errors: report.errors,
    warnings: report.warnings,
    problems,
  };
  return `${JSON.stringify(body, null, 2)}\n`;
}
