import { compareWithinFile } from '../../src/diagnostics/diagnostic.js';
import { SourceText } from '../../src/diagnostics/source-text.js';
import { parseSourceText } from '../../src/load/parse.js';
import type { ParsedDocument } from '../../src/load/parsed-document.js';
import { placeDiagnosticsIn } from '../../src/load/positions.js';
import { validateDocument, type ValidatedDocument } from '../../src/schema/validate-document.js';

/** A schema problem reduced to what tests assert: code and `line:column`, plus the hint. */
export interface Problem {
  readonly code: string;
  readonly at: string;
  readonly hint?: string;
}

/** Parses one YAML text (which must parse cleanly) and validates its documents. */
export function validateText(text: string): {
  results: ValidatedDocument[];
  problems: Problem[];
  docs: readonly ParsedDocument[];
} {
  const source = new SourceText('x.yaml', text);
  const parsed = parseSourceText(source);
  const parseProblems = parsed.documents.flatMap((d) => d.diagnostics);
  if (parsed.documents.length === 0 || parseProblems.length > 0) {
    throw new Error(`test input does not parse: ${parseProblems.map((d) => d.code).join(', ')}`);
  }
  const results = parsed.documents.map((doc) => validateDocument(doc));
  const problems = placeDiagnosticsIn(
    source,
    results.flatMap((r) => r.diagnostics),
  )
    .sort(compareWithinFile)
    .map((d) => {
      const { line, column } = source.position(d.span?.start ?? -1);
      return {
        code: d.code,
        at: `${line}:${column}`,
        ...(d.hint === undefined ? {} : { hint: d.hint }),
      };
    });
  return { results, problems, docs: parsed.documents };
}

/** Only code and position, for tests that do not care about hints. */
export function codesAt(text: string): { code: string; at: string }[] {
  return validateText(text).problems.map(({ code, at }) => ({ code, at }));
}
