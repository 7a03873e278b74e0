import type { Council, Member } from './council.js';

/** Each council's members by id, made on first need (a council is never changed once read). */
const rosters = new WeakMap<Council, ReadonlyMap<string, Member>>();

/**
 * The member of a council with this id: the first on the roster, as
 * `members.find` would give, without reading the roster through for every
 * id (a 435-member body names each member in every roll call).
 */
export function memberById(council: Council, id: string): Member | undefined {
  let roster = rosters.get(council);
  if (roster === undefined) {
    const byId = new Map<string, Member>();
    for (const member of council.members) if (!byId.has(member.id)) byId.set(member.id, member);
    roster = byId;
    rosters.set(council, roster);
  }
  return roster.get(id);
}
