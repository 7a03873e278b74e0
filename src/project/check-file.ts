import { assertDefined } from '../basics/assert.js';
import type { Diagnostic } from '../diagnostics/diagnostic.js';
import { SourceText } from '../diagnostics/source-text.js';
import { parseSource } from '../load/parse-source.js';
import type { ParsedDocument, ParsedFile } from '../load/parsed-document.js';
import { readSourceFile, type ReadOutcome } from '../load/read.js';
import type { Kind } from '../model/common.js';
import { referencesOf, type Reference } from '../model/references.js';
import type { TypedDocument } from '../model/typed-document.js';
import { partialDocument } from '../schema/damaged-fields.js';
import { validateDocument } from '../schema/validate-document.js';
import { unreadableDocument } from './unreadable-document.js';

/** A document that passed its schema, described in plain data that can cross threads. */
export interface CheckedDocument {
  readonly index: number;
  readonly count: number;
  readonly kind: Kind;
  readonly id: string;
  /** The 1-based line its id is written on, when known: for `id/duplicate` messages. */
  readonly idLine: number | undefined;
  /** The documents it refers to (see REFERENCES), its council first. */
  readonly refers: readonly Reference[];
  /**
   * For a document that failed its schema, the fields with errors (see
   * TypedDocument); its id is '' when `id` is among them.
   */
  readonly damaged?: readonly string[];
  /**
   * The parsed document, on the thread that read it. Left out when the check
   * crosses threads or is kept for later: reading the text again is cheaper
   * than copying or holding the data (see `typedDocuments`).
   */
  readonly doc?: ParsedDocument;
}

/**
 * What reading, parsing and schema-checking one file gives, as plain data
 * that can cross threads: an I/O failure (exit 2), or the file's text, its
 * problems in order (reading, YAML, schema) and its valid documents.
 */
export type FileCheck =
  | { readonly kind: 'io'; readonly file: string; readonly message: string }
  | {
      readonly kind: 'read';
      readonly file: string;
      /** The text, when there is one (a refused file may have none). */
      readonly text: string | undefined;
      readonly diagnostics: readonly Diagnostic[];
      readonly documents: readonly CheckedDocument[];
    };

/** Reads, parses and schema-checks one file; a promise only while the yaml library loads. */
export function checkFile(
  path: string,
  display: string,
  maxFileSize: number,
): FileCheck | Promise<FileCheck> {
  return checkReadOutcome(display, readSourceFile(path, display, maxFileSize));
}

/** Parses and schema-checks what reading a file (or stdin) gave. */
export function checkReadOutcome(
  display: string,
  outcome: ReadOutcome,
): FileCheck | Promise<FileCheck> {
  switch (outcome.kind) {
    case 'io':
      return { kind: 'io', file: display, message: outcome.message };
    case 'refused':
      return {
        kind: 'read',
        file: display,
        text: outcome.source?.text,
        diagnostics: [outcome.diagnostic],
        documents: [],
      };
    case 'text': {
      const parsed = parseSource(outcome.source);
      return parsed instanceof Promise ? parsed.then(checkParsed) : checkParsed(parsed);
    }
  }
}

function checkParsed(parsed: ParsedFile): FileCheck {
  const { source } = parsed;
  const diagnostics: Diagnostic[] = [...parsed.diagnostics];
  const documents: CheckedDocument[] = [];
  for (const doc of parsed.documents) {
    diagnostics.push(...doc.diagnostics);
    if (doc.data === undefined) {
      const unreadable = unreadableDocument(doc, parsed.documents.length);
      if (unreadable !== undefined) documents.push({ ...describeDocument(unreadable), doc });
      continue;
    }
    const checked = validateDocument(doc);
    diagnostics.push(...checked.diagnostics);
    const typed = checked.document ?? checked.partial;
    if (typed === undefined) continue;
    documents.push({ ...describeDocument(typed), doc });
  }
  return { kind: 'read', file: source.file, text: source.text, diagnostics, documents };
}

function describeDocument(typed: TypedDocument): Omit<CheckedDocument, 'doc'> {
  const identified = typed.damaged?.includes('id') !== true;
  return {
    index: typed.doc.index,
    count: typed.doc.count,
    kind: typed.kind,
    id: identified ? typed.value.id : '',
    idLine: identified ? typed.doc.idLine() : undefined,
    refers: referencesOf(typed),
    ...(typed.damaged === undefined ? {} : { damaged: typed.damaged }),
  };
}

/** The source text of a checked file, for positions and code frames. */
export function sourceOf(check: FileCheck): SourceText | undefined {
  return check.kind === 'read' && check.text !== undefined
    ? new SourceText(check.file, check.text)
    : undefined;
}

/** Documents without their parsed form, to send to another thread or to keep. */
export function documentsWithoutData(documents: readonly CheckedDocument[]): CheckedDocument[] {
  return documents.map(({ index, count, kind, id, idLine, refers, damaged }) => ({
    index,
    count,
    kind,
    id,
    idLine,
    refers,
    ...(damaged === undefined ? {} : { damaged }),
  }));
}

/**
 * Documents of a checked file, typed. A document without its parsed form is
 * read again from the text, the way it was read when it was checked, which
 * gives the same data; a promise only while the yaml library loads.
 */
export function typedDocuments(
  source: SourceText,
  documents: readonly CheckedDocument[],
): TypedDocument[] | Promise<TypedDocument[]> {
  const type = (parsed: ParsedFile | undefined): TypedDocument[] =>
    documents.map((d) => {
      const doc =
        d.doc ?? assertDefined(parsed?.documents[d.index], `${source.file}: document ${d.index}`);
      if (d.damaged !== undefined) return partialDocument(d.kind, doc, d.damaged);
      return { kind: d.kind, value: doc.data, doc } as TypedDocument;
    });
  if (documents.every((d) => d.doc !== undefined)) return type(undefined);
  const parsed = parseSource(source);
  return parsed instanceof Promise ? parsed.then(type) : type(parsed);
}
