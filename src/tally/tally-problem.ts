import type { DataPath } from '../diagnostics/address.js';
import type { IsoDate } from '../model/common.js';
import type { RuleProblem } from '../rules/decide.js';
import type { VersionSpan } from '../rules/version.js';

/**
 * Why a roll call cannot be tallied: a diagnostic code (`code`), where in which
 * document to point, and the parameters (src/report/tally-problem-text.ts
 * writes the sentence).
 */
export type TallyProblem = TallyProblemPlace & TallyProblemKind;

interface TallyProblemPlace {
  /** The document the problem is in. */
  readonly in: 'roll-call' | 'council';
  readonly path: DataPath;
}

type TallyProblemKind =
  | {
      readonly problem: 'unknown-rule';
      readonly code: 'ref/unknown-rule';
      readonly council: string;
      readonly rule: string;
    }
  | {
      readonly problem: 'no-version-in-force';
      readonly code: 'rule/no-version-in-force';
      readonly rule: string;
      readonly date: IsoDate;
      readonly versions: readonly VersionSpan[];
    }
  | {
      /** The rule in force cannot decide a vote (schema checks catch this first). */
      readonly problem: 'unusable-rule';
      readonly code: 'schema/invalid';
      readonly rule: string;
      readonly reason: RuleProblem;
    }
  | {
      readonly problem: 'not-a-vote-value';
      readonly code: 'schema/enum';
      readonly member: string;
      readonly value: string;
    }
  | {
      readonly problem: 'bad-count';
      readonly code: 'schema/invalid';
      readonly value: string;
      /** The count as written. */
      readonly count: string;
    }
  | { readonly problem: 'no-votes'; readonly code: 'schema/required' };
