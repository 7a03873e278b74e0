import { isScalar, type Document, type ParsedNode } from 'yaml';
import type { DataPath } from '../diagnostics/address.js';
import type { Diagnostic } from '../diagnostics/diagnostic.js';
import type { SourceText } from '../diagnostics/source-text.js';
import { locate, nodeWrittenAt } from './locate.js';
import type { ParsedDocument } from './parsed-document.js';

/** A document the yaml library read, with its syntax tree. */
export class YamlDocument implements ParsedDocument {
  readonly numbersCanonical = false;

  constructor(
    readonly source: SourceText,
    readonly tree: Document.Parsed,
    readonly index: number,
    readonly count: number,
    readonly data: unknown,
    readonly diagnostics: readonly Diagnostic[],
  ) {}

  numberText(path: DataPath): string | undefined {
    const node = nodeWrittenAt(this.tree, path);
    if (!isScalar(node) || typeof node.value !== 'number') return undefined;
    const [start, end] = (node as ParsedNode).range;
    return this.source.text.slice(start, end);
  }

  idLine(): number | undefined {
    if (nodeWrittenAt(this.tree, ['id']) === undefined) return undefined;
    return this.source.position(locate(this.tree, ['id']).start).line;
  }
}
