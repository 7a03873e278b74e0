import type { Diagnostic } from '../diagnostics/diagnostic.js';
import type { Reference, ReferencedKind } from '../model/references.js';
import type { CheckedDocument, FileCheck } from './check-file.js';
import type { BatchResult, FoundAcrossFiles, FoundLater } from './file-batches.js';

/**
 * A BatchResult packed for a message between threads: arrays of strings and
 * numbers rather than an object per file and per document, which costs
 * several times less to copy. Documents go without their data (the other
 * thread reads the text again if it needs it); problems, which are rare, go
 * as they are.
 */
export interface PackedBatch {
  readonly files: readonly string[];
  /** Per file: its text (undefined for an I/O failure or a file with none). */
  readonly texts: readonly (string | undefined)[];
  /** [file index, I/O message] pairs. */
  readonly failures: readonly (readonly [number, string])[];
  /** [file index, problems] pairs: reading, YAML, schema. */
  readonly diagnostics: readonly (readonly [number, readonly Diagnostic[]])[];
  /**
   * Per valid document: file index, kind, id, index, count, the line of its
   * id (0: not known), the number of references it makes, the number of its
   * damaged fields (-1: none, it is valid), then for each reference its
   * field, kind and id, then the damaged fields.
   */
  readonly documents: readonly (string | number)[];
  /** [file index, cross-file problems] pairs. */
  readonly found: readonly (readonly [number, readonly Diagnostic[]])[];
  /** The indexes of the files with documents left waiting. */
  readonly waiting: readonly number[];
  /** Files of earlier batches that waited, now checked. */
  readonly late: readonly FoundLater[];
}

export function packBatch(result: BatchResult): PackedBatch {
  const files: string[] = [];
  const texts: (string | undefined)[] = [];
  const failures: [number, string][] = [];
  const diagnostics: [number, readonly Diagnostic[]][] = [];
  const documents: (string | number)[] = [];
  result.checks.forEach((check, i) => {
    files.push(check.file);
    if (check.kind === 'io') {
      texts.push(undefined);
      failures.push([i, check.message]);
      return;
    }
    texts.push(check.text);
    if (check.diagnostics.length > 0) diagnostics.push([i, check.diagnostics]);
    for (const d of check.documents) {
      const damaged = d.damaged ?? [];
      documents.push(i, d.kind, d.id, d.index, d.count, d.idLine ?? 0, d.refers.length);
      documents.push(d.damaged === undefined ? -1 : damaged.length);
      for (const r of d.refers) documents.push(r.field, r.kind, r.id);
      documents.push(...damaged);
    }
  });
  const found: [number, readonly Diagnostic[]][] = [];
  result.found.forEach((f, i) => {
    if (f !== undefined && f.diagnostics.length > 0) found.push([i, f.diagnostics]);
  });
  const waiting: number[] = [];
  result.waiting.forEach((w, i) => {
    if (w) waiting.push(i);
  });
  return { files, texts, failures, diagnostics, documents, found, waiting, late: result.late };
}

export function unpackBatch(packed: PackedBatch): BatchResult {
  const failures = new Map(packed.failures);
  const diagnostics = new Map(packed.diagnostics);
  const documents = packed.files.map((): CheckedDocument[] => []);
  const fields = packed.documents;
  for (let at = 0; at < fields.length;) {
    const file = fields[at] as number;
    const referCount = fields[at + 6] as number;
    const damagedCount = fields[at + 7] as number;
    const refers: Reference[] = [];
    const referStart = at + 8;
    for (let r = referStart; r < referStart + 3 * referCount; r += 3) {
      refers.push({
        field: fields[r] as string,
        kind: fields[r + 1] as ReferencedKind,
        id: fields[r + 2] as string,
      });
    }
    const damagedStart = referStart + 3 * referCount;
    const damaged = fields.slice(damagedStart, damagedStart + Math.max(0, damagedCount));
    const idLine = fields[at + 5] as number;
    documents[file]?.push({
      kind: fields[at + 1] as CheckedDocument['kind'],
      id: fields[at + 2] as string,
      index: fields[at + 3] as number,
      count: fields[at + 4] as number,
      idLine: idLine === 0 ? undefined : idLine,
      refers,
      ...(damagedCount < 0 ? {} : { damaged: damaged as string[] }),
    });
    at = damagedStart + Math.max(0, damagedCount);
  }
  const checks = packed.files.map((file, i): FileCheck => {
    const failure = failures.get(i);
    if (failure !== undefined) return { kind: 'io', file, message: failure };
    return {
      kind: 'read',
      file,
      text: packed.texts[i],
      diagnostics: diagnostics.get(i) ?? [],
      documents: documents[i] ?? [],
    };
  });
  const found: (FoundAcrossFiles | undefined)[] = packed.files.map(() => undefined);
  for (const [i, list] of packed.found) found[i] = { diagnostics: list, text: packed.texts[i] };
  const waiting = packed.files.map(() => false);
  for (const i of packed.waiting) waiting[i] = true;
  return { checks, found, waiting, late: packed.late };
}
