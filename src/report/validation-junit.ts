import type { ResolvedDiagnostic } from '../diagnostics/diagnostic.js';
import { Spool } from './spool.js';
import type { ReportStream, ValidationWriter } from './validation-report.js';

export interface JunitOptions {
  /** Warnings fail a file's test case only under `--strict`. */
  readonly strict: boolean;
}

const SUITE_NAME = 'overrule validate';

/**
 * `validate --format junit`: one test case per file. A file with errors (or,
 * under `--strict`, warnings) fails; the failure's body lists every finding as
 * `file:line:col severity code message`. Findings that do not fail the file
 * are listed in the case's `system-out`. The counts open the file, so the
 * cases wait in a spool; the paths of the walk's findings come last.
 */
export function createJunitWriter(out: ReportStream, options: JunitOptions): ValidationWriter {
  const cases = new Spool();
  let tests = 0;
  let failures = 0;
  const unread = new Map<string, ResolvedDiagnostic[]>();
  const writeCase = (file: string, diagnostics: readonly ResolvedDiagnostic[]): void => {
    tests++;
    const rendered = renderCase(file, diagnostics, options);
    if (rendered.failed) failures++;
    cases.write(`${rendered.xml}\n`);
  };
  return {
    file(findings) {
      if (findings.read) {
        writeCase(findings.file, findings.diagnostics);
        return;
      }
      for (const d of findings.diagnostics) {
        const list = unread.get(d.file);
        if (list === undefined) unread.set(d.file, [d]);
        else list.push(d);
      }
    },
    async end() {
      for (const [file, diagnostics] of unread) writeCase(file, diagnostics);
      const counts = `tests="${tests}" failures="${failures}" errors="0" skipped="0" time="0"`;
      out.write(
        [
          '<?xml version="1.0" encoding="UTF-8"?>',
          `<testsuites name="${SUITE_NAME}" ${counts}>`,
          `  <testsuite name="${SUITE_NAME}" ${counts}>`,
          '',
        ].join('\n'),
      );
      await cases.copyTo(out);
      out.write('  </testsuite>\n</testsuites>\n');
    },
    dispose() {
      cases.dispose();
    },
  };
}

function renderCase(
  file: string,
  diagnostics: readonly ResolvedDiagnostic[],
  options: JunitOptions,
): { xml: string; failed: boolean } {
  const failing = diagnostics.filter((d) => d.severity === 'error' || options.strict);
  const attributes = `classname="${escapeXml('overrule.validate')}" name="${escapeXml(file)}" file="${escapeXml(file)}" time="0"`;
  const parts: string[] = [];
  const [first] = failing;
  if (first !== undefined) {
    const summary =
      failing.length === 1
        ? `${first.code}: ${first.message}`
        : `${first.code}: ${first.message} (and ${failing.length - 1} more)`;
    const body = failing.map(describeFinding).join('\n');
    parts.push(
      `      <failure message="${escapeXml(summary)}" type="${escapeXml(first.code)}">${escapeXml(body, false)}</failure>`,
    );
  }
  const passing = diagnostics.filter((d) => !failing.includes(d));
  if (passing.length > 0) {
    parts.push(
      `      <system-out>${escapeXml(passing.map(describeFinding).join('\n'), false)}</system-out>`,
    );
  }
  const xml =
    parts.length === 0
      ? `    <testcase ${attributes}/>`
      : `    <testcase ${attributes}>\n${parts.join('\n')}\n    </testcase>`;
  return { xml, failed: first !== undefined };
}

function describeFinding(d: ResolvedDiagnostic): string {
  const where = d.line === null ? d.file : `${d.file}:${d.line}:${d.column ?? 1}`;
  const doc = d.document === undefined ? '' : ` (document ${d.document + 1})`;
  const hint = d.hint === undefined ? '' : `\n  hint: ${d.hint}`;
  return `${where}${doc}: ${d.severity} ${d.code}: ${d.message}${hint}`;
}

/**
 * Text safe in XML content and in double-quoted attributes. Characters XML 1.0
 * cannot carry at all (most control characters, lone surrogates, U+FFFE/FFFF)
 * are written as visible `\uXXXX` escapes; in attributes, line breaks as `&#10;`.
 */
export function escapeXml(text: string, inAttribute = true): string {
  const escaped = text
    .replace(
      // eslint-disable-next-line no-control-regex
      /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g,
      (c) => `\\u${c.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}`,
    )
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&apos;')
    .replace(/\r/g, '&#13;');
  return inAttribute ? escaped.replace(/\n/g, '&#10;') : escaped;
}
