import type { Diagnostic } from '../diagnostics/diagnostic.js';
import type { Project } from '../project/project.js';

export interface CheckContext {
  readonly project: Project;
  readonly report: (diagnostic: Diagnostic) => void;
}

/** One cross-file rule. Adding a check is one file and one line in `CHECKS`. */
export interface Check {
  /** A short name for tests and debugging: `roll-call-members`. */
  readonly name: string;
  readonly run: (context: CheckContext) => void;
}
