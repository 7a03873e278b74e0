import type { Council } from '../model/council.js';

/** The documents that name voters and give the executive a field of its own. */
export type ExecutiveField = 'roll-call' | 'whip-count';

/**
 * The hint for an id under a roll call's `votes` (or a whip count's
 * `positions`) that names the council's executive rather than a member:
 * `mayor`, `executive`, the executive's title or name. The executive's vote
 * has a field of its own. Undefined for any other id.
 */
export function executiveVoterHint(
  council: Council,
  id: string,
  field: ExecutiveField,
): string | undefined {
  if (!namesExecutive(council, id)) return undefined;
  const title = council.executive?.title ?? 'executive';
  const where =
    field === 'roll-call'
      ? `the ${title}'s tie-breaking vote is not a member's vote: write "executive: aye" (or no) ` +
        'at the top level of the roll call, beside "votes:"; it counts only to break a tie, ' +
        'under a rule with executive_tie_vote: true'
      : `the ${title}'s chance of breaking a tie is not a member's position: write ` +
        '"executive: yes" (or lean-yes, undecided, lean-no, no) at the top level of the whip count, ' +
        'beside "positions:"';
  return council.executive === undefined
    ? `${where}; the council file (${council.id}) needs an "executive:" too`
    : where;
}

function namesExecutive(council: Council, id: string): boolean {
  const names = new Set(['executive', 'mayor']);
  const title = slug(council.executive?.title ?? '');
  const name = slug(council.executive?.name ?? '');
  const family = name.split('-').at(-1) ?? '';
  for (const n of [title, name, `${title}-${name}`, `${title}-${family}`]) {
    if (n !== '' && !n.startsWith('-') && !n.endsWith('-')) names.add(n);
  }
  return names.has(slug(id));
}

/** `Morgan Reyes` → `morgan-reyes`. */
function slug(text: string): string {
  return text
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, '-')
    .replace(/^-+|-+$/g, '');
}
