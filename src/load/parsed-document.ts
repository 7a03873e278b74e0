import type { DataPath } from '../diagnostics/address.js';
import type { Diagnostic } from '../diagnostics/diagnostic.js';
import type { SourceText } from '../diagnostics/source-text.js';

/**
 * One YAML document of a file: its data when it parsed cleanly, and what the
 * layers above may ask of its source. Which parser read it (the plain one,
 * or the yaml library) is this folder's business only: both give the same
 * data and the same answers.
 */
export interface ParsedDocument {
  readonly source: SourceText;
  /** 0-based position of the document in its file. */
  readonly index: number;
  /** How many documents the file holds. */
  readonly count: number;
  /** Plain data (null-prototype objects), or undefined when the document has errors. */
  readonly data: unknown;
  readonly diagnostics: readonly Diagnostic[];
  /**
   * True when every number in the document is written as `String(value)`
   * writes it (no `0x0F`, `1e3`, `015`, aliases): then `numberText` says
   * nothing `String` would not.
   */
  readonly numbersCanonical: boolean;
  /** The source text of the number at `path` (`0x0F`), when it is written there, not through an alias. */
  numberText(path: DataPath): string | undefined;
  /** The 1-based line where the document's top-level `id` is written, if it is. */
  idLine(): number | undefined;
}

export interface ParsedFile {
  readonly source: SourceText;
  readonly documents: readonly ParsedDocument[];
  /** Problems that belong to the file rather than to one document (empty file). */
  readonly diagnostics: readonly Diagnostic[];
}
