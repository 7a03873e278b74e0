import type { Diagnostic } from '../diagnostics/diagnostic.js';
import type { Council } from '../model/council.js';
import {
  VOTE_SYNONYMS,
  VOTE_VALUES,
  canonicalVote,
  type Recorded,
  type RollCall,
  type VoteValue,
  type VoteWord,
} from '../model/roll-call.js';
import { membersInOffice } from '../model/roster.js';
import type { JsonInput, JsonPath } from './json-input.js';
import { isCalendarDate } from './legistar-records.js';
import type { CouncilPlaces } from './legistar-votes.js';
import { VoterMatcher } from './match-voter.js';
import { cleanText, slugOf } from './names.js';
import type { OcdOption } from './ocd-export.js';
import { meaningOfLabel } from './vote-labels.js';

export interface OcdImportContext {
  readonly council: Council;
  readonly places: CouncilPlaces;
  /**
   * The rule to decide by (`--rule`, or the council's only rule); a
   * VoteEvent's `extras.rule` naming a council rule wins unless `ruleGiven`.
   */
  readonly rule: string | undefined;
  readonly ruleGiven: boolean;
  readonly missingAs?: VoteValue;
  readonly measures: ReadonlySet<string>;
}

/** OCD options with one overrule meaning. `paired` and `other` have none: their note must say. */
const VALUE_OF_OPTION: Readonly<Partial<Record<OcdOption, VoteValue>>> = {
  yes: 'aye',
  no: 'no',
  abstain: 'abstain',
  absent: 'absent',
  excused: 'excused',
  'not voting': 'not-voting',
};

const SLUG = /^(?!constructor$)[a-z0-9][a-z0-9-]*$/;

/**
 * Makes roll calls of OCD VoteEvents (one object, or an array of them).
 * A vote's value comes from its `note` when the note is an overrule vote
 * value (as `export ocd` writes) or a vote label the council maps, else from
 * its option; `paired` and `other` with no such note are errors, never
 * guessed. Voters are matched through the roster: `voter_id` as a member
 * id, then `voter_name`. What `export ocd` put under `extras` (the roll
 * call's id, rule, record, executive vote) comes back as it was.
 */
export function rollCallsFromVoteEvents(
  input: JsonInput,
  context: OcdImportContext,
): { rollCalls: RollCall[]; diagnostics: Diagnostic[] } {
  const data = input.data;
  const events: readonly unknown[] = Array.isArray(data) ? data : [data];
  const diagnostics: Diagnostic[] = [];
  const rollCalls: RollCall[] = [];
  const matcher = new VoterMatcher(context.council);
  const usedIds = new Set<string>();
  events.forEach((event, index) => {
    const path: JsonPath = Array.isArray(data) ? [index] : [];
    const made = rollCallOfEvent(input, path, event, index, context, matcher);
    diagnostics.push(...made.diagnostics);
    if (made.rollCall === undefined) return;
    let id = made.rollCall.id;
    for (let n = 2; usedIds.has(id); n++) id = `${made.rollCall.id}-${n}`;
    usedIds.add(id);
    rollCalls.push({ ...made.rollCall, id });
  });
  return { rollCalls, diagnostics };
}

function rollCallOfEvent(
  input: JsonInput,
  path: JsonPath,
  event: unknown,
  index: number,
  context: OcdImportContext,
  matcher: VoterMatcher,
): { rollCall?: RollCall; diagnostics: Diagnostic[] } {
  const diagnostics: Diagnostic[] = [];
  const fail = (at: JsonPath, message: string, hint?: string): { diagnostics: Diagnostic[] } => {
    diagnostics.push(
      input.problem([...path, ...at], {
        code: 'interop/field',
        message: `vote event ${index + 1}: ${message}`,
        ...(hint === undefined ? {} : { hint }),
      }),
    );
    return { diagnostics };
  };
  if (!isObject(event) || !('start_date' in event || 'votes' in event)) {
    return fail([], 'not an Open Civic Data VoteEvent (no start_date, no votes)');
  }
  const startDate = event['start_date'];
  const date = typeof startDate === 'string' ? startDate.slice(0, 10) : '';
  if (!/^\d{4}-\d{2}-\d{2}$/.test(date) || !isCalendarDate(date)) {
    return fail(
      ['start_date'],
      `start_date ${JSON.stringify(startDate)} is not a day (YYYY-MM-DD)`,
    );
  }
  const extras = isObject(event['extras']) ? event['extras'] : {};
  const rule =
    !context.ruleGiven &&
    typeof extras['rule'] === 'string' &&
    Object.hasOwn(context.council.rules, extras['rule'])
      ? extras['rule']
      : context.rule;
  if (rule === undefined) {
    const rules = Object.keys(context.council.rules).join(', ');
    return fail(
      [],
      `no rule to decide it by: the council has ${rules}`,
      'say which with --rule ID',
    );
  }

  const votesData = event['votes'] ?? [];
  if (!Array.isArray(votesData)) return fail(['votes'], 'votes is not a list');
  const votes = new Map<string, VoteValue>();
  const seen = new Set<string>();
  votesData.forEach((vote: unknown, n) => {
    const at: JsonPath = [...path, 'votes', n];
    if (!isObject(vote)) {
      fail(['votes', n], 'a vote is not an object');
      return;
    }
    const value = valueOfVote(vote, context.council);
    const who =
      typeof vote['voter_name'] === 'string'
        ? vote['voter_name']
        : typeof vote['voter_id'] === 'string'
          ? vote['voter_id']
          : 'no name';
    if (value === 'vacant') return;
    const match = matcher.match(
      {
        memberId: typeof vote['voter_id'] === 'string' ? vote['voter_id'] : null,
        name: typeof vote['voter_name'] === 'string' ? vote['voter_name'] : null,
      },
      date,
    );
    if (match.kind !== 'member') {
      diagnostics.push(
        input.problem(at, {
          code: match.kind === 'none' ? 'interop/unknown-voter' : 'interop/ambiguous-voter',
          message:
            match.kind === 'none'
              ? `vote event ${index + 1}, ${who}: matches no member in office on ${date}`
              : `vote event ${index + 1}, ${who}: matches ${match.members.map((m) => m.id).join(' and ')}, all in office on ${date}`,
          hint: 'give the member id as voter_id, or correct the roster',
        }),
      );
      return;
    }
    if (seen.has(match.member.id)) {
      diagnostics.push(
        input.problem(at, {
          code: 'interop/voter-twice',
          message: `vote event ${index + 1}, ${who}: a second vote for ${match.member.id}`,
        }),
      );
      return;
    }
    seen.add(match.member.id);
    if (value === undefined) {
      diagnostics.push(
        input.problem([...at, 'option'], {
          code: 'interop/vote-label',
          message: `vote event ${index + 1}, ${who}: option ${JSON.stringify(vote['option'])} (note ${JSON.stringify(vote['note'] ?? null)}) has no overrule value`,
          hint: `say what the note records at ${context.places.voteValues}, under interop.legistar.vote_values`,
        }),
      );
      return;
    }
    votes.set(match.member.id, value);
  });

  const declared = countsOf(event['counts']);
  const counts = votesData.length === 0 ? countOnly(extras, declared) : undefined;
  if (votesData.length === 0 && counts === undefined) {
    return fail(['counts'], 'no votes, and counts that do not say every vote (paired or other)');
  }
  const notes: string[] = [];
  if (counts === undefined) {
    const missing = membersInOffice(context.council, date).filter((m) => !seen.has(m.id));
    if (missing.length > 0 && context.missingAs === undefined) {
      diagnostics.push(
        input.problem(path, {
          code: 'interop/missing-voter',
          message: `vote event ${index + 1} (${date}): no vote for ${missing.map((m) => m.id).join(', ')}, in office that day`,
          hint: 'say how to record them with --missing-as absent (or excused, not-voting), or correct the roster',
        }),
      );
    } else if (missing.length > 0 && context.missingAs !== undefined) {
      for (const m of missing) votes.set(m.id, context.missingAs);
      notes.push(
        `No vote listed for ${missing.map((m) => m.id).join(', ')}; recorded as ${context.missingAs} (--missing-as).`,
      );
    }
  }
  if (diagnostics.length > 0) return { diagnostics };

  const identifier = typeof event['identifier'] === 'string' ? event['identifier'] : '';
  const motion = typeof event['motion_text'] === 'string' ? cleanText(event['motion_text']) : '';
  const ownId = typeof extras['roll_call'] === 'string' ? extras['roll_call'] : '';
  const id = SLUG.test(ownId)
    ? ownId
    : SLUG.test(identifier) && identifier.length <= 100
      ? identifier
      : `${date}-${slugOf(identifier) || slugOf(motion).slice(0, 40).replace(/-+$/, '') || `vote-${index + 1}`}`;
  const bill = event['bill'];
  const measure = typeof bill === 'string' && context.measures.has(bill) ? bill : undefined;
  const recorded = recordedOf(event, extras, declared, votesData.length > 0);
  const executive = extras['executive'];
  const sources = Array.isArray(event['sources'])
    ? event['sources']
        .map((s: unknown) => (isObject(s) ? s['url'] : undefined))
        .filter((u): u is string => typeof u === 'string' && /^https?:\/\/\S+$/.test(u))
    : [];
  const ownNotes = typeof extras['notes'] === 'string' ? extras['notes'] : undefined;
  const allNotes = [...(ownNotes === undefined ? [] : [ownNotes]), ...notes];
  return {
    rollCall: {
      kind: 'roll-call',
      version: 1,
      id: id.slice(0, 100).replace(/-+$/, ''),
      council: context.council.id,
      ...(measure === undefined ? {} : { measure }),
      date: date,
      rule,
      ...(motion === '' ? {} : { motion }),
      ...(extras['hypothetical'] === true ? { hypothetical: true } : {}),
      ...(counts === undefined ? { votes: Object.fromEntries(votes) } : { counts }),
      ...(executive === 'aye' || executive === 'no' ? { executive } : {}),
      ...(recorded === undefined ? {} : { recorded }),
      ...(allNotes.length === 0 ? {} : { notes: allNotes.join(' ') }),
      ...(sources.length === 0 ? {} : { sources: [...new Set(sources)] }),
    },
    diagnostics,
  };
}

/** A vote's value: its note (an overrule value, or a label the council maps), else its option. */
function valueOfVote(
  vote: Readonly<Record<string, unknown>>,
  council: Council,
): VoteValue | 'vacant' | undefined {
  const note = typeof vote['note'] === 'string' ? vote['note'].trim() : '';
  if (note !== '') {
    const word = note.toLowerCase();
    if ((VOTE_VALUES as readonly string[]).includes(word) || Object.hasOwn(VOTE_SYNONYMS, word)) {
      return canonicalVote(word as VoteWord);
    }
    const label = meaningOfLabel(council.interop?.legistar?.vote_values, note);
    if (label !== undefined) return label.meaning;
  }
  const option = vote['option'];
  return typeof option === 'string' ? VALUE_OF_OPTION[option as OcdOption] : undefined;
}

/** `counts` as option → value, when it is a list of `{ option, value }`. */
function countsOf(counts: unknown): ReadonlyMap<string, number> {
  const out = new Map<string, number>();
  if (!Array.isArray(counts)) return out;
  for (const c of counts) {
    if (!isObject(c)) continue;
    const option = c['option'];
    const value = c['value'];
    if (typeof option === 'string' && typeof value === 'number' && Number.isSafeInteger(value)) {
      out.set(option, (out.get(option) ?? 0) + value);
    }
  }
  return out;
}

/** A count-only roll call: the counts `export ocd` wrote, else the OCD counts where each has one meaning. */
function countOnly(
  extras: Readonly<Record<string, unknown>>,
  declared: ReadonlyMap<string, number>,
): Partial<Record<VoteValue, number>> | undefined {
  const own = extras['counts'];
  if (isObject(own)) {
    const counts: Partial<Record<VoteValue, number>> = {};
    for (const value of VOTE_VALUES) {
      const n = own[value];
      if (typeof n === 'number' && Number.isSafeInteger(n) && n > 0) counts[value] = n;
    }
    return counts;
  }
  const counts: Partial<Record<VoteValue, number>> = {};
  for (const [option, n] of declared) {
    if (n === 0) continue;
    const value = VALUE_OF_OPTION[option as OcdOption];
    if (value === undefined) return undefined;
    counts[value] = (counts[value] ?? 0) + n;
  }
  return counts;
}

/**
 * The official record: what `export ocd` kept under `extras.recorded`, else
 * the VoteEvent's `result` and, beside a vote list, its declared yes and no
 * counts as the tally (so a count that disagrees with the list is caught).
 */
function recordedOf(
  event: Readonly<Record<string, unknown>>,
  extras: Readonly<Record<string, unknown>>,
  declared: ReadonlyMap<string, number>,
  hasVotes: boolean,
): Recorded | undefined {
  if ('recorded' in extras) {
    const own = extras['recorded'];
    if (!isObject(own)) return undefined;
    const result = own['result'];
    const tally = own['tally'];
    const out: Recorded = {
      ...(result === 'passed' || result === 'failed' || result === 'no-quorum'
        ? { result: result }
        : {}),
      ...(typeof tally === 'string' ? { tally } : {}),
    };
    return Object.keys(out).length === 0 ? undefined : out;
  }
  const result =
    event['result'] === 'pass' ? 'passed' : event['result'] === 'fail' ? 'failed' : undefined;
  const yes = declared.get('yes');
  const no = declared.get('no');
  const tally = hasVotes && yes !== undefined && no !== undefined ? `${yes}-${no}` : undefined;
  if (result === undefined && tally === undefined) return undefined;
  return { ...(result === undefined ? {} : { result }), ...(tally === undefined ? {} : { tally }) };
}

function isObject(value: unknown): value is Readonly<Record<string, unknown>> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
