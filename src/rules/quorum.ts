import type { Rational } from '../basics/rational.js';
import { err, ok, type Result } from '../basics/result.js';
import type { Quorum } from '../model/council.js';
import { basisSize, type Attendance } from './attendance.js';
import { describeBase, plural } from './explain.js';
import { parseThresholdFraction, type FractionProblem } from './fraction.js';
import { requiredAyes, type RequiredAyes } from './required.js';

/** Whether enough members were present to do business. */
export interface QuorumOutcome {
  readonly quorum: Quorum;
  readonly fraction: Rational;
  readonly basis: number;
  /** Members present needed. */
  readonly required: number;
  readonly present: number;
  readonly met: boolean;
  readonly arithmetic: RequiredAyes;
  readonly explanation: string;
}

/** A quorum is a threshold over seats or members, met by the members present. */
export function evaluateQuorum(
  quorum: Quorum,
  attendance: Attendance,
  options: { readonly explain?: boolean } = {},
): Result<QuorumOutcome, FractionProblem> {
  const fraction = parseThresholdFraction(quorum.fraction);
  if (!fraction.ok) return err(fraction.error);
  const basis = basisSize(quorum.of, attendance);
  const arithmetic = requiredAyes({
    fraction: fraction.value,
    compare: quorum.compare,
    basis,
    ...(quorum.minimum === undefined ? {} : { minimum: quorum.minimum }),
  });
  const required = arithmetic.required;
  const present = attendance.present;
  const met = present >= required;
  const words = quorum.compare === 'at-least' ? 'at least' : 'more than';
  const explanation =
    options.explain === false
      ? ''
      : `Quorum: ${words} ${quorum.fraction} of ${describeBase(quorum.of, attendance)} ` +
        `needs ${plural(required, 'member')} present; ${present} present, ` +
        (met ? 'so the quorum is met.' : 'so there is no quorum.');
  return ok({
    quorum,
    fraction: fraction.value,
    basis,
    required,
    present,
    met,
    arithmetic,
    explanation,
  });
}
