import { throwIllegalValue } from '../basics/assert.js';
import { diagnosticAt } from '../diagnostics/diagnostic-at.js';
import type { DirectiveStatus } from '../model/directive.js';
import type { Check } from './check.js';

/**
 * A pending ordinance (draft or introduced) acts on a directive in force: a
 * policy override can suspend or modify only an `issued` or `modified`
 * directive (`ordinance/directive-status`). Once the ordinance is decided, the
 * directive's status records what happened next and is not checked.
 */
export const ordinanceDirectiveStatusCheck: Check = {
  name: 'ordinance-directive-status',
  reads: { directive: ['status'] },
  run({ project, report }) {
    for (const ordinance of project.ofKind('ordinance')) {
      const { status, directive: directiveId, action } = ordinance.value;
      if (directiveId === undefined || (status !== 'draft' && status !== 'introduced')) continue;
      const directive = project.find('directive', directiveId)?.value;
      if (directive === undefined) continue;
      const problem = statusProblem(directive.status);
      if (problem === undefined) continue;
      report(
        diagnosticAt(ordinance.doc, ['directive'], {
          code: 'ordinance/directive-status',
          message: `the directive ${directiveId} ${problem}`,
          hint: "check the directive's `status`, or whether this measure still has anything to act on",
          params: {
            directive: directiveId,
            status: directive.status,
            ...(action === undefined ? {} : { action }),
          },
        }),
      );
    }
  },
};

function statusProblem(status: DirectiveStatus): string | undefined {
  switch (status) {
    case 'issued':
    case 'modified':
      return undefined;
    case 'proposed':
      return 'is only proposed and not yet in force: it cannot be suspended or modified until it is issued';
    case 'suspended':
      return 'is already suspended: it cannot be suspended again, and is not in force to be modified';
    case 'rescinded':
      return 'was rescinded: nothing is left in force to suspend or modify';
    case 'withdrawn':
      return 'was withdrawn: nothing is left in force to suspend or modify';
    default:
      return throwIllegalValue(status, 'directive status');
  }
}
