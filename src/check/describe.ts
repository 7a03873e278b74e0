import type { Member, RuleVersion } from '../model/council.js';

/** A member's term as text: `2024-04-16 to 2028-04-18`, or `from 2024-04-16`. */
export function describeTerm(member: Member): string {
  return member.to === undefined ? `from ${member.from}` : `${member.from} to ${member.to}`;
}

/** A rule version's dates as text: `2023-06-20 to 2025-12-31`, `from 2023-06-20`, `always`. */
export function describeVersionRange(version: RuleVersion): string {
  const { effective, until } = version;
  if (effective === undefined && until === undefined) return 'always';
  if (effective === undefined) return `until ${until ?? ''}`;
  if (until === undefined) return `from ${effective}`;
  return `${effective} to ${until}`;
}

/** A member as text: `andrea-pratt (Andrea Pratt)`. */
export function describeMember(member: Member): string {
  return `${member.id} (${member.name})`;
}
