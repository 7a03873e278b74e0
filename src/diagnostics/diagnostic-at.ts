import type { DataPath, DocumentPlace, PathPart, RelatedPlace } from './address.js';
import type { DiagnosticCode } from './codes.js';
import type { Diagnostic, DiagnosticParam, Severity } from './diagnostic.js';

export interface DiagnosticInit {
  readonly code: DiagnosticCode;
  readonly message: string;
  readonly severity?: Severity;
  readonly hint?: string;
  readonly part?: PathPart;
  readonly params?: Readonly<Record<string, DiagnosticParam>>;
  /** Places the message names with `relatedMarker(i)`. */
  readonly related?: readonly RelatedPlace[];
}

/**
 * A finding about the node at `path` in a document, addressed by that path:
 * where it is in the text is worked out only when it is printed.
 */
export function diagnosticAt(doc: DocumentPlace, path: DataPath, init: DiagnosticInit): Diagnostic {
  return {
    code: init.code,
    severity: init.severity ?? 'error',
    message: init.message,
    file: doc.source.file,
    at: { path, part: init.part ?? 'value' },
    ...(doc.count > 1 ? { document: doc.index } : {}),
    ...(init.hint === undefined ? {} : { hint: init.hint }),
    ...(init.params === undefined ? {} : { params: init.params }),
    ...(init.related === undefined ? {} : { related: init.related }),
  };
}
