import type { ResolvedDiagnostic } from '../diagnostics/diagnostic.js';
import type { SourceTexts } from '../diagnostics/source-text.js';

/** Everything a validation renderer needs: resolved findings in a stable order. */
export interface ValidationReport {
  /** Every file read, in path order. */
  readonly files: readonly string[];
  readonly diagnostics: readonly ResolvedDiagnostic[];
  readonly errors: number;
  readonly warnings: number;
  /** True when the run passes: no errors, and no warnings under `--strict`. */
  readonly ok: boolean;
  readonly sources: SourceTexts;
}
