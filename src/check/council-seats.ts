import { diagnosticAt } from '../diagnostics/diagnostic-at.js';
import type { Member } from '../model/council.js';
import { isInOffice } from '../model/roster.js';
import type { Check } from './check.js';

/**
 * Members in office never exceed the seats on any day. The count changes only
 * on the day a term begins and the day after one ends, so those days are
 * checked; each stretch of days over the limit is reported once, at the member
 * whose term starting made it so.
 */
export const councilSeatsCheck: Check = {
  name: 'council-seats',
  reads: { council: ['members', 'seats'] },
  run({ project, report }) {
    for (const council of project.ofKind('council')) {
      const { members, seats } = council.value;
      const terms = members.filter((m) => m.to === undefined || m.from <= m.to);
      let over = false;
      for (const date of boundaryDates(terms)) {
        const inOffice = terms.filter((m) => isInOffice(m, date));
        if (inOffice.length <= seats) {
          over = false;
          continue;
        }
        if (over) continue;
        over = true;
        const newest = latestToStart(inOffice);
        const index = members.indexOf(newest);
        report(
          diagnosticAt(council.doc, ['members', index, 'from'], {
            code: 'council/over-seats',
            message: `${inOffice.length} members are in office on ${date}, more than the ${seats} seats`,
            hint: `check the terms of the members in office that day: ${inOffice.map((m) => m.id).join(', ')}`,
            params: { date, members: inOffice.length, seats },
          }),
        );
      }
    }
  },
};

/** Every day a term begins and every day after one ends, in order. */
function boundaryDates(members: readonly Member[]): string[] {
  const dates = new Set<string>();
  for (const m of members) {
    dates.add(m.from);
    if (m.to !== undefined) dates.add(dayAfter(m.to));
  }
  return [...dates].sort();
}

function dayAfter(date: string): string {
  const next = new Date(Date.parse(`${date}T00:00:00Z`) + 86_400_000);
  return Number.isNaN(next.getTime()) ? date : next.toISOString().slice(0, 10);
}

/** The member whose term began last (the last such in roster order). */
function latestToStart(members: readonly Member[]): Member {
  return members.reduce((latest, m) => (m.from >= latest.from ? m : latest));
}
