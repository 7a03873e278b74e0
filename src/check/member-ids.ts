import { relatedMarker } from '../diagnostics/address.js';
import { diagnosticAt } from '../diagnostics/diagnostic-at.js';
import type { Member } from '../model/council.js';
import type { Check } from './check.js';

/**
 * Member ids are unique within a council (`id/duplicate`). Two members whose
 * ids or names differ only in letter case (`alice`, `Alice`) are probably one
 * person entered twice (`id/possible-duplicate`, a warning). Identical names
 * are allowed: a member who returns after a gap needs a second entry.
 */
export const memberIdsCheck: Check = {
  name: 'member-ids',
  reads: { council: ['members'] },
  run({ project, report }) {
    for (const council of project.ofKind('council')) {
      const byId = new Map<string, number>();
      const byFoldedId = new Map<string, number>();
      const byFoldedName = new Map<string, number>();
      council.value.members.forEach((member: Member, index) => {
        const first = byId.get(member.id);
        if (first !== undefined) {
          const where = relatedMarker(0);
          const related = [{ path: ['members', first, 'id'], part: 'value' as const }];
          report(
            diagnosticAt(council.doc, ['members', index, 'id'], {
              code: 'id/duplicate',
              message: `another member already has the id "${member.id}" (${where})`,
              hint: 'member ids must be unique within a council; a member who returns after a gap needs a new id',
              params: { kind: 'member', id: member.id, first: where },
              related,
            }),
          );
          return;
        }
        byId.set(member.id, index);

        const similarId = remember(byFoldedId, member.id.toLowerCase(), index);
        const similarIdMember =
          similarId === undefined ? undefined : council.value.members[similarId];
        if (similarId !== undefined && similarIdMember !== undefined) {
          const where = relatedMarker(0);
          const related = [{ path: ['members', similarId, 'id'], part: 'value' as const }];
          report(
            diagnosticAt(council.doc, ['members', index, 'id'], {
              code: 'id/possible-duplicate',
              severity: 'warning',
              message: `possible duplicate member: "${member.id}" differs only in letter case from "${similarIdMember.id}" (${where})`,
              hint: 'if this is the same person, keep one entry',
              params: { id: member.id, other: similarIdMember.id, first: where },
              related,
            }),
          );
        }

        const name = member.name.trim().replace(/\s+/g, ' ');
        const similarName = remember(byFoldedName, name.toLowerCase(), index);
        const similarNameMember =
          similarName === undefined ? undefined : council.value.members[similarName];
        if (
          similarName !== undefined &&
          similarNameMember !== undefined &&
          similarNameMember.name.trim().replace(/\s+/g, ' ') !== name
        ) {
          const where = relatedMarker(0);
          const related = [{ path: ['members', similarName, 'name'], part: 'value' as const }];
          report(
            diagnosticAt(council.doc, ['members', index, 'name'], {
              code: 'id/possible-duplicate',
              severity: 'warning',
              message: `possible duplicate member: the name "${member.name}" differs only in letter case from "${similarNameMember.name}" (${where})`,
              hint: 'if this is the same person, keep one entry',
              params: { id: member.id, other: similarNameMember.id, first: where },
              related,
            }),
          );
        }
      });
    }
  },
};

/** Remembers the first index for a key; returns the earlier one when there is one. */
function remember(map: Map<string, number>, key: string, index: number): number | undefined {
  const earlier = map.get(key);
  if (earlier === undefined) map.set(key, index);
  return earlier;
}
