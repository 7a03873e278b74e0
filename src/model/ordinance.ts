import type { IsoDate, Provenance, Slug } from './common.js';

export const ORDINANCE_TYPES = [
  'ordinance',
  'resolution',
  'substitute-ordinance',
  'substitute-resolution',
] as const;
export type OrdinanceType = (typeof ORDINANCE_TYPES)[number];

export const ORDINANCE_STATUSES = [
  'draft',
  'introduced',
  'adopted',
  'failed',
  'withdrawn',
] as const;
export type OrdinanceStatus = (typeof ORDINANCE_STATUSES)[number];

export interface Section {
  readonly number: number;
  readonly title?: string;
  readonly text: string;
}

/** An ordinance or resolution the council considers. `id` is the clerk's file number. */
export interface Ordinance extends Provenance {
  readonly kind: 'ordinance';
  readonly version: 1;
  readonly id: string;
  readonly council: Slug;
  readonly type: OrdinanceType;
  readonly title: string;
  readonly sponsors?: readonly Slug[];
  readonly introduced?: IsoDate;
  readonly status: OrdinanceStatus;
  /** The council rule that decides it (`policy-override`, `passage`). */
  readonly action?: Slug;
  /** The directive it acts on. */
  readonly directive?: Slug;
  readonly whereas?: readonly string[];
  readonly enacting_clause?: string;
  readonly sections?: readonly Section[];
}
