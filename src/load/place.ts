import type { DataPath, PathPart } from '../diagnostics/address.js';
import { needsPlacing, type Diagnostic } from '../diagnostics/diagnostic.js';
import type { SourceText } from '../diagnostics/source-text.js';

/**
 * Places a file's findings: each one addressed by data path gets the span
 * of its node, and the places and texts its message names are written in.
 * This is the only step that needs the documents' syntax trees, so it runs
 * only for the files a report prints, and loads the yaml library only when
 * one of their findings needs it. Findings already placed are left as they are.
 */
export async function placeDiagnostics(
  source: SourceText | undefined,
  diagnostics: readonly Diagnostic[],
): Promise<Diagnostic[]> {
  if (!diagnostics.some(needsPlacing)) return [...diagnostics];
  const { placeDiagnosticsIn } = await import('./positions.js');
  return placeDiagnosticsIn(source, diagnostics);
}

/** The 1-based line of the node at `path` in a document (its key's line with `part: 'key'`). */
export async function lineOf(
  doc: { readonly source: SourceText; readonly index: number },
  path: DataPath,
  part: PathPart = 'value',
): Promise<number> {
  const { lineOfNode } = await import('./positions.js');
  return lineOfNode(doc.source, doc.index, path, part);
}
