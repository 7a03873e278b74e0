import { diagnosticAt } from '../diagnostics/diagnostic-at.js';
import { isInOffice } from '../model/roster.js';
import { memberById } from '../model/member-lookup.js';
import type { Check } from './check.js';
import { describeTerm } from './describe.js';

/**
 * Whip-count positions are for members in office on `as_of`
 * (`whip/not-in-office`). Names not on the roster are left to `member-references`.
 */
export const whipCountPositionsCheck: Check = {
  name: 'whip-count-positions',
  reads: { 'whip-count': ['as_of'], council: ['members'] },
  run({ project, report }) {
    for (const whip of project.ofKind('whip-count')) {
      const { positions, as_of: asOf } = whip.value;
      const council = project.find('council', whip.value.council)?.value;
      if (council === undefined || positions === undefined) continue;
      for (const id of Object.keys(positions)) {
        const member = memberById(council, id);
        if (member === undefined || isInOffice(member, asOf)) continue;
        report(
          diagnosticAt(whip.doc, ['positions', id], {
            code: 'whip/not-in-office',
            message: `${id} is not in office on ${asOf} (term ${describeTerm(member)})`,
            hint: 'remove the position, or check `as_of` and the term in the council file',
            part: 'key',
            params: { member: id, date: asOf },
          }),
        );
      }
    }
  },
};
