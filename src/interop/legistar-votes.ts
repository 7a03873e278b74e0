import type { Diagnostic } from '../diagnostics/diagnostic.js';
import type { IsoDate } from '../model/common.js';
import type { Council } from '../model/council.js';
import type { Recorded, RollCall, VoteValue } from '../model/roll-call.js';
import { membersInOffice } from '../model/roster.js';
import type { JsonInput } from './json-input.js';
import type { EventItemRecord, EventRecord, VoteRecord } from './legistar-records.js';
import { VoterMatcher } from './match-voter.js';
import { slugOf } from './names.js';
import { meaningOfLabel } from './vote-labels.js';

/** Where, in the council's file, a vote label or a person id is to be added: `council.yaml:42`. */
export interface CouncilPlaces {
  readonly voteValues: string;
  readonly persons: string;
}

export interface VoteImportContext {
  readonly council: Council;
  readonly places: CouncilPlaces;
  /** The council's rule every imported roll call is decided by. */
  readonly rule: string;
  /** The date of every vote whose event is not given (`--date`). */
  readonly date?: IsoDate;
  /** How to record a member in office with no row (`--missing-as`); without it, an error. */
  readonly missingAs?: VoteValue;
  /** Ordinance ids the archive holds: a matter file among them becomes the roll call's `measure`. */
  readonly measures: ReadonlySet<string>;
  readonly eventItems: ReadonlyMap<number, EventItemRecord>;
  readonly events: ReadonlyMap<number, EventRecord>;
}

/** A roll call made from one event item's votes. */
export interface ImportedRollCall {
  readonly rollCall: RollCall;
  readonly eventItemId: number;
  readonly input: JsonInput;
}

export interface VotesImport {
  readonly rollCalls: readonly ImportedRollCall[];
  /** Errors stop the import; warnings say what was left out or matched loosely. */
  readonly diagnostics: readonly Diagnostic[];
}

/**
 * Makes roll calls of Legistar votes, one per event item: each row's label
 * mapped (the council's `interop.legistar.vote_values`, then the built-in
 * table), each voter matched to one member in office through the council's
 * roster, the date from the item's event, `recorded` from the item's pass
 * flag and tally. A file in which no vote is recorded (every label null, as
 * for a closed-session roster) is left out with a warning.
 */
export function rollCallsFromVotes(
  files: readonly { readonly input: JsonInput; readonly rows: readonly VoteRecord[] }[],
  context: VoteImportContext,
): VotesImport {
  const diagnostics: Diagnostic[] = [];
  const built: { rollCall: RollCall; base: string; eventItemId: number; input: JsonInput }[] = [];
  const matcher = new VoterMatcher(context.council);
  // One event item's rows may come in several files: Legistar answers the
  // votes of a consent agenda's item for each item it carried.
  const items = new Map<number, { input: JsonInput; rows: VoteRecord[] }>();
  for (const file of files) {
    const groups = new Map<number, VoteRecord[]>();
    for (const row of file.rows) {
      groups.set(row.eventItemId, [...(groups.get(row.eventItemId) ?? []), row]);
    }
    for (const [eventItemId, rows] of groups) {
      const first = items.get(eventItemId);
      if (first === undefined) {
        items.set(eventItemId, { input: file.input, rows });
        continue;
      }
      const same = sameVotes(first.rows, rows);
      diagnostics.push(
        file.input.problem(rows[0]?.at.path ?? [], {
          code: same ? 'interop/skipped' : 'interop/voter-twice',
          severity: same ? 'warning' : 'error',
          message: same
            ? `event item ${eventItemId}: the same votes as in ${first.input.file}; imported once`
            : `event item ${eventItemId}: other votes than in ${first.input.file} for the same item`,
          params: { eventItem: eventItemId },
        }),
      );
    }
  }
  for (const [eventItemId, { input, rows }] of items) {
    const made = rollCallOfItem(input, eventItemId, rows, context, matcher);
    diagnostics.push(...made.diagnostics);
    if (made.rollCall !== undefined) built.push({ ...made.rollCall, eventItemId, input });
  }
  const bases = new Map<string, number>();
  for (const b of built) bases.set(b.base, (bases.get(b.base) ?? 0) + 1);
  const rollCalls = built.map((b) => {
    const id = (bases.get(b.base) ?? 0) > 1 ? `${b.base}-${b.eventItemId}` : b.base;
    return { rollCall: { ...b.rollCall, id }, eventItemId: b.eventItemId, input: b.input };
  });
  return { rollCalls, diagnostics };
}

function rollCallOfItem(
  input: JsonInput,
  eventItemId: number,
  rows: readonly VoteRecord[],
  context: VoteImportContext,
  matcher: VoterMatcher,
): { rollCall?: { rollCall: RollCall; base: string }; diagnostics: Diagnostic[] } {
  const diagnostics: Diagnostic[] = [];
  const first = rows[0];
  if (first === undefined) return { diagnostics };
  if (rows.every((r) => r.value === null)) {
    diagnostics.push(
      input.problem(first.at.path, {
        code: 'interop/no-votes',
        severity: 'warning',
        message: `event item ${eventItemId}: no vote is recorded (every VoteValueName is null); left out`,
        params: { eventItem: eventItemId },
      }),
    );
    return { diagnostics };
  }
  const item = context.eventItems.get(eventItemId);
  const event = item?.eventId == null ? undefined : context.events.get(item.eventId);
  const date = event?.date ?? context.date;
  if (date === undefined) {
    diagnostics.push(
      input.problem(first.at.path, {
        code: 'interop/no-date',
        message: `event item ${eventItemId}: the date of the vote is not known`,
        hint:
          item === undefined
            ? 'give the event items (GET /events/{id}/eventitems) and the events (GET /events) with the votes, or the date with --date'
            : `give the events (GET /events, event ${item.eventId ?? '?'}) with the votes, or the date with --date`,
        params: { eventItem: eventItemId },
      }),
    );
    return { diagnostics };
  }

  const votes = new Map<string, VoteValue>();
  const rowOf = new Map<string, VoteRecord>();
  for (const [index, row] of rows.entries()) {
    const who = `${row.personName ?? 'no name'} (person ${row.personId ?? 'none'})`;
    const label = row.value;
    const meaning =
      label === null
        ? undefined
        : meaningOfLabel(context.council.interop?.legistar?.vote_values, label);
    if (meaning?.meaning === 'vacant') continue;
    const match = matcher.match({ personId: row.personId, name: row.personName }, date);
    const at = [...row.at.path, row.personId === null ? 'VotePersonName' : 'VotePersonId'];
    switch (match.kind) {
      case 'none': {
        const known = match.known.map((m) => `${m.id} (${m.from} to ${m.to ?? 'no end'})`);
        diagnostics.push(
          input.problem(at, {
            code: 'interop/unknown-voter',
            message: `row ${index + 1}, ${who}: matches no member in office on ${date}`,
            hint:
              known.length > 0
                ? `the roster has ${known.join(', ')}, not in office that day: check the terms`
                : `add the member to the roster, or this person id to the member at ${context.places.persons} (interop.legistar.persons)`,
            params: { row: index + 1, date },
          }),
        );
        continue;
      }
      case 'ambiguous':
        diagnostics.push(
          input.problem(at, {
            code: 'interop/ambiguous-voter',
            message: `row ${index + 1}, ${who}: matches ${match.members.map((m) => m.id).join(' and ')}, all in office on ${date}`,
            hint: `say which member this person id is at ${context.places.persons} (interop.legistar.persons)`,
            params: { row: index + 1, members: match.members.map((m) => m.id) },
          }),
        );
        continue;
      case 'member':
        break;
    }
    const id = match.member.id;
    const earlier = rowOf.get(id);
    if (earlier !== undefined) {
      diagnostics.push(
        input.problem(at, {
          code: 'interop/voter-twice',
          message: `row ${index + 1}, ${who}: a second row for ${id} (also ${earlier.personName ?? 'no name'}, person ${earlier.personId ?? 'none'})`,
          hint: 'if they are one person, keep one row; if not, check the roster',
          params: { member: id },
        }),
      );
      continue;
    }
    rowOf.set(id, row);
    if (label === null || meaning === undefined) {
      diagnostics.push(
        input.problem([...row.at.path, 'VoteValueName'], {
          code: 'interop/vote-label',
          message:
            label === null
              ? `row ${index + 1}, ${who}: no vote is recorded (VoteValueName is null)`
              : `row ${index + 1}, ${who}: the vote label "${label}" has no mapping`,
          hint:
            label === null
              ? 'correct the record in Legistar, or leave this event item out'
              : `say what it records at ${context.places.voteValues}, under interop.legistar.vote_values: ${JSON.stringify(label)}: aye|no|abstain|present|not-voting|recused|excused|absent|vacant`,
          ...(label === null ? {} : { params: { label } }),
        }),
      );
      continue;
    }
    if (match.by === 'family-name') {
      diagnostics.push(
        input.problem(at, {
          code: 'interop/matched-by-name',
          severity: 'warning',
          message: `row ${index + 1}, ${who}: taken as ${id} (${match.member.name}), the only member in office with that family name`,
          hint: `make it certain: add ${row.personId ?? 'the person id'} to ${id} at ${context.places.persons} (interop.legistar.persons)`,
          params: { member: id },
        }),
      );
    }
    votes.set(id, meaning.meaning);
  }

  const missing = membersInOffice(context.council, date).filter((m) => !rowOf.has(m.id));
  const notes: string[] = [];
  if (missing.length > 0) {
    if (context.missingAs === undefined) {
      diagnostics.push(
        input.problem(first.at.path, {
          code: 'interop/missing-voter',
          message: `event item ${eventItemId} (${date}): no row for ${missing.map((m) => `${m.id} (${m.name})`).join(', ')}, in office that day`,
          hint: 'if Legistar left them out, say how to record them with --missing-as absent (or excused, not-voting); if they had left office, correct the roster',
          params: { eventItem: eventItemId, members: missing.map((m) => m.id) },
        }),
      );
    } else {
      for (const m of missing) votes.set(m.id, context.missingAs);
      notes.push(
        `Legistar has no row for ${missing.map((m) => m.id).join(', ')}; recorded as ${context.missingAs} (--missing-as).`,
      );
    }
  }
  if (diagnostics.some((d) => d.severity === 'error')) return { diagnostics };

  const outcome = item === undefined ? {} : recordedOfItem(item);
  const recorded = outcome.recorded;
  if (item !== undefined && outcome.unreadTally !== undefined) {
    diagnostics.push(
      input.problem([...item.at.path, 'EventItemTally'], {
        code: 'interop/tally-text',
        severity: 'warning',
        message: `event item ${item.id}: EventItemTally "${outcome.unreadTally}" is not a tally; left out`,
      }),
    );
  }
  const matter = item?.matterFile ?? null;
  const measure = matter !== null && context.measures.has(matter) ? matter : undefined;
  const base = `${date}-${matter !== null && slugOf(matter) !== '' ? slugOf(matter) : `item-${eventItemId}`}`;
  const facts = [
    `event item ${eventItemId}`,
    ...(matter === null ? [] : [`matter ${matter}`]),
    ...(item?.actionName == null ? [] : [`action "${item.actionName}"`]),
  ];
  const rollCall: RollCall = {
    kind: 'roll-call',
    version: 1,
    id: base,
    council: context.council.id,
    ...(measure === undefined ? {} : { measure }),
    date,
    rule: context.rule,
    ...(item?.title == null ? {} : { motion: item.title }),
    votes: Object.fromEntries(votes),
    ...(recorded === undefined ? {} : { recorded }),
    notes: [`Imported from Legistar: ${facts.join(', ')}.`, ...notes].join(' '),
    ...sourcesOf(event, eventItemId),
  };
  return { rollCall: { rollCall, base }, diagnostics };
}

/**
 * An event item's outcome as a roll call's `recorded`: the pass flag
 * (`Pass`, `Fail`) and the tally, read from `10:5`, `10-5` or Milwaukee's
 * glued `Pass10:5`. A null tally means "not published", never `0-0`; a tally
 * that cannot be read is left out and returned as `unreadTally`.
 */
export function recordedOfItem(item: EventItemRecord): {
  readonly recorded?: Recorded;
  readonly unreadTally?: string;
} {
  let result = resultOfWord(item.passedFlagName);
  let tally: string | undefined;
  let unreadTally: string | undefined;
  if (item.tally !== null) {
    const match = /^(pass|fail)?\w*?\s*(\d{1,5})\s*[-:]\s*(\d{1,5})$/i.exec(item.tally);
    if (match === null) {
      unreadTally = item.tally;
    } else {
      tally = `${Number(match[2])}-${Number(match[3])}`;
      result ??= resultOfWord(match[1] ?? null);
    }
  }
  const unread = unreadTally === undefined ? {} : { unreadTally };
  if (result === undefined && tally === undefined) return unread;
  return {
    recorded: {
      ...(result === undefined ? {} : { result }),
      ...(tally === undefined ? {} : { tally }),
    },
    ...unread,
  };
}

/** Whether two lists of rows record the same vote of the same people. */
function sameVotes(a: readonly VoteRecord[], b: readonly VoteRecord[]): boolean {
  const key = (rows: readonly VoteRecord[]): string =>
    rows
      .map((r) => `${r.personId ?? ''}|${r.personName ?? ''}|${r.value ?? ''}`)
      .sort()
      .join('\n');
  return key(a) === key(b);
}

function resultOfWord(word: string | null): 'passed' | 'failed' | undefined {
  const folded = word?.toLowerCase();
  return folded === 'pass' ? 'passed' : folded === 'fail' ? 'failed' : undefined;
}

/** The meeting's page and the votes' API address, when the event gives them. */
function sourcesOf(
  event: EventRecord | undefined,
  eventItemId: number,
): { sources?: readonly string[] } {
  const page = event?.inSiteUrl;
  if (page == null || !/^https?:\/\/\S+$/.test(page)) return {};
  const client = /^https?:\/\/([a-z0-9-]+)\.legistar\.com\//i.exec(page)?.[1];
  return {
    sources: [
      page,
      ...(client === undefined
        ? []
        : [
            `https://webapi.legistar.com/v1/${client.toLowerCase()}/eventitems/${eventItemId}/votes`,
          ]),
    ],
  };
}
