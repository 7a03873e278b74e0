import type { Council } from '../model/council.js';
import { VOTE_VALUES, canonicalVote, type RollCall, type VoteValue } from '../model/roll-call.js';
import type { TallyResult } from '../tally/tally-result.js';

/** Open Civic Data's vote options (opencivicdata common VOTE_OPTIONS). */
export type OcdOption =
  'yes' | 'no' | 'absent' | 'abstain' | 'not voting' | 'paired' | 'excused' | 'other';

/**
 * Each overrule vote as an OCD option. OCD has no `present` and no
 * `recused`: they become `other` and `abstain`, and every vote keeps its
 * overrule value in `note`, so nothing is lost on the way back.
 */
export const OCD_OPTION_OF: Readonly<Record<VoteValue, OcdOption>> = {
  aye: 'yes',
  no: 'no',
  abstain: 'abstain',
  present: 'other',
  'not-voting': 'not voting',
  recused: 'abstain',
  excused: 'excused',
  absent: 'absent',
};

/** The options a count list shows, zeros included: every one an overrule vote can become. */
const COUNTED_OPTIONS: readonly OcdOption[] = [
  'yes',
  'no',
  'abstain',
  'not voting',
  'excused',
  'absent',
  'other',
];

/** An OCD VoteEvent as `overrule export ocd` writes it (pupa's vote_event fields). */
export interface OcdVoteEvent {
  readonly identifier: string;
  readonly motion_text: string;
  readonly motion_classification: readonly string[];
  readonly start_date: string;
  readonly result: 'pass' | 'fail';
  readonly organization: string;
  readonly bill: string | null;
  readonly votes: readonly {
    readonly option: OcdOption;
    readonly voter_name: string;
    readonly voter_id: string;
    readonly note: string;
  }[];
  readonly counts: readonly { readonly option: OcdOption; readonly value: number }[];
  readonly sources: readonly { readonly url: string }[];
  readonly extras: OverruleExtras;
}

/** What OCD has no field for, under `extras`: the rule, the arithmetic, the official record. */
export interface OverruleExtras {
  readonly council: string;
  readonly roll_call: string;
  readonly rule: string;
  readonly rule_title: string | null;
  readonly citation: string | null;
  readonly rule_source: string | null;
  readonly verified: boolean | null;
  readonly thresholds: readonly {
    readonly fraction: string;
    readonly of: string;
    readonly compare: string;
    readonly minimum: number | null;
    readonly basis: number;
    readonly required: number;
  }[];
  readonly required: number;
  readonly basis: number;
  readonly margin: number;
  /** overrule's result: `no-quorum` is `fail` in OCD's `result`. */
  readonly result: 'passed' | 'failed' | 'no-quorum';
  readonly quorum: {
    readonly required: number;
    readonly present: number;
    readonly met: boolean;
  } | null;
  /** Every overrule vote value, zeros included, and vacant seats. */
  readonly counts: Readonly<Record<string, number>>;
  readonly executive?: 'aye' | 'no';
  readonly hypothetical: boolean;
  readonly recorded: {
    readonly result?: string;
    readonly tally?: string;
    readonly matches: boolean;
  } | null;
  readonly notes?: string;
}

/**
 * A roll call as an OCD VoteEvent: `result` computed under the council's
 * rule (never copied from the record), `counts` derived from the votes (or
 * from the roll call's counts when it gives no names), each vote's overrule
 * value in `note`, and the rule, its citation and the required ayes under
 * `extras`.
 */
export function voteEventOf(
  council: Council,
  rollCall: RollCall,
  tally: TallyResult,
): OcdVoteEvent {
  const names = new Map(council.members.map((m) => [m.id, m.name]));
  const votes = Object.entries(rollCall.votes ?? {}).map(([id, word]) => {
    const value = canonicalVote(word);
    return {
      option: OCD_OPTION_OF[value],
      voter_name: names.get(id) ?? id,
      voter_id: id,
      note: value,
    };
  });
  const optionCounts = new Map<OcdOption, number>(COUNTED_OPTIONS.map((o) => [o, 0]));
  if (rollCall.votes !== undefined) {
    for (const v of votes) optionCounts.set(v.option, (optionCounts.get(v.option) ?? 0) + 1);
  } else {
    for (const value of VOTE_VALUES) {
      const option = OCD_OPTION_OF[value];
      optionCounts.set(option, (optionCounts.get(option) ?? 0) + (rollCall.counts?.[value] ?? 0));
    }
  }
  const recorded = rollCall.recorded;
  return {
    identifier: rollCall.id,
    motion_text: rollCall.motion ?? '',
    motion_classification: rollCall.rule === 'veto-override' ? ['veto-override'] : [],
    start_date: rollCall.date,
    result: tally.result === 'passed' ? 'pass' : 'fail',
    organization: council.name,
    bill: rollCall.measure ?? null,
    votes,
    counts: COUNTED_OPTIONS.map((option) => ({ option, value: optionCounts.get(option) ?? 0 })),
    sources: (rollCall.sources ?? []).map((url) => ({ url })),
    extras: {
      council: council.id,
      roll_call: rollCall.id,
      rule: tally.rule.id,
      rule_title: tally.rule.title,
      citation: tally.rule.citation,
      rule_source: tally.rule.source,
      verified: tally.rule.verified,
      thresholds: tally.thresholds.map((t) => ({
        fraction: t.fraction,
        of: t.of,
        compare: t.compare,
        minimum: t.minimum,
        basis: t.basis,
        required: t.required,
      })),
      required: tally.required,
      basis: tally.basis,
      margin: tally.margin,
      result: tally.result,
      quorum:
        tally.quorum === null
          ? null
          : {
              required: tally.quorum.required,
              present: tally.quorum.present,
              met: tally.quorum.met,
            },
      counts: { ...tally.counts },
      ...(rollCall.executive === undefined ? {} : { executive: rollCall.executive }),
      hypothetical: rollCall.hypothetical === true,
      recorded:
        recorded === undefined
          ? null
          : {
              ...(recorded.result === undefined ? {} : { result: recorded.result }),
              ...(recorded.tally === undefined ? {} : { tally: recorded.tally }),
              matches: tally.recorded?.matches ?? true,
            },
      ...(rollCall.notes === undefined ? {} : { notes: rollCall.notes }),
    },
  };
}
