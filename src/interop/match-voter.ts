import type { IsoDate } from '../model/common.js';
import type { Council, Member } from '../model/council.js';
import { isInOffice } from '../model/roster.js';
import { familyNameOf, foldName, withoutTitles } from './names.js';

/** Who a vote row names: a Legistar person id, an id given as a member id (OCD), a name. */
export interface Voter {
  readonly personId?: number | null;
  readonly memberId?: string | null;
  readonly name: string | null;
}

/** How a voter was matched: stronger ways first. */
export type MatchedBy = 'person-id' | 'member-id' | 'name' | 'family-name';

export type VoterMatch =
  | { readonly kind: 'member'; readonly member: Member; readonly by: MatchedBy }
  | { readonly kind: 'ambiguous'; readonly members: readonly Member[]; readonly by: MatchedBy }
  /** `known`: members the voter's person id or name belongs to who are not in office then. */
  | { readonly kind: 'none'; readonly known: readonly Member[] };

/**
 * Matches voters to the members of a council in office on a date, through
 * the council's roster: the Legistar person ids the council lists
 * (`interop.legistar.persons`), then a member id, then the full name, then
 * the family name (`ALD. BAUMAN`, `Mayor DiRocco`). Each way either finds
 * exactly one member in office, finds several (ambiguous: never guessed), or
 * passes to the next.
 */
export class VoterMatcher {
  readonly #council: Council;
  readonly #byPerson = new Map<number, Member[]>();

  constructor(council: Council) {
    this.#council = council;
    const persons = council.interop?.legistar?.persons ?? {};
    const byId = new Map(council.members.map((m) => [m.id, m]));
    for (const [memberId, ids] of Object.entries(persons)) {
      const member = byId.get(memberId);
      if (member === undefined) continue;
      for (const id of typeof ids === 'number' ? [ids] : ids) {
        this.#byPerson.set(id, [...(this.#byPerson.get(id) ?? []), member]);
      }
    }
  }

  match(voter: Voter, date: IsoDate): VoterMatch {
    const inOffice = this.#council.members.filter((m) => isInOffice(m, date));
    const known: Member[] = [];
    const decide = (found: readonly Member[], by: MatchedBy): VoterMatch | undefined => {
      const current = found.filter((m) => inOffice.includes(m));
      known.push(...found.filter((m) => !inOffice.includes(m) && !known.includes(m)));
      if (current.length === 1 && current[0] !== undefined) {
        return { kind: 'member', member: current[0], by };
      }
      return current.length > 1 ? { kind: 'ambiguous', members: current, by } : undefined;
    };

    if (voter.personId !== undefined && voter.personId !== null) {
      const found = decide(this.#byPerson.get(voter.personId) ?? [], 'person-id');
      if (found !== undefined) return found;
    }
    if (voter.memberId !== undefined && voter.memberId !== null) {
      const found = decide(
        this.#council.members.filter((m) => m.id === voter.memberId),
        'member-id',
      );
      if (found !== undefined) return found;
    }
    const name = voter.name;
    if (name !== null) {
      const folded = new Set([foldName(name), foldName(withoutTitles(name))]);
      const byName = decide(
        this.#council.members.filter((m) => folded.has(foldName(m.name))),
        'name',
      );
      if (byName !== undefined) return byName;
      const family = familyNameOf(name);
      if (family !== undefined) {
        const byFamily = decide(
          inOffice.filter((m) => familyNameOf(m.name) === family),
          'family-name',
        );
        if (byFamily !== undefined) return byFamily;
      }
    }
    return { kind: 'none', known };
  }
}
