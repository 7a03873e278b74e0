import type { ResolvedDiagnostic } from '../diagnostics/diagnostic.js';
import type { SourceText } from '../diagnostics/source-text.js';

/** Where a report's text goes, chunk by chunk. */
export interface ReportStream {
  write(chunk: string): void;
  /** Settles once the stream can take more (a pipe to a slow reader); none: at once. */
  drained?(): Promise<void>;
}

/** One file's findings, in report order, resolved to line and column. */
export interface FileFindings {
  readonly file: string;
  /**
   * True for a file that was read (each comes once, in path order, with or
   * without findings); false for the walk's findings about a path it did not
   * read, such as a link it did not follow.
   */
  readonly read: boolean;
  readonly diagnostics: readonly ResolvedDiagnostic[];
  /** The file's text, for code frames, when it was read and has findings. */
  readonly source?: SourceText | undefined;
}

/** What is known once every file has been checked. */
export interface ValidationTotals {
  /** Files read. */
  readonly files: number;
  readonly errors: number;
  readonly warnings: number;
  /** True when the run passes: no errors, and no warnings under `--strict`. */
  readonly ok: boolean;
}

/**
 * A validation report written as the files are checked, so that what is
 * held does not grow with the findings: the walk's findings first, then
 * each file read, in path order, then the totals. A format whose opening
 * needs the totals (JSON, JUnit, SARIF) keeps its body in a Spool.
 */
export interface ValidationWriter {
  file(findings: FileFindings): void;
  /** Writes the rest: what waited for the totals, and the totals. */
  end(totals: ValidationTotals): Promise<void> | void;
  /** Lets go of what is held (a spool's temporary file) when the run stops early. */
  dispose(): void;
}

/**
 * A value as JSON.stringify(…, null, 2) writes it as an element nested
 * `indent` deep in a larger document: JSON text never holds a raw line
 * break inside a string, so every line is simply indented.
 */
export function indentedJson(value: unknown, indent: string): string {
  return `${indent}${JSON.stringify(value, null, 2).replace(/\n/g, `\n${indent}`)}`;
}
