import { err, ok, type Result } from '../basics/result.js';
import type { Council, Member } from '../model/council.js';
import { membersInOffice } from '../model/roster.js';
import type { Stance, WhipCount } from '../model/whip-count.js';
import {
  CERTAIN,
  chanceFromFile,
  chanceOfAye,
  STANCE_CHANCE,
  type Chance,
} from './whip-chances.js';

/** What a member may do in one outcome of the vote. */
export type WhipVote = 'aye' | 'no' | 'absent';

/** A what-if: this member is taken to vote so, for certain (`--assume ID=VOTE`). */
export interface WhipAssumption {
  readonly id: string;
  readonly vote: WhipVote;
}

/**
 * One line of a whip count: a named member, a bloc of unnamed members, or
 * the members covered by neither (unnamed when there are blocs, since the
 * blocs' members are not known). All members of a line share one stance,
 * one chance of an aye and one chance of being present.
 */
export interface WhipVoter {
  /** A member id; `bloc:N` for the N-th bloc; `bloc:uncovered` for the rest. Never a slug clash: slugs have no colon. */
  readonly key: string;
  readonly kind: 'member' | 'bloc' | 'uncovered';
  readonly id: string | null;
  readonly name: string | null;
  /** 1-based position in the file's `blocs`. */
  readonly bloc: number | null;
  readonly size: number;
  readonly stance: Stance;
  /** A position or bloc gave the stance, or none did (`undecided` by default). */
  readonly stanceFrom: 'position' | 'bloc' | 'default';
  /** The chance of an aye when present: the stance's default or the file's `probability`. */
  readonly probability: Chance;
  readonly probabilityFrom: 'stance' | 'file';
  /** The chance of being present. */
  readonly attendance: Chance;
  readonly attendanceFrom: 'member' | 'bloc' | 'whip-count' | 'flag' | 'default';
  /** The vote taken as certain by a what-if, if any. */
  readonly assumed: WhipVote | null;
  readonly note: string | null;
}

/** Why the what-ifs cannot be applied. */
export type WhipVotersProblem =
  | { readonly kind: 'unknown-assumption'; readonly id: string; readonly known: readonly string[] }
  | { readonly kind: 'unnamed-assumption'; readonly id: string }
  | { readonly kind: 'repeated-assumption'; readonly id: string };

export interface WhipVotersInput {
  readonly council: Council;
  readonly whip: WhipCount;
  readonly assume?: readonly WhipAssumption[];
  /** `--attendance`: every member's chance of being present, whatever the file says. */
  readonly attendance?: Chance | undefined;
}

/**
 * The lines of a whip count (SPEC 1.6), over the members in office on
 * `as_of`: named members in roster order, then the blocs in file order, then
 * the members covered by neither. Without blocs, those are known by name and
 * listed as members; with blocs they are one unnamed line.
 */
export function whipVoters(input: WhipVotersInput): Result<WhipVoter[], WhipVotersProblem> {
  const { council, whip } = input;
  const office = membersInOffice(council, whip.as_of);
  const positions = new Map(Object.entries(whip.positions ?? {}));
  const blocs = whip.blocs ?? [];
  const fileAttendance =
    whip.attendance === undefined ? undefined : chanceFromFile(whip.attendance);
  const attendanceFor = (
    own: number | undefined,
    ownFrom: 'member' | 'bloc',
  ): Pick<WhipVoter, 'attendance' | 'attendanceFrom'> => {
    if (input.attendance !== undefined)
      return { attendance: input.attendance, attendanceFrom: 'flag' };
    if (own !== undefined) return { attendance: chanceFromFile(own), attendanceFrom: ownFrom };
    if (fileAttendance !== undefined)
      return { attendance: fileAttendance, attendanceFrom: 'whip-count' };
    return { attendance: CERTAIN, attendanceFrom: 'default' };
  };
  const undecided = (): Stated => ({
    stance: 'undecided',
    stanceFrom: 'default',
    probability: STANCE_CHANCE.undecided,
    probabilityFrom: 'stance',
    ...attendanceFor(undefined, 'member'),
  });

  const voters: WhipVoter[] = [];
  const unnamed: string[] = [];
  for (const member of office) {
    const position = positions.get(member.id);
    if (position === undefined) {
      if (blocs.length > 0) unnamed.push(member.id);
      else voters.push(memberLine(member, undecided(), null));
      continue;
    }
    const detailed = typeof position === 'string' ? { stance: position } : position;
    const stated: Stated = {
      stance: detailed.stance,
      stanceFrom: 'position',
      probability: chanceOfAye(detailed.stance, detailed.probability),
      probabilityFrom: detailed.probability === undefined ? 'stance' : 'file',
      ...attendanceFor(detailed.attendance, 'member'),
    };
    voters.push(memberLine(member, stated, detailed.note ?? null));
  }
  blocs.forEach((bloc, index) => {
    voters.push({
      key: `bloc:${index + 1}`,
      kind: 'bloc',
      id: null,
      name: null,
      bloc: index + 1,
      size: bloc.size,
      stance: bloc.stance,
      stanceFrom: 'bloc',
      probability: chanceOfAye(bloc.stance, bloc.probability),
      probabilityFrom: bloc.probability === undefined ? 'stance' : 'file',
      ...attendanceFor(bloc.attendance, 'bloc'),
      assumed: null,
      note: bloc.note ?? null,
    });
  });
  const covered = blocs.reduce((sum, b) => sum + b.size, 0);
  const rest = Math.max(0, unnamed.length - covered);
  if (rest > 0) {
    voters.push({
      key: 'bloc:uncovered',
      kind: 'uncovered',
      id: null,
      name: null,
      bloc: null,
      size: rest,
      ...undecided(),
      assumed: null,
      note: null,
    });
  }
  return applyAssumptions(voters, input.assume ?? [], new Set(unnamed));
}

/** What a line's stance and chances are, and where each came from. */
type Stated = Pick<
  WhipVoter,
  'stance' | 'stanceFrom' | 'probability' | 'probabilityFrom' | 'attendance' | 'attendanceFrom'
>;

/**
 * A named member's line, every property written out in one order: lines
 * built by spreading objects into each other take V8's slow path, a
 * noticeable part of projecting a 435-member body.
 */
function memberLine(member: Member, stated: Stated, note: string | null): WhipVoter {
  return {
    key: member.id,
    kind: 'member',
    id: member.id,
    name: member.name,
    bloc: null,
    size: 1,
    assumed: null,
    stance: stated.stance,
    stanceFrom: stated.stanceFrom,
    probability: stated.probability,
    probabilityFrom: stated.probabilityFrom,
    attendance: stated.attendance,
    attendanceFrom: stated.attendanceFrom,
    note,
  };
}

function applyAssumptions(
  voters: WhipVoter[],
  assumptions: readonly WhipAssumption[],
  unnamed: ReadonlySet<string>,
): Result<WhipVoter[], WhipVotersProblem> {
  const byId = new Map<string, WhipAssumption>();
  for (const assumption of assumptions) {
    if (byId.has(assumption.id)) return err({ kind: 'repeated-assumption', id: assumption.id });
    byId.set(assumption.id, assumption);
  }
  const named = new Set(voters.filter((v) => v.kind === 'member').map((v) => v.key));
  for (const id of byId.keys()) {
    if (named.has(id)) continue;
    if (unnamed.has(id)) return err({ kind: 'unnamed-assumption', id });
    return err({ kind: 'unknown-assumption', id, known: [...named] });
  }
  return ok(
    voters.map((v) => {
      const assumption = v.kind === 'member' ? byId.get(v.key) : undefined;
      return assumption === undefined ? v : { ...v, assumed: assumption.vote };
    }),
  );
}
