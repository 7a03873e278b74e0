import { diagnosticAt } from '../diagnostics/diagnostic-at.js';
import { membersInOffice } from '../model/roster.js';
import type { Check } from './check.js';

/**
 * Named positions (of members in office) and blocs together never exceed the
 * members in office on `as_of` (`whip/over-members`).
 */
export const whipCountSizeCheck: Check = {
  name: 'whip-count-size',
  reads: { 'whip-count': ['as_of'], council: ['members'] },
  run({ project, report }) {
    for (const whip of project.ofKind('whip-count')) {
      const { positions, blocs, as_of: asOf } = whip.value;
      const council = project.find('council', whip.value.council)?.value;
      if (council === undefined) continue;
      const inOffice = membersInOffice(council, asOf);
      const named = inOffice.filter(
        (m) => positions !== undefined && Object.hasOwn(positions, m.id),
      );
      const inBlocs = (blocs ?? []).reduce((sum, b) => sum + b.size, 0);
      const total = named.length + inBlocs;
      if (total <= inOffice.length) continue;
      report(
        diagnosticAt(whip.doc, [blocs === undefined ? 'positions' : 'blocs'], {
          code: 'whip/over-members',
          message: `${named.length} named positions and ${inBlocs} members in blocs make ${total}, but ${inOffice.length} members are in office on ${asOf}`,
          hint: 'blocs stand for members not named in `positions`; shrink them',
          part: 'key',
          params: { positions: named.length, blocs: inBlocs, members: inOffice.length, date: asOf },
        }),
      );
    }
  },
};
