import type { Diagnostic } from '../diagnostics/diagnostic.js';
import type { TypedDocumentOf } from '../model/typed-document.js';

/** The kinds a command computes from: a roll call (`tally`), a whip count (`whip`). */
export type InputKind = 'roll-call' | 'whip-count';

/** What a roll call or whip count refers to, each the first valid document of its id. */
export interface ResolvedInputs {
  readonly council: TypedDocumentOf<'council'>;
  readonly measure?: TypedDocumentOf<'ordinance'>;
  readonly directive?: TypedDocumentOf<'directive'>;
}

/** Findings shown in the report itself rather than instead of it. */
const SHOWN_IN_REPORT = new Set<string>(['tally/recorded-mismatch']);

/**
 * Whether a finding stops a computation from a document: any error in its
 * file (a neighbouring document's errors are never passed over) or in
 * another file it depends on (the caller says which files those are),
 * except the recorded-result mismatch of the document itself, which its
 * report shows.
 */
export function blocksInputs(d: Diagnostic, document: TypedDocumentOf<InputKind>): boolean {
  return (
    d.severity === 'error' &&
    !(
      SHOWN_IN_REPORT.has(d.code) &&
      d.file === document.doc.source.file &&
      (d.document === undefined || d.document === document.doc.index)
    )
  );
}
