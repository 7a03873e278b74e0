import { diagnosticAt } from '../diagnostics/diagnostic-at.js';
import { isInOffice, membersInOffice } from '../model/roster.js';
import { memberById } from '../model/member-lookup.js';
import type { Check } from './check.js';
import { isSameDistrict } from './council-districts.js';
import { describeMember, describeTerm } from './describe.js';

/**
 * Every voter is in office on the roll call's date (`roll-call/not-in-office`,
 * or `roll-call/vacant-seat` when nobody holds the voter's district that day),
 * and every member in office votes (`roll-call/missing-member`). Voters not on
 * the roster at all are left to `member-references`.
 */
export const rollCallMembersCheck: Check = {
  name: 'roll-call-members',
  run({ project, report }) {
    for (const rollCall of project.ofKind('roll-call')) {
      const { votes, date } = rollCall.value;
      const council = project.find('council', rollCall.value.council)?.value;
      if (council === undefined || votes === undefined) continue;
      const inOffice = membersInOffice(council, date);

      for (const id of Object.keys(votes)) {
        const member = memberById(council, id);
        if (member === undefined || isInOffice(member, date)) continue;
        const vacant =
          member.district !== undefined &&
          !inOffice.some((m) => isSameDistrict(m.district, member.district));
        report(
          diagnosticAt(rollCall.doc, ['votes', id], {
            code: vacant ? 'roll-call/vacant-seat' : 'roll-call/not-in-office',
            message: vacant
              ? `no vote for a vacant seat: district ${String(member.district)} has nobody in office on ${date} (${id} served ${describeTerm(member)})`
              : `${id} is not in office on ${date} (term ${describeTerm(member)})`,
            hint: 'remove the vote, or check the date and the term in the council file',
            part: 'key',
            params: { member: id, date, term: describeTerm(member) },
          }),
        );
      }

      for (const member of inOffice) {
        if (Object.hasOwn(votes, member.id)) continue;
        report(
          diagnosticAt(rollCall.doc, ['votes'], {
            code: 'roll-call/missing-member',
            message: `${describeMember(member)} is in office on ${date} but has no vote`,
            hint: `add "${member.id}: absent" (or excused, not-voting) if they did not vote`,
            part: 'key',
            params: { member: member.id, date },
          }),
        );
      }
    }
  },
};
