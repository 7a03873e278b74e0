import { parseAllDocuments, Parser } from 'yaml';
import type { Diagnostic } from '../diagnostics/diagnostic.js';
import { SourceText } from '../diagnostics/source-text.js';
import { parseSourceText } from '../load/parse.js';
import { KINDS, type Kind } from '../model/common.js';
import { SCHEMAS, type SchemaNode } from '../schema/schemas.js';
import { collectComments } from './comments.js';
import { applyEdits, type TextEdit } from './edits.js';
import { reindent } from './reindent.js';
import { planDocumentEdits, type Refusal } from './reorder.js';
import { verifyFormatted } from './verify.js';
import { FORMAT_PARSE_OPTIONS } from './yaml-options.js';

/**
 * What formatting a file gives: its canonical text (which may equal the
 * input), or the reasons it was left alone, as diagnostics in the input.
 */
export type FormatOutcome =
  | { readonly ok: true; readonly text: string; readonly changed: boolean }
  | { readonly ok: false; readonly diagnostics: readonly Diagnostic[] };

/**
 * Formats one file: canonical key order per kind, canonical vote words,
 * two-space indentation, comments, blank lines, quoting and line endings
 * kept. Documents whose kind is unknown are left as they are. The result is
 * verified by parsing it again: same data (apart from vote words), same
 * comments, same blank lines, and formatting it again changes nothing.
 */
export function formatSource(source: SourceText): FormatOutcome {
  const parsed = parseSourceText(source);
  const errors = [...parsed.diagnostics, ...parsed.documents.flatMap((d) => d.diagnostics)].filter(
    (d) => d.severity === 'error',
  );
  if (errors.length > 0) return { ok: false, diagnostics: errors };

  const schemas = parsed.documents.map((doc) => schemaOf(doc.data));
  if (schemas.every((s) => s === undefined)) {
    return { ok: true, text: source.text, changed: false };
  }
  const first = transform(source.text, schemas);
  if (!first.ok)
    return { ok: false, diagnostics: first.refusals.map((r) => toDiagnostic(source, r)) };

  const problems = verifyFormatted(source, parsed, first.text, schemas);
  if (problems.length === 0) {
    const again = transform(first.text, schemas);
    if (!again.ok || again.text !== first.text) {
      problems.push({
        message: 'formatting the formatted text again would change it',
        offset: undefined,
      });
    }
  }
  if (problems.length > 0) {
    return {
      ok: false,
      diagnostics: problems.map((p) => ({
        code: 'fmt/round-trip',
        severity: 'error',
        file: source.file,
        message: `${p.message}; the file is left as it is`,
        hint: 'this is a bug in overrule fmt; please report it with the file',
        ...(p.offset === undefined ? {} : { span: { start: p.offset, end: p.offset } }),
      })),
    };
  }
  return { ok: true, text: first.text, changed: first.text !== source.text };
}

/** The schema of a document's kind, or undefined for documents fmt leaves alone. */
function schemaOf(data: unknown): SchemaNode | undefined {
  if (data === null || typeof data !== 'object' || !('kind' in data)) return undefined;
  const kind = data.kind;
  if (typeof kind !== 'string' || !(KINDS as readonly string[]).includes(kind)) return undefined;
  return SCHEMAS[kind as Kind];
}

type Transformed =
  | { readonly ok: true; readonly text: string }
  | { readonly ok: false; readonly refusals: readonly MappedRefusal[] };

/** A refusal with its offset in the text given to `transform`. */
interface MappedRefusal extends Refusal {
  readonly inputOffset: number;
}

/** Reindents, then reorders keys and rewrites vote words. */
function transform(text: string, schemas: readonly (SchemaNode | undefined)[]): Transformed {
  const tokens = [...new Parser().parse(text)];
  const reindented = reindent(
    text,
    tokens,
    schemas.map((s) => s !== undefined),
  );
  const next = reindented.text;
  const docs = parseAllDocuments(next, FORMAT_PARSE_OPTIONS);
  const documents = Array.isArray(docs) ? docs : [];
  if (documents.length !== schemas.length || documents.some((d) => d.errors.length > 0)) {
    return {
      ok: false,
      refusals: [
        {
          message: 'the file could not be reindented without breaking it',
          offset: 0,
          inputOffset: 0,
          hint: 'this is a bug in overrule fmt; please report it with the file',
        },
      ],
    };
  }
  const comments = collectComments([...new Parser().parse(next)]).map((c) => c.offset);
  const eol = /\r\n/.test(text) ? '\r\n' : '\n';
  const edits: TextEdit[] = [];
  const refusals: MappedRefusal[] = [];
  documents.forEach((doc, index) => {
    const schema = schemas[index];
    if (schema === undefined) return;
    const planned = planDocumentEdits(next, doc, schema, eol, comments);
    edits.push(...planned.edits);
    for (const r of planned.refusals) {
      refusals.push({ ...r, inputOffset: mapBack(text, next, reindented.lineShifts, r.offset) });
    }
  });
  if (refusals.length > 0) return { ok: false, refusals };
  return { ok: true, text: applyEdits(next, edits) };
}

/** An offset in the reindented text, mapped back to the text before it. */
function mapBack(
  before: string,
  after: string,
  lineShifts: readonly number[],
  offset: number,
): number {
  const { line, column } = new SourceText('', after).position(offset);
  const shift = lineShifts[line - 1] ?? 0;
  return lineStartOf(before, line) + Math.max(0, column - 1 - shift);
}

function lineStartOf(text: string, line: number): number {
  let offset = 0;
  for (let n = 1; n < line; n++) {
    const next = text.indexOf('\n', offset);
    if (next === -1) return text.length;
    offset = next + 1;
  }
  return offset;
}

function toDiagnostic(source: SourceText, refusal: MappedRefusal): Diagnostic {
  return {
    code: 'fmt/unsupported',
    severity: 'error',
    file: source.file,
    message: `${refusal.message}; the file is left as it is`,
    span: { start: refusal.inputOffset, end: refusal.inputOffset },
    ...(refusal.hint === undefined ? {} : { hint: refusal.hint }),
  };
}
