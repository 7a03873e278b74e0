import { diagnosticAt } from '../diagnostics/diagnostic-at.js';
import { isInOffice } from '../model/roster.js';
import { memberById } from '../model/member-lookup.js';
import type { Check } from './check.js';
import { describeTerm } from './describe.js';

/**
 * Sponsors are in office on the day the ordinance was `introduced`
 * (`ordinance/sponsor-not-in-office`). Unknown sponsors are left to `member-references`.
 */
export const ordinanceSponsorsCheck: Check = {
  name: 'ordinance-sponsors',
  reads: { council: ['members'] },
  run({ project, report }) {
    for (const ordinance of project.ofKind('ordinance')) {
      const { sponsors, introduced } = ordinance.value;
      const council = project.find('council', ordinance.value.council)?.value;
      if (council === undefined || introduced === undefined) continue;
      (sponsors ?? []).forEach((id, index) => {
        const member = memberById(council, id);
        if (member === undefined || isInOffice(member, introduced)) return;
        report(
          diagnosticAt(ordinance.doc, ['sponsors', index], {
            code: 'ordinance/sponsor-not-in-office',
            message: `the sponsor ${id} is not in office on ${introduced}, when the measure was introduced (term ${describeTerm(member)})`,
            hint: 'check the sponsor, the `introduced` date and the term in the council file',
            params: { member: id, date: introduced },
          }),
        );
      });
    }
  },
};
