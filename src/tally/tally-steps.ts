import type { RecordedResult } from '../model/roll-call.js';
import type { ExecutiveIgnoredReason, VoteResult } from '../rules/decide.js';
import type { RequirementWorking } from '../rules/working.js';
import type { TallyCounts } from './counts.js';
import type { TallyReading } from './recorded.js';

/**
 * One step of a tally's arithmetic, in order, with the numbers it states
 * (src/report/tally-text.ts writes the sentence).
 */
export type TallyStep =
  | {
      /** The rule and its version in force. */
      readonly step: 'rule';
      readonly rule: string;
      readonly citation: string | null;
      readonly version: number;
      readonly of: number;
      readonly effective: string | null;
      readonly until: string | null;
    }
  | {
      /** Who could vote on the date. */
      readonly step: 'seats';
      readonly date: string;
      readonly seats: number;
      readonly inOffice: number;
      readonly vacancies: number;
    }
  | {
      readonly step: 'votes';
      readonly source: 'votes' | 'counts';
      readonly counts: TallyCounts;
      /** Members present, recused members included when `recused` is `present`. */
      readonly present: number;
      /** The rule's treatment of recused members. */
      readonly recused: 'absent' | 'present';
    }
  | {
      readonly step: 'quorum';
      readonly working: RequirementWorking;
      readonly present: number;
      readonly met: boolean;
    }
  | { readonly step: 'threshold'; readonly working: RequirementWorking }
  | {
      /** Several thresholds: the largest requirement applies. */
      readonly step: 'largest-applies';
      readonly required: number;
    }
  | {
      /** The members tied and the executive's vote broke the tie. */
      readonly step: 'tie-broken';
      readonly ayes: number;
      readonly noes: number;
      /** The executive's title, when the council gives one. */
      readonly executive: string | null;
      readonly vote: 'aye' | 'no';
    }
  | {
      /** The members tied; the rule lets the executive break the tie, but no executive vote is recorded. */
      readonly step: 'tie-not-broken';
      readonly ayes: number;
      readonly noes: number;
      readonly executive: string | null;
      /** Whether an aye from the executive would have passed the measure. */
      readonly ayeWouldPass: boolean;
    }
  | {
      /** The members tied on a supermajority measure. */
      readonly step: 'tie-fails';
      readonly ayes: number;
      readonly noes: number;
    }
  | {
      readonly step: 'executive-ignored';
      readonly executive: string | null;
      readonly reason: ExecutiveIgnoredReason;
    }
  | {
      readonly step: 'verdict';
      readonly result: VoteResult;
      readonly ayes: number;
      readonly required: number;
      readonly margin: number;
      /** Members present and needed, when the rule has a quorum. */
      readonly quorum: { readonly present: number; readonly required: number } | null;
    }
  | {
      /** The official record against the computed result. */
      readonly step: 'recorded';
      readonly recordedResult: RecordedResult | null;
      readonly recordedTally: string | null;
      readonly matches: boolean;
      readonly result: VoteResult;
      /** The members' ayes and noes. */
      readonly ayes: number;
      readonly noes: number;
      /** The reading of the recorded tally that matched, if any. */
      readonly tallyReading: TallyReading | null;
      /**
       * The executive's counted tie-breaking vote and the tally with it: a
       * recorded tally can then be read two ways. Null when none counted.
       */
      readonly executive: RecordedExecutive | null;
    };

/** A counted tie-breaking vote, as the recorded comparison needs it. */
export interface RecordedExecutive {
  readonly title: string | null;
  readonly vote: 'aye' | 'no';
  /** Ayes and noes with the executive's vote. */
  readonly ayes: number;
  readonly noes: number;
}

/** Something a reader of a tally must not miss. */
export type TallyWarning =
  | { readonly code: 'hypothetical' }
  | { readonly code: 'unverified-rule'; readonly rule: string }
  | {
      readonly code: 'executive-not-counted';
      readonly executive: string | null;
      readonly reason: ExecutiveIgnoredReason;
    }
  | {
      /** A tie the executive may break, with no executive vote recorded. */
      readonly code: 'tie-not-broken';
      readonly executive: string | null;
      readonly ayes: number;
      readonly noes: number;
    }
  | {
      /** Members in office with no vote in the roll call. */
      readonly code: 'missing-votes';
      readonly members: readonly string[];
    }
  | {
      /** Voters who are not members in office on the date. */
      readonly code: 'not-in-office';
      readonly members: readonly string[];
      readonly date: string;
    };
