import type { Document } from 'yaml';
import type { Diagnostic } from '../diagnostics/diagnostic.js';
import type { SourceText } from '../diagnostics/source-text.js';
import { yamlRuntime } from './yaml-runtime.js';

/** One YAML document of a file: its data when it parsed cleanly, and its syntax tree for positions. */
export interface ParsedDocument {
  readonly source: SourceText;
  /** 0-based position of the document in its file. */
  readonly index: number;
  /** How many documents the file holds. */
  readonly count: number;
  /**
   * The yaml library's syntax tree. For a document read by the plain parser,
   * or handed over from another thread, it is built from the source text
   * when first asked for (which needs the yaml runtime, see yaml-runtime.ts).
   */
  readonly yaml: Document.Parsed;
  /**
   * True when the plain parser read the document: it holds no aliases, and
   * every number in it is written in the source as `String(value)` writes it.
   */
  readonly plain: boolean;
  /** Plain data (null-prototype objects), or undefined when the document has errors. */
  readonly data: unknown;
  readonly diagnostics: readonly Diagnostic[];
}

export interface ParsedFile {
  readonly source: SourceText;
  readonly documents: readonly ParsedDocument[];
  /** Problems that belong to the file rather than to one document (empty file). */
  readonly diagnostics: readonly Diagnostic[];
}

/** A document whose syntax tree is built from its source text on first use. */
export class DeferredDocument implements ParsedDocument {
  readonly source: SourceText;
  readonly index: number;
  readonly count: number;
  readonly plain: boolean;
  readonly data: unknown;
  readonly diagnostics: readonly Diagnostic[];
  #yaml: Document.Parsed | undefined;

  constructor(init: Omit<ParsedDocument, 'yaml'>) {
    this.source = init.source;
    this.index = init.index;
    this.count = init.count;
    this.plain = init.plain;
    this.data = init.data;
    this.diagnostics = init.diagnostics;
  }

  get yaml(): Document.Parsed {
    this.#yaml ??= yamlRuntime().parseYamlDocument(this.source.text, this.index);
    return this.#yaml;
  }
}
