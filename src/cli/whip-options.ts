import { InvalidArgumentError } from 'commander';
import { parseDecimal } from '../basics/decimal.js';
import { compareRationals, integer, rational, type Rational } from '../basics/rational.js';

/** A member taken to vote so, for certain: `--assume ID=aye|no|absent`. */
export interface AssumeOption {
  readonly id: string;
  readonly vote: 'aye' | 'no' | 'absent';
}

const ASSUMED_VOTES = ['aye', 'no', 'absent'] as const;

/**
 * A chance from the command line, exactly as written: `0.9`, `.9`, `1`,
 * `90%`. Never a float: the text is read as a fraction.
 */
export function parseChanceOption(text: string): Rational {
  const percent = text.trim().endsWith('%');
  const parsed = parseDecimal(percent ? text.trim().slice(0, -1) : text);
  if (!parsed.ok) {
    throw new InvalidArgumentError(
      `"${text}" is not a chance; write a decimal from 0 to 1 (0.9) or a percentage (90%)`,
    );
  }
  const value = percent
    ? rational(parsed.value.numerator, parsed.value.denominator * 100n)
    : parsed.value;
  if (compareRationals(value, integer(1)) > 0) {
    throw new InvalidArgumentError(`"${text}" is more than 1; a chance is from 0 to 1`);
  }
  return value;
}

/** `--target`: a chance above 0. */
export function parseTargetOption(text: string): Rational {
  const value = parseChanceOption(text);
  if (value.numerator === 0n) {
    throw new InvalidArgumentError('a target of 0 is always reached; give a chance above 0');
  }
  return value;
}

/** `--assume ID=VOTE`, repeatable: each one added to those before it. */
export function collectAssumption(
  text: string,
  previous: readonly AssumeOption[] = [],
): AssumeOption[] {
  const match = /^([^=\s]+)=([^=\s]+)$/.exec(text.trim());
  const vote = match?.[2]?.toLowerCase();
  const id = match?.[1];
  if (id === undefined || vote === undefined) {
    throw new InvalidArgumentError(`"${text}" is not ID=VOTE; write it like andrea-pratt=aye`);
  }
  const known = ASSUMED_VOTES.find((v) => v === vote);
  if (known === undefined) {
    throw new InvalidArgumentError(`"${vote}" is not aye, no or absent (in ${text})`);
  }
  return [...previous, { id, vote: known }];
}
