import type { Rational } from '../basics/rational.js';
import { err, ok, type Result } from '../basics/result.js';
import type { Quorum } from '../model/council.js';
import { basisSize, type Attendance } from './attendance.js';
import { parseThresholdFraction, type FractionProblem } from './fraction.js';
import { requiredAyes, type RequiredAyes } from './required.js';
import { requirementWorking, type RequirementWorking } from './working.js';

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
  /** The numbers behind `required`, for the report's sentence. */
  readonly working: RequirementWorking;
}

/** A quorum is a threshold over seats or members, met by the members present. */
export function evaluateQuorum(
  quorum: Quorum,
  attendance: Attendance,
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
  return ok({
    quorum,
    fraction: fraction.value,
    basis,
    required,
    present,
    met: present >= required,
    arithmetic,
    working: requirementWorking(quorum, attendance, basis, arithmetic),
  });
}
