import { holdsMarkers, type DataAddress, type RelatedPlace } from './address.js';
import type { DiagnosticCode } from './codes.js';

export type Severity = 'error' | 'warning';

/** A half-open range of UTF-16 offsets into a file's decoded text (BOM removed). */
export interface Span {
  readonly start: number;
  readonly end: number;
}

export type DiagnosticParam = string | number | boolean | readonly string[];

/**
 * A problem in user data. Collected, never thrown. Positions are offsets; they
 * become line:column only when printed (see `resolveDiagnostic`).
 */
export interface Diagnostic {
  readonly code: DiagnosticCode;
  readonly severity: Severity;
  /** One sentence for people; programs should read `code` and `params`. */
  readonly message: string;
  /** The path as the user gave it or as it was found under a given folder. */
  readonly file: string;
  /**
   * Where the problem is, once placed. Checks address findings by data path
   * (`at`); the printing layer turns the path into a span, and only for the
   * files it prints (see load/place.ts). Absent when there is no position to
   * point at (an unreadable file).
   */
  readonly span?: Span;
  /** The node the finding is about, by data path in its document, until it is placed. */
  readonly at?: DataAddress;
  /** Other places the message names (see `relatedMarker`), written in when it is placed. */
  readonly related?: readonly RelatedPlace[];
  /** 0-based index of the YAML document, present only for files holding several. */
  readonly document?: number;
  /** What to do about it, when something useful can be said. */
  readonly hint?: string;
  readonly params?: Readonly<Record<string, DiagnosticParam>>;
}

/** A diagnostic with 1-based line and column numbers, ready to print. */
export interface ResolvedDiagnostic extends Diagnostic {
  readonly line: number | null;
  readonly column: number | null;
  readonly endLine: number | null;
  readonly endColumn: number | null;
}

export function countBySeverity(diagnostics: readonly Diagnostic[]): {
  errors: number;
  warnings: number;
} {
  let errors = 0;
  let warnings = 0;
  for (const d of diagnostics) {
    if (d.severity === 'error') errors++;
    else warnings++;
  }
  return { errors, warnings };
}

/** Order within one file: document, then position, then code (0 when all are equal). */
export function compareWithinFile(a: Diagnostic, b: Diagnostic): number {
  const da = a.document ?? 0;
  const db = b.document ?? 0;
  if (da !== db) return da - db;
  const sa = a.span?.start ?? -1;
  const sb = b.span?.start ?? -1;
  if (sa !== sb) return sa - sb;
  return a.code < b.code ? -1 : a.code > b.code ? 1 : 0;
}

/** Stable order: file, then document, then position, then code, then message. */
export function compareDiagnostics(a: Diagnostic, b: Diagnostic): number {
  if (a.file !== b.file) return a.file < b.file ? -1 : 1;
  const within = compareWithinFile(a, b);
  if (within !== 0) return within;
  return a.message < b.message ? -1 : a.message > b.message ? 1 : 0;
}

/** Whether a finding still has a data path, a related place or a marker to turn into text. */
export function needsPlacing(d: Diagnostic): boolean {
  return (
    d.at !== undefined ||
    d.related !== undefined ||
    holdsMarkers(d.message) ||
    (d.hint !== undefined && holdsMarkers(d.hint)) ||
    (d.params !== undefined &&
      Object.values(d.params).some((v) => typeof v === 'string' && holdsMarkers(v)))
  );
}
