import type { DataPath, PathPart } from '../diagnostics/address.js';
import { diagnosticAt } from '../diagnostics/diagnostic-at.js';
import type { ParsedDocument } from '../load/parsed-document.js';
import type { Council } from '../model/council.js';
import { memberById } from '../model/member-lookup.js';
import { membersNamed, suggestMembers } from '../model/roster.js';
import type { Check, CheckContext } from './check.js';
import { executiveVoterHint, type ExecutiveField } from './executive-voter.js';

/**
 * Roll-call votes, whip-count positions and ordinance sponsors name members on
 * their council's roster (`ref/unknown-member`, with the closest ids).
 * Documents whose council is unknown are left to `council-references`.
 */
export const memberReferencesCheck: Check = {
  name: 'member-references',
  reads: { council: ['members'] },
  run(context) {
    const { project } = context;
    for (const rollCall of project.ofKind('roll-call')) {
      const council = project.find('council', rollCall.value.council)?.value;
      if (council === undefined) continue;
      for (const id of Object.keys(rollCall.value.votes ?? {})) {
        reportUnknown(context, council, rollCall.doc, ['votes', id], 'key', id, 'roll-call');
      }
    }
    for (const whip of project.ofKind('whip-count')) {
      const council = project.find('council', whip.value.council)?.value;
      if (council === undefined) continue;
      for (const id of Object.keys(whip.value.positions ?? {})) {
        reportUnknown(context, council, whip.doc, ['positions', id], 'key', id, 'whip-count');
      }
    }
    for (const ordinance of project.ofKind('ordinance')) {
      const council = project.find('council', ordinance.value.council)?.value;
      if (council === undefined) continue;
      (ordinance.value.sponsors ?? []).forEach((id, index) => {
        reportUnknown(context, council, ordinance.doc, ['sponsors', index], 'value', id);
      });
    }
  },
};

function reportUnknown(
  { report }: CheckContext,
  council: Council,
  doc: ParsedDocument,
  path: DataPath,
  part: PathPart,
  id: string,
  executiveField?: ExecutiveField,
): void {
  if (memberById(council, id) !== undefined) return;
  const close = suggestMembers(council, id);
  report(
    diagnosticAt(doc, path, {
      code: 'ref/unknown-member',
      message: `"${id}" is not a member of ${council.id}`,
      hint:
        (membersNamed(council, id).length === 0 && executiveField !== undefined
          ? executiveVoterHint(council, id, executiveField)
          : undefined) ??
        (close.length === 0
          ? `members are named by their id in the council file (${council.id})`
          : `did you mean ${close.map((m) => `"${m}"`).join(' or ')}?`),
      part,
      params: { member: id, council: council.id, suggestions: close },
    }),
  );
}
