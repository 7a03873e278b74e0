import {
  compareWithinFile,
  type Diagnostic,
  type ResolvedDiagnostic,
} from '../diagnostics/diagnostic.js';
import { resolveDiagnosticIn, type SourceText } from '../diagnostics/source-text.js';
import { placeDiagnostics } from '../load/place.js';

/**
 * One file's findings ready to print: placed in its text (see
 * placeDiagnostics), in report order (document, position, code), with line
 * and column.
 */
export async function placeFindings(
  diagnostics: readonly Diagnostic[],
  source: SourceText | undefined,
): Promise<ResolvedDiagnostic[]> {
  const placed = await placeDiagnostics(source, diagnostics);
  return placed.sort(compareWithinFile).map((d) => resolveDiagnosticIn(d, source));
}
