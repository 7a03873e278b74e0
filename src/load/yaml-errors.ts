import type { Document, YAMLError } from 'yaml';
import type { DiagnosticCode } from '../diagnostics/codes.js';
import type { Span } from '../diagnostics/diagnostic.js';
import { tabIndentCause } from './tab-indent.js';

/** How the parser records a problem of a document. */
export type Report = (
  code: DiagnosticCode,
  span: Span,
  message: string,
  hint?: string,
  severity?: 'error' | 'warning',
) => void;

export function reportYamlError(
  e: YAMLError,
  text: string,
  report: Report,
  isWarning: boolean,
): void {
  const span = { start: e.pos[0], end: Math.max(e.pos[1], e.pos[0]) };
  const message = e.message.replace(/ at line \d+, column \d+:?[\s\S]*$/, '');
  switch (e.code) {
    case 'TAB_AS_INDENT':
      report('yaml/tab-indent', span, TAB_MESSAGE, TAB_HINT);
      return;
    case 'BLOCK_AS_IMPLICIT_KEY':
      if (restOfLine(text, span.start).includes(': ')) {
        report(
          'yaml/implicit-key',
          span,
          'a value containing ": " reads as a second key',
          'quote the value: title: "Ordinance: Parks"',
        );
      } else {
        report(
          'yaml/syntax',
          span,
          'the next line is indented more than this one, so it reads as part of this value',
          'indent the next line as its siblings are, or quote a value that goes on over lines',
        );
      }
      return;
    case 'DUPLICATE_KEY':
      report(
        'yaml/duplicate-key',
        span,
        'a key appears twice in this mapping',
        'remove one of them',
      );
      return;
    case 'KEY_OVER_1024_CHARS':
      report('yaml/key-too-long', span, 'a key longer than 1024 characters');
      return;
    case 'NON_STRING_KEY':
      if (text.startsWith('!', span.start)) {
        report('yaml/tag', span, 'a tag on a key', 'remove the tag: keys are plain text');
      } else {
        report(
          'yaml/collection-key',
          span,
          'a mapping or list cannot be a key',
          'use a plain word as the key',
        );
      }
      return;
    case 'TAG_RESOLVE_FAILED':
      report('yaml/tag', span, 'a custom tag', 'remove the tag: overrule reads plain YAML values');
      return;
    case 'BAD_DIRECTIVE':
      report('yaml/unknown-directive', span, message, 'remove the directive line');
      return;
    default:
      if (isWarning) {
        // yaml's remaining warnings (unknown directives, versions) are errors here
        report('yaml/unknown-directive', span, message);
      } else {
        report('yaml/syntax', span, message);
      }
  }
}

const TAB_MESSAGE = 'a tab is used for indentation';
const TAB_HINT = 'YAML indents with spaces only; replace the tab with spaces';

/** The tab that caused a document's errors, if one did (see tabIndentCause). */
function tabCause(
  text: string,
  doc: Document.Parsed,
  errors: readonly YAMLError[],
): number | undefined {
  if (errors.length === 0) return undefined;
  const first = Math.min(...errors.map((e) => e.pos[0]));
  return tabIndentCause(text, first, doc.range[2]);
}

/**
 * The errors without the second of yaml's two for one mistake: a value that
 * reads as a key (BLOCK_AS_IMPLICIT_KEY) is also reported as an implicit key
 * over several lines (MULTILINE_IMPLICIT_KEY) at the same place.
 */
function withoutRepeats(errors: readonly YAMLError[]): YAMLError[] {
  const implicitKeys = new Set(
    errors.filter((e) => e.code === 'BLOCK_AS_IMPLICIT_KEY').map((e) => e.pos[0]),
  );
  return errors.filter((e) => e.code !== 'MULTILINE_IMPLICIT_KEY' || !implicitKeys.has(e.pos[0]));
}

/** The text from an offset to the end of its line. */
function restOfLine(text: string, start: number): string {
  const end = text.indexOf('\n', start);
  return text.slice(start, end === -1 ? text.length : end);
}

/**
 * Reports yaml's errors of one document: one problem per mistake. A tab in
 * the indentation that caused them is the one problem reported (see
 * tabIndentCause); otherwise each error, less the repeats of one mistake.
 */
export function reportYamlErrors(
  text: string,
  doc: Document.Parsed,
  errors: readonly YAMLError[],
  report: Report,
): void {
  const tab = tabCause(text, doc, errors);
  if (tab !== undefined) {
    report('yaml/tab-indent', { start: tab, end: tab + 1 }, TAB_MESSAGE, TAB_HINT);
    return;
  }
  for (const e of withoutRepeats(errors)) reportYamlError(e, text, report, false);
}
