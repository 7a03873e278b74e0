import { assertDefined } from '../basics/assert.js';
import type { Diagnostic } from '../diagnostics/diagnostic.js';
import { SourceText } from '../diagnostics/source-text.js';
import { parseSource } from '../load/parse-source.js';
import { DeferredDocument, type ParsedDocument } from '../load/parsed-document.js';
import { readSourceFile, type ReadOutcome } from '../load/read.js';
import { withoutLoading, withYamlRuntime } from '../load/yaml-runtime.js';
import type { Kind } from '../model/common.js';
import type { TypedDocument } from '../model/typed-document.js';
import { validateDocument } from '../schema/validate-document.js';

/** A document that passed its schema, described in plain data that can cross threads. */
export interface CheckedDocument {
  readonly index: number;
  readonly count: number;
  readonly plain: boolean;
  readonly kind: Kind;
  readonly id: string;
  /**
   * The ids the document refers to: its council, then its measure (roll
   * calls, whip counts) or directive (ordinances) when it names one.
   */
  readonly refers: readonly string[];
  /**
   * The document's data. Left out when the check crosses threads or is kept
   * for later: reading the text again is cheaper than copying or holding the
   * data (see `typedDocuments`).
   */
  readonly data?: unknown;
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

export interface FileCheckOptions {
  readonly maxFileSize: number;
  /** False reads every file with the yaml library (for differential tests). */
  readonly plainYaml?: boolean;
}

/** Reads, parses and schema-checks one file. */
export function checkFile(
  path: string,
  display: string,
  options: FileCheckOptions,
): Promise<FileCheck> {
  return checkReadOutcome(display, readSourceFile(path, display, options.maxFileSize), options);
}

/** Parses and schema-checks what reading a file (or stdin) gave. */
export function checkReadOutcome(
  display: string,
  outcome: ReadOutcome,
  options: FileCheckOptions,
): Promise<FileCheck> {
  return withYamlRuntime(() => checkOutcome(display, outcome, options));
}

/**
 * `checkReadOutcome` at once, without a promise: undefined when it needs the
 * yaml runtime, which is not loaded yet (then call `checkReadOutcome`).
 */
export function checkReadOutcomeNow(
  display: string,
  outcome: ReadOutcome,
  options: FileCheckOptions,
): FileCheck | undefined {
  return withoutLoading(() => checkOutcome(display, outcome, options))?.value;
}

function checkOutcome(display: string, outcome: ReadOutcome, options: FileCheckOptions): FileCheck {
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
    case 'text':
      return checkText(outcome.source, options.plainYaml !== false);
  }
}

function checkText(source: SourceText, plain: boolean): FileCheck {
  const parsed = parseSource(source, { plain });
  const diagnostics: Diagnostic[] = [...parsed.diagnostics];
  const documents: CheckedDocument[] = [];
  for (const doc of parsed.documents) {
    diagnostics.push(...doc.diagnostics);
    if (doc.data === undefined) continue;
    const checked = validateDocument(doc);
    diagnostics.push(...checked.diagnostics);
    const typed = checked.document;
    if (typed === undefined) continue;
    documents.push({
      index: doc.index,
      count: doc.count,
      plain: doc.plain,
      kind: typed.kind,
      id: typed.value.id,
      refers: referencesOf(typed),
      data: doc.data,
    });
  }
  return { kind: 'read', file: source.file, text: source.text, diagnostics, documents };
}

function referencesOf(document: TypedDocument): string[] {
  switch (document.kind) {
    case 'council':
      return [];
    case 'directive':
      return [document.value.council];
    case 'ordinance': {
      const { council, directive } = document.value;
      return directive === undefined ? [council] : [council, directive];
    }
    case 'roll-call':
    case 'whip-count': {
      const { council, measure } = document.value;
      return measure === undefined ? [council] : [council, measure];
    }
  }
}

/** The source text of a checked file, for positions and code frames. */
export function sourceOf(check: FileCheck): SourceText | undefined {
  return check.kind === 'read' && check.text !== undefined
    ? new SourceText(check.file, check.text)
    : undefined;
}

/** The check without its documents' data, to send to another thread or to keep. */
export function withoutData(check: FileCheck): FileCheck {
  if (check.kind !== 'read' || check.documents.length === 0) return check;
  return { ...check, documents: documentsWithoutData(check.documents) };
}

export function documentsWithoutData(documents: readonly CheckedDocument[]): CheckedDocument[] {
  return documents.map(({ index, count, plain, kind, id, refers }) => ({
    index,
    count,
    plain,
    kind,
    id,
    refers,
  }));
}

/**
 * Documents of a checked file, typed, each with its place in the source. A
 * document without its data is read again from the text, the way it was read
 * when it was checked, which gives the same data.
 */
export function typedDocuments(
  source: SourceText,
  documents: readonly CheckedDocument[],
): TypedDocument[] {
  let parsed: readonly ParsedDocument[] | undefined;
  return documents.map((d) => {
    let data = d.data;
    if (data === undefined) {
      parsed ??= parseSource(source, { plain: d.plain }).documents;
      data = assertDefined(parsed[d.index]?.data, `${source.file}: document ${d.index} read again`);
    }
    const doc = new DeferredDocument({
      source,
      index: d.index,
      count: d.count,
      plain: d.plain,
      data,
      diagnostics: [],
    });
    return { kind: d.kind, value: data, doc } as TypedDocument;
  });
}
