import { diagnosticAt } from '../diagnostics/diagnostic-at.js';
import type { Check } from './check.js';

/** A member's term ends on or after the day it begins (`council/term-order`). */
export const councilTermsCheck: Check = {
  name: 'council-terms',
  reads: { council: ['members'] },
  run({ project, report }) {
    for (const council of project.ofKind('council')) {
      council.value.members.forEach((member, index) => {
        if (member.to === undefined || member.from <= member.to) return;
        report(
          diagnosticAt(council.doc, ['members', index, 'to'], {
            code: 'council/term-order',
            message: `the term of ${member.id} ends (${member.to}) before it begins (${member.from})`,
            hint: 'check the `from` and `to` dates; they may be swapped',
            params: { member: member.id, from: member.from, to: member.to },
          }),
        );
      });
    }
  },
};
