import { parseDecimal, rationalFromWrittenNumber } from '../basics/decimal.js';
import { integer, type Rational } from '../basics/rational.js';
import type { ExecutivePosition, Stance } from '../model/whip-count.js';

/** A probability: an exact fraction from 0 to 1. */
export type Chance = Rational;

function decimal(text: string): Chance {
  const parsed = parseDecimal(text);
  if (!parsed.ok) throw new RangeError(`not a decimal: ${text}`);
  return parsed.value;
}

/**
 * The chance that a member of each stance votes aye when present, exactly
 * (SPEC 1.6): yes 0.95, lean-yes 0.75, undecided 0.5, lean-no 0.25, no 0.05.
 */
export const STANCE_CHANCE: Readonly<Record<Stance, Chance>> = {
  yes: decimal('0.95'),
  'lean-yes': decimal('0.75'),
  undecided: decimal('0.5'),
  'lean-no': decimal('0.25'),
  no: decimal('0.05'),
};

/** Certainly: 1/1. */
export const CERTAIN: Chance = integer(1);

/** A probability written in a file, read as the decimal written (src/basics/decimal.ts). */
export function chanceFromFile(value: number): Chance {
  return rationalFromWrittenNumber(value);
}

/** The chance of an aye for a stance, or the `probability` that overrides it. */
export function chanceOfAye(stance: Stance, probability: number | undefined): Chance {
  return probability === undefined ? STANCE_CHANCE[stance] : chanceFromFile(probability);
}

/** The executive's stance and its chance of an aye on a tie, as written. */
export function executiveChance(position: ExecutivePosition): {
  readonly stance: Stance;
  readonly chance: Chance;
  readonly note: string | null;
} {
  if (typeof position === 'string') {
    return { stance: position, chance: STANCE_CHANCE[position], note: null };
  }
  return {
    stance: position.stance,
    chance: chanceOfAye(position.stance, position.probability),
    note: position.note ?? null,
  };
}
