import { diagnosticAt } from '../diagnostics/diagnostic-at.js';
import { membersInOffice } from '../model/roster.js';
import type { Check } from './check.js';

/** A roll call given as `counts` accounts for every member in office (`roll-call/counts-total`). */
export const rollCallCountsCheck: Check = {
  name: 'roll-call-counts',
  reads: { 'roll-call': ['date'], council: ['members'] },
  run({ project, report }) {
    for (const rollCall of project.ofKind('roll-call')) {
      const { counts, date } = rollCall.value;
      const council = project.find('council', rollCall.value.council)?.value;
      if (council === undefined || counts === undefined) continue;
      const total = Object.values(counts).reduce((sum, n) => sum + n, 0);
      const members = membersInOffice(council, date).length;
      if (total === members) continue;
      report(
        diagnosticAt(rollCall.doc, ['counts'], {
          code: 'roll-call/counts-total',
          message: `the counts add up to ${total}, but ${members} members are in office on ${date}`,
          hint:
            total < members
              ? `account for every member: add absent: ${members - total} (or excused, not-voting)`
              : 'the counts include more members than are in office; check them and the roster',
          part: 'key',
          params: { total, members, date },
        }),
      );
    }
  },
};
