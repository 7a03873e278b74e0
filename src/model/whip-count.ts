import type { IsoDate, Provenance, Slug } from './common.js';

export const STANCES = ['yes', 'lean-yes', 'undecided', 'lean-no', 'no'] as const;
export type Stance = (typeof STANCES)[number];

/**
 * Default chance that a member of each stance votes aye, as numbers for
 * people and documentation. The projection reads the same decimals as exact
 * fractions (src/tally/whip-chances.ts); a test keeps the two equal.
 */
export const DEFAULT_STANCE_PROBABILITY: Readonly<Record<Stance, number>> = {
  yes: 0.95,
  'lean-yes': 0.75,
  undecided: 0.5,
  'lean-no': 0.25,
  no: 0.05,
};

export interface DetailedPosition {
  readonly stance: Stance;
  readonly probability?: number;
  /** The member's own chance of being present; overrides the whip count's `attendance`. */
  readonly attendance?: number;
  readonly note?: string;
}

export type Position = Stance | DetailedPosition;

/** Unnamed members sharing a stance, for when names are not known. */
export interface Bloc {
  readonly size: number;
  readonly stance: Stance;
  readonly probability?: number;
  /** Each bloc member's chance of being present; overrides the whip count's `attendance`. */
  readonly attendance?: number;
  readonly note?: string;
}

/** The executive's chance of breaking a tie with an aye, where the rule allows a tie vote. */
export interface DetailedExecutivePosition {
  readonly stance: Stance;
  readonly probability?: number;
  readonly note?: string;
}

export type ExecutivePosition = Stance | DetailedExecutivePosition;

export interface WhipCount extends Provenance {
  readonly kind: 'whip-count';
  readonly version: 1;
  readonly id: Slug;
  readonly council: Slug;
  readonly rule: Slug;
  readonly measure?: string;
  readonly as_of: IsoDate;
  /** Default chance each member is present. */
  readonly attendance?: number;
  readonly positions?: Readonly<Record<Slug, Position>>;
  readonly blocs?: readonly Bloc[];
  readonly executive?: ExecutivePosition;
}
