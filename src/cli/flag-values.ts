import { parseRational, type Rational } from '../basics/rational.js';
import type { Shard } from '../project/validate-files.js';
import { describeFractionProblem } from '../report/requirement-text.js';
import { parseThresholdFraction } from '../rules/fraction.js';
import { UsageError } from './errors.js';

/**
 * Parsers of flag values, for commander's `argParser`: each returns the
 * value or throws a UsageError saying what is wrong (exit 2). Loaded with
 * the command line, so kept free of anything heavy.
 */

/** Seats (and any count of members) beyond this are surely a typo; the arithmetic has no limit. */
export const MAX_SEATS = 1_000_000;

/** A whole number from `min` to `max`: `--seats 15`. */
export function wholeNumber(flag: string, min: number, max: number): (text: string) => number {
  return (text) => {
    const trimmed = text.trim();
    if (!/^\d+$/.test(trimmed)) {
      const hint = parseRational(trimmed).ok ? ' (fractions go in --fraction)' : '';
      throw new UsageError(`${flag} "${text}" is not a whole number${hint}`);
    }
    const n = Number(trimmed);
    if (n < min || n > max) {
      throw new UsageError(
        `${flag} ${trimmed} is out of range: give a number from ${min} to ${max}`,
      );
    }
    return n;
  };
}

/** A threshold's fraction, as written (trimmed) and exactly. */
export interface FractionFlag {
  readonly text: string;
  readonly value: Rational;
}

/** `--fraction 2/3`: above 0, at most 1. */
export function thresholdFraction(text: string): FractionFlag {
  const trimmed = text.trim();
  const parsed = parseThresholdFraction(trimmed);
  if (!parsed.ok) throw new UsageError(`--fraction ${describeFractionProblem(parsed.error)}`);
  return { text: trimmed, value: parsed.value };
}

/** `--jobs 4`: threads, 1 or more. */
export function jobCount(text: string): number {
  const jobs = /^[0-9]+$/.test(text) ? Number(text) : 0;
  if (jobs < 1) throw new UsageError(`--jobs ${text}: give a whole number of threads, 1 or more`);
  return jobs;
}

/** `--shard 2/4`: the i-th of n parts. */
export function shard(text: string): Shard {
  const match = /^([0-9]+)\/([0-9]+)$/.exec(text);
  const index = Number(match?.[1]);
  const count = Number(match?.[2]);
  if (match === null || !(count >= 1 && index >= 1 && index <= count)) {
    throw new UsageError(`--shard ${text}: give i/n with 1 <= i <= n, such as 1/4`);
  }
  return { index, count };
}

/** Parses `4MB`, `512KiB`, `1048576` into bytes. */
export function parseByteSize(text: string): number {
  const match = /^\s*(\d+(?:\.\d+)?)\s*(b|k|kb|kib|m|mb|mib|g|gb|gib)?\s*$/i.exec(text);
  if (match === null) {
    throw new UsageError(`"${text}" is not a size; write it like 8MB, 512KB or 1048576`);
  }
  const unit = (match[2] ?? 'b').toLowerCase();
  const factor = unit.startsWith('g')
    ? 1024 ** 3
    : unit.startsWith('m')
      ? 1024 ** 2
      : unit.startsWith('k')
        ? 1024
        : 1;
  return Math.floor(Number(match[1]) * factor);
}
