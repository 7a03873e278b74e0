import { diagnosticAt } from '../diagnostics/diagnostic-at.js';
import type { Member } from '../model/council.js';
import type { Check } from './check.js';
import { describeTerm } from './describe.js';

/** A district has at most one member in office on any day (`council/district-overlap`). */
export const councilDistrictsCheck: Check = {
  name: 'council-districts',
  reads: { council: ['members'] },
  run({ project, report }) {
    for (const council of project.ofKind('council')) {
      const members = council.value.members;
      // Members with a term, by district as written (`3` and `"3"` alike), in roster order.
      const byDistrict = new Map<string, Member[]>();
      members.forEach((later, j) => {
        if (later.district === undefined || !hasTerm(later)) return;
        const district = String(later.district);
        const before = byDistrict.get(district) ?? [];
        const earlier = before.find((m) => overlap(m, later));
        before.push(later);
        byDistrict.set(district, before);
        if (earlier === undefined) return;
        const from = earlier.from > later.from ? earlier.from : later.from;
        report(
          diagnosticAt(council.doc, ['members', j, 'from'], {
            code: 'council/district-overlap',
            message: `district ${String(later.district)} has two members in office from ${from}: ${earlier.id} (${describeTerm(earlier)}) and ${later.id} (${describeTerm(later)})`,
            hint: "end one member's term (`to:`) before the other's begins",
            params: {
              district: String(later.district),
              date: from,
              members: [earlier.id, later.id],
            },
          }),
        );
      });
    }
  },
};

function hasTerm(m: { from: string; to?: string }): boolean {
  return m.to === undefined || m.from <= m.to;
}

function overlap(a: { from: string; to?: string }, b: { from: string; to?: string }): boolean {
  return (a.to === undefined || b.from <= a.to) && (b.to === undefined || a.from <= b.to);
}

/** Whether two district labels name the same district: `3` and `"3"` do. */
export function isSameDistrict(
  a: number | string | undefined,
  b: number | string | undefined,
): boolean {
  return a !== undefined && b !== undefined && String(a) === String(b);
}
