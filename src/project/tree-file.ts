import { parseSource } from '../load/parse-source.js';
import type { ParsedDocument } from '../load/parsed-document.js';
import { readSourceFile } from '../load/read.js';
import { isReferenced, type ReferencedKind } from '../model/references.js';
import type { TypedDocument, TypedDocumentOf } from '../model/typed-document.js';
import { validateDocument } from '../schema/validate-document.js';
import type { FileFinding } from './index-builder.js';

/**
 * What a look-up gives: the first document of the kind and id in path order,
 * which is what a reference names; undefined when the tree holds none; null
 * when that document fails its schema (its errors need the whole tree's
 * explanation) or a file on the way could hold one but is not clean (the
 * caller then asks the whole tree).
 */
export type LookUp<R extends ReferencedKind> = TypedDocumentOf<R> | undefined | null;

/** A file read for a look-up: its text (undefined: unreadable) and its documents (undefined: not clean). */
export interface TreeFile {
  readonly text: string | undefined;
  readonly documents: readonly Candidate[] | undefined;
}

/** A parsed document, schema-checked only when first asked for. */
export interface Candidate {
  readonly doc: ParsedDocument;
  /** The document validated: undefined until asked for, null when it fails its schema. */
  typed?: TypedDocument | null;
}

/** Reads and parses a file; its documents only when the file has no problem of any kind. */
export async function readTreeFile(
  path: string,
  display: string,
  maxFileSize: number,
): Promise<TreeFile> {
  const outcome = readSourceFile(path, display, maxFileSize);
  if (outcome.kind !== 'text') return { text: undefined, documents: undefined };
  const parsed = await parseSource(outcome.source);
  const clean =
    parsed.diagnostics.length === 0 && parsed.documents.every((d) => d.diagnostics.length === 0);
  return {
    text: outcome.source.text,
    documents: clean ? parsed.documents.map((doc) => ({ doc })) : undefined,
  };
}

/**
 * The first document of the kind and id in one file, as the walk finds it;
 * null when it fails its schema or the file could hold it but cannot be read
 * cleanly.
 */
export function lookInFile<R extends ReferencedKind>(
  file: TreeFile,
  kind: R,
  id: string,
): LookUp<R> {
  if (file.text === undefined) return null;
  // only an escape writes a text without its characters in a row
  if (!file.text.includes(id) && !file.text.includes('\\')) return undefined;
  if (file.documents === undefined) return null;
  return firstOf(file.documents, kind, id);
}

/** The first document of the kind and id among parsed documents; null when it fails its schema. */
export function firstOf<R extends ReferencedKind>(
  documents: readonly Candidate[],
  kind: R,
  id: string,
): LookUp<R> {
  for (const candidate of documents) {
    const data = candidate.doc.data as { kind?: unknown; id?: unknown } | undefined;
    if (data?.kind !== kind || data.id !== id) continue;
    // the first of the id is what references name, valid or not
    const typed = validated(candidate);
    return typed?.kind === kind ? (typed as TypedDocumentOf<R>) : null;
  }
  return undefined;
}

/**
 * What a file read holds, for the index: its councils, directives and
 * ordinances, valid or not (the first of an id is what references name).
 */
export function findingOf(file: TreeFile): FileFinding {
  if (file.documents === undefined) return { clean: false, defines: [] };
  const defines: { kind: string; id: string }[] = [];
  for (const candidate of file.documents) {
    const data = candidate.doc.data as { kind?: unknown; id?: unknown } | undefined;
    const kind = data?.kind;
    const id = data?.id;
    if (typeof kind !== 'string' || typeof id !== 'string') continue;
    if (!isReferenced(kind as TypedDocument['kind'])) continue;
    defines.push({ kind, id });
  }
  return { clean: true, defines };
}

/** The document, schema-checked once; null when it fails its schema. */
export function validated(candidate: Candidate): TypedDocument | null {
  if (candidate.typed === undefined) {
    const checked = validateDocument(candidate.doc);
    candidate.typed = checked.diagnostics.length > 0 ? null : (checked.document ?? null);
  }
  return candidate.typed;
}
