import type { IsoDate, Provenance, Slug } from './common.js';

export const DIRECTIVE_STATUSES = [
  'proposed',
  'issued',
  'suspended',
  'modified',
  'rescinded',
  'withdrawn',
] as const;
export type DirectiveStatus = (typeof DIRECTIVE_STATUSES)[number];

/** A policy or directive (a police chief's, say) that the council may act on. */
export interface Directive extends Provenance {
  readonly kind: 'directive';
  readonly version: 1;
  readonly id: Slug;
  readonly council: Slug;
  readonly title: string;
  readonly department?: string;
  readonly issued_by?: string;
  readonly status: DirectiveStatus;
  readonly proposed?: IsoDate;
  readonly issued?: IsoDate;
  readonly effective?: IsoDate;
  readonly council_notified?: IsoDate;
  readonly summary?: string;
}
