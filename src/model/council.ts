import type { IsoDate, Provenance, Slug } from './common.js';
import type { VoteValue } from './roll-call.js';

export type Base = 'seats' | 'members' | 'eligible' | 'present' | 'voting';
export type Compare = 'at-least' | 'more-than';

/** `{ fraction: 2/3, of: seats, compare: at-least }`: `fraction` is written `p/q`. */
export interface Threshold {
  readonly fraction: string;
  readonly of: Base;
  readonly compare: Compare;
  /** Ayes may never be fewer than this. */
  readonly minimum?: number;
}

/** A quorum counts members present against seats or members in office. */
export interface Quorum {
  readonly fraction: string;
  readonly of: 'seats' | 'members';
  readonly compare: Compare;
  readonly minimum?: number;
}

/** One version of a voting rule. A rule is one version or a list of dated versions. */
export interface RuleVersion {
  readonly title?: string;
  readonly citation?: string;
  readonly source?: string;
  /** False when nobody has checked the threshold against the source text. */
  readonly verified?: boolean;
  readonly effective?: IsoDate;
  readonly until?: IsoDate;
  /** Every threshold in a list must hold. */
  readonly threshold: Threshold | readonly Threshold[];
  readonly quorum?: Quorum;
  /** Whether recused members count as present (default `absent`). */
  readonly recused?: 'absent' | 'present';
  /** The executive may break a tie among the members. */
  readonly executive_tie_vote?: boolean;
  readonly notes?: string;
}

export type Rule = RuleVersion | readonly RuleVersion[];

export interface Member {
  readonly id: Slug;
  readonly name: string;
  readonly district?: number | string;
  readonly from: IsoDate;
  readonly to?: IsoDate;
  readonly role?: string;
  readonly sources?: readonly string[];
  readonly notes?: string;
}

export interface Executive {
  readonly title: string;
  readonly name?: string;
}

/** House style checked on ordinances, and the notice period for directives. */
export interface Drafting {
  readonly enacting_clause?: string;
  /** Hours within which the council must be notified of a directive. */
  readonly notice_hours?: number;
  /** Whether each ordinance must have at least one whereas clause. */
  readonly require_whereas?: boolean;
}

/** What a Legistar vote label records: a vote, or `vacant` for a row that marks an empty seat. */
export type LegistarVoteMeaning = VoteValue | 'vacant';

/** How another system's records map onto this council's (`overrule import`, `overrule export`). */
export interface Interop {
  readonly legistar?: {
    /** Vote labels beyond the built-in table (`Medical: excused`). */
    readonly vote_values?: Readonly<Record<string, LegistarVoteMeaning>>;
    /** Member id → Legistar person id, or several when Legistar holds one person twice. */
    readonly persons?: Readonly<Record<Slug, number | readonly number[]>>;
  };
}

export interface Council extends Provenance {
  readonly kind: 'council';
  readonly version: 1;
  readonly id: Slug;
  readonly name: string;
  readonly jurisdiction?: string;
  /** Authorized seats, vacancies included. */
  readonly seats: number;
  readonly executive?: Executive;
  readonly members: readonly Member[];
  readonly rules: Readonly<Record<Slug, Rule>>;
  readonly drafting?: Drafting;
  readonly interop?: Interop;
}
