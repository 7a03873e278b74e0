import type { ResolvedDiagnostic } from '../diagnostics/diagnostic.js';
import { Spool } from './spool.js';
import { indentedJson, type ReportStream, type ValidationWriter } from './validation-report.js';

/**
 * The `validate --format json` contract (SPEC 2.1): `{ ok, files, errors,
 * warnings, problems }`, indented by two spaces. The totals come first, so
 * the problems wait in a spool until they are known.
 */
export function createJsonWriter(out: ReportStream): ValidationWriter {
  const problems = new Spool();
  let first = true;
  return {
    file(findings) {
      if (findings.diagnostics.length === 0) return;
      // A problem is an element of an array two levels down: four spaces in.
      const items = findings.diagnostics.map((d) => indentedJson(jsonProblem(d), '    '));
      problems.write(`${first ? '\n' : ',\n'}${items.join(',\n')}`);
      first = false;
    },
    async end(totals) {
      const head = JSON.stringify(
        { ok: totals.ok, files: totals.files, errors: totals.errors, warnings: totals.warnings },
        null,
        2,
      );
      // the head without its closing brace, then the problems array
      out.write(`${head.slice(0, -2)},\n  "problems": [`);
      await problems.copyTo(out);
      out.write(first ? ']\n}\n' : '\n  ]\n}\n');
    },
    dispose() {
      problems.dispose();
    },
  };
}

function jsonProblem(d: ResolvedDiagnostic): object {
  return {
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
  };
}
