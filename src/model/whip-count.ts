import type { IsoDate, Provenance, Slug } from './common.js';

export const STANCES = ['yes', 'lean-yes', 'undecided', 'lean-no', 'no'] as const;
export type Stance = (typeof STANCES)[number];

/** Default chance that a member of each stance votes aye. */
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
  readonly note?: string;
}

export type Position = Stance | DetailedPosition;

/** Unnamed members sharing a stance, for when names are not known. */
export interface Bloc {
  readonly size: number;
  readonly stance: Stance;
  readonly probability?: number;
  readonly note?: string;
}

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
}
