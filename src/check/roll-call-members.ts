import { diagnosticAt } from '../diagnostics/diagnostic-at.js';
import { memberById } from '../model/member-lookup.js';
import { isInOffice, membersInOffice, suggestMembers } from '../model/roster.js';
import type { Check } from './check.js';
import { isSameDistrict } from './council-districts.js';
import { describeMember, describeTerm } from './describe.js';

/**
 * Every voter is in office on the roll call's date (`roll-call/not-in-office`,
 * or `roll-call/vacant-seat` when nobody holds the voter's district that day),
 * and every member in office votes (`roll-call/missing-member`). Voters not on
 * the roster at all are left to `member-references`; a member whose id such
 * a voter probably misspells (the one close id) is not reported as missing.
 */
export const rollCallMembersCheck: Check = {
  name: 'roll-call-members',
  reads: { 'roll-call': ['date', 'votes'], council: ['members'] },
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

      // a voter not on the roster who is probably a member in office (a typo
      // of the id) is that member's vote: `member-references` reports it once
      const meant = new Set<string>();
      for (const id of Object.keys(votes)) {
        const suggested = memberById(council, id) !== undefined ? [] : suggestMembers(council, id);
        if (suggested.length === 1 && suggested[0] !== undefined) meant.add(suggested[0]);
      }
      for (const member of inOffice) {
        if (Object.hasOwn(votes, member.id) || meant.has(member.id)) continue;
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
