import type { ChalkInstance } from 'chalk';
import type { ResolvedDiagnostic } from '../diagnostics/diagnostic.js';
import type { SourceText } from '../diagnostics/source-text.js';
import { escapeControls, escapeInMessage } from './safe-text.js';
import type { ReportStream, ValidationTotals, ValidationWriter } from './validation-report.js';

/** Lines of context shown above the line a finding points at. */
const CONTEXT_LINES = 2;

/**
 * The terminal report: findings grouped by file, each with its position,
 * severity, message and code, a code frame with a caret, and a hint; then,
 * unless quiet, a line of totals.
 */
export function createPrettyWriter(
  out: ReportStream,
  chalk: ChalkInstance,
  options: { readonly quiet: boolean },
): ValidationWriter {
  let currentHeading: string | undefined;
  let filesWithProblems = 0;
  /** The walk's files with findings: they may come in more than one group. */
  const unreadWithProblems = new Set<string>();
  return {
    file(findings) {
      if (findings.diagnostics.length === 0) return;
      if (!findings.read) unreadWithProblems.add(findings.file);
      else filesWithProblems++;
      const lines: string[] = [];
      for (const d of findings.diagnostics) {
        const file = escapeControls(d.file);
        const heading = d.document === undefined ? file : `${file} (document ${d.document + 1})`;
        if (heading !== currentHeading) {
          if (currentHeading !== undefined) lines.push('');
          lines.push(chalk.underline(heading));
          currentHeading = heading;
        }
        lines.push(renderFinding(d, findings.source, chalk));
      }
      out.write(`${lines.join('\n')}\n`);
    },
    end(totals) {
      if (options.quiet) return;
      const withProblems = filesWithProblems + unreadWithProblems.size;
      out.write(
        `${currentHeading === undefined ? '' : '\n'}${renderSummary(totals, withProblems, chalk)}\n`,
      );
    },
    dispose() {
      // nothing held
    },
  };
}

function renderFinding(
  d: ResolvedDiagnostic,
  source: SourceText | undefined,
  chalk: ChalkInstance,
): string {
  const where = d.line === null ? '' : `${d.line}:${d.column ?? 1}`;
  const severity = d.severity === 'error' ? chalk.red('error') : chalk.yellow('warning');
  const lines = [
    `  ${chalk.dim(where.padEnd(7))} ${severity}  ${escapeInMessage(d.message)}  ${chalk.dim(d.code)}`,
  ];
  if (source !== undefined && d.line !== null && d.column !== null) {
    lines.push(...renderCodeFrame(source, d, chalk));
  }
  if (d.hint !== undefined) {
    lines.push(`          ${chalk.cyan('hint:')} ${escapeInMessage(d.hint)}`);
  }
  return lines.join('\n');
}

function renderCodeFrame(
  source: SourceText,
  d: ResolvedDiagnostic,
  chalk: ChalkInstance,
): string[] {
  const line = d.line ?? 1;
  const column = d.column ?? 1;
  const first = Math.max(1, line - CONTEXT_LINES);
  const width = String(line).length;
  const frame: string[] = [];
  for (let n = first; n <= line; n++) {
    const marker = n === line ? chalk.red('>') : ' ';
    const text = printable(source.lineText(n));
    frame.push(`        ${marker} ${chalk.dim(`${String(n).padStart(width)} |`)} ${text}`);
  }
  const lineText = source.lineText(line);
  const endColumn = d.endLine === line && d.endColumn !== null ? d.endColumn : lineText.length + 1;
  const caretCount = Math.max(1, Math.min(endColumn, lineText.length + 1) - column);
  // tabs in the prefix keep their width so the caret lines up
  const pad = lineText.slice(0, column - 1).replace(/[^\t]/g, ' ');
  frame.push(
    `          ${' '.repeat(width)} ${chalk.dim('|')} ${pad}${chalk.red('^'.repeat(caretCount))}`,
  );
  return frame;
}

/** Control characters shown as visible escapes so a frame never garbles a terminal. */
function printable(text: string): string {
  return text.replace(
    // eslint-disable-next-line no-control-regex
    /[\u0000-\u0008\u000B-\u001F\u007F]/g,
    (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`,
  );
}

function renderSummary(
  totals: ValidationTotals,
  withProblems: number,
  chalk: ChalkInstance,
): string {
  const fileCount = `${totals.files} ${totals.files === 1 ? 'file' : 'files'}`;
  if (totals.errors === 0 && totals.warnings === 0) {
    return chalk.green(`✓ ${fileCount} checked, no problems`);
  }
  const parts = [plural(totals.errors, 'error'), plural(totals.warnings, 'warning')];
  const text = `${parts.join(', ')} in ${withProblems} of ${fileCount}`;
  return totals.errors > 0 ? chalk.red(`✖ ${text}`) : chalk.yellow(`⚠ ${text}`);
}

function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}
