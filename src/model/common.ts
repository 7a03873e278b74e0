/** A slug id: `^[a-z0-9][a-z0-9-]*$`. */
export type Slug = string;
/** An ISO calendar date, `YYYY-MM-DD`. Compared as strings, which orders them correctly. */
export type IsoDate = string;

export const KINDS = ['council', 'directive', 'ordinance', 'roll-call', 'whip-count'] as const;
export type Kind = (typeof KINDS)[number];

/** Keys every kind may carry besides its own. */
export interface Provenance {
  /** Where the facts come from. */
  readonly sources?: readonly string[];
  readonly notes?: string;
  /** A scenario or an example, not an official record. Reports say so loudly. */
  readonly hypothetical?: boolean;
}
