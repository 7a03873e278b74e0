import { basename, join, resolve } from 'node:path';
import type { Diagnostic } from '../diagnostics/diagnostic.js';
import { checkPlannedFiles, type PlannedFile } from '../interop/check-output.js';
import { updateCouncilMembers } from '../interop/council-update.js';
import { councilFromRoster, renderCouncil } from '../interop/documents.js';
import type { JsonInput } from '../interop/json-input.js';
import {
  readLegistarFile,
  type BodyRecord,
  type EventItemRecord,
  type EventRecord,
  type LegistarFile,
  type OfficeRecord,
  type PersonRecord,
  type VoteRecord,
} from '../interop/legistar-records.js';
import { buildRoster, type Roster } from '../interop/legistar-roster.js';
import { rollCallsFromVotes } from '../interop/legistar-votes.js';
import type { TypedDocumentOf } from '../model/typed-document.js';
import { loadProject } from '../project/load-project.js';
import type { DocumentIndex } from '../model/references.js';
import { DocumentRegistry } from '../project/document-registry.js';
import { UsageError } from './errors.js';
import { findImportArchive, importRollCallFiles, runImport } from './import-roll-calls.js';
import {
  chooseRule,
  DataProblems,
  outputFolder,
  printProblems,
  readJsonInputs,
  type Archive,
} from './interop-io.js';
import { finishImport, type ImportPlan } from './interop-finish.js';
import { parseCount, parseDate, parseSlug, parseVoteValue } from './interop-options.js';
import type { Io } from './io.js';
import { parseByteSize } from './output.js';

export interface ImportLegistarOptions {
  readonly output?: string;
  readonly force?: boolean;
  readonly into?: string;
  readonly id?: string;
  readonly name?: string;
  readonly seats?: string;
  readonly since?: string;
  readonly body?: string;
  readonly joinGaps?: string;
  readonly data?: string;
  readonly council?: string;
  readonly rule?: string;
  readonly date?: string;
  readonly missingAs?: string;
  readonly maxFileSize?: string;
  readonly ignore?: readonly string[];
}

/**
 * `overrule import legistar FILE...`: office records (with persons) become a
 * council roster, written as a new council file or into an existing one
 * (`--into`); votes (with their event items and events) become roll calls.
 * Every file written validates, or nothing is written and the exit code is
 * 1; a recorded result that disagrees with the rule is reported, not
 * stopping the import.
 */
export async function importLegistarCommand(
  paths: readonly string[],
  options: ImportLegistarOptions,
  io: Io,
): Promise<number> {
  const seats = parseCount('--seats', options.seats, 1);
  const since = parseDate('--since', options.since);
  const bodyId = parseCount('--body', options.body, 0);
  const joinGapDays = parseCount('--join-gaps', options.joinGaps, 0) ?? 0;
  const id = parseSlug('--id', options.id);
  const date = parseDate('--date', options.date);
  const missingAs = parseVoteValue('--missing-as', options.missingAs);
  const maxFileSize = parseByteSize(options.maxFileSize ?? '64MB');
  if (options.into !== undefined && (id !== undefined || options.name !== undefined)) {
    throw new UsageError("--into keeps the council file's id and name; leave out --id and --name");
  }
  const output = options.output === undefined ? undefined : outputFolder(options.output, io);

  return runImport(io, async () => {
    const read = readJsonInputs(paths, io, maxFileSize);
    const sources = read.sources;
    const problems: Diagnostic[] = [...read.problems];
    const files: LegistarFile[] = [];
    for (const input of read.inputs) {
      const outcome = readLegistarFile(input);
      if (outcome.ok) files.push(outcome.file);
      else problems.push(...outcome.diagnostics);
    }
    if (problems.length > 0) throw new DataProblems(problems, sources);
    const records = gather(files);
    const warnings: Diagnostic[] = files
      .filter((f) => f.kind === 'empty')
      .map((f) =>
        f.input.problem([], {
          code: 'interop/skipped',
          severity: 'warning',
          message: 'holds no records (Legistar answers [] for an item with no votes); left out',
        }),
      );

    if (records.officeRecords.length === 0 && records.votes.length === 0) {
      await printProblems(warnings, sources, io);
      throw new UsageError(
        'nothing to import: give the office records (GET /officerecords) for a roster, ' +
          'or the votes (GET /eventitems/{id}/votes) for roll calls',
      );
    }

    const planned: PlannedFile[] = [];
    let archive: Archive | undefined;
    let replaced: string | undefined;
    if (records.officeRecords.length > 0) {
      const roster = rosterOf(records, { bodyId, since, joinGapDays });
      if (options.into !== undefined) {
        const into = await councilFileOf(options.into, io, maxFileSize);
        const update = updateCouncilMembers(
          into.council,
          roster,
          seats === undefined ? {} : { seats },
        );
        planned.push({ path: options.into, text: update.text, data: update.council });
        replaced = options.into;
        io.stderr.write(
          `overrule: ${options.into}: ${update.kept.length} members kept (${update.changed.length} with new dates), ` +
            `${update.added.length} added, ${update.removed.length} removed` +
            `${update.removed.length > 0 ? ` (${update.removed.join(', ')})` : ''}\n`,
        );
        if (update.rewritten.length > 0) {
          io.stderr.write(
            `overrule: ${options.into}: ${update.rewritten.join(' and ')} written anew (flow style)\n`,
          );
        }
        archive = { council: into.council, references: into.references };
      } else {
        planned.push(
          newCouncilFile(roster, records.bodies, { id, seats, name: options.name, output }),
        );
      }
    }

    const check =
      planned.length > 0 ? await checkPlannedFiles(planned, emptyReferences()) : undefined;
    if (check !== undefined && check.errors.length > 0) {
      throw new DataProblems(check.errors, check.sources, new Set(planned.map((p) => p.path)));
    }
    const plannedCouncil = check?.documents.find(
      (d): d is TypedDocumentOf<'council'> => d.kind === 'council',
    );
    if (records.votes.length > 0) {
      archive =
        plannedCouncil !== undefined
          ? { council: plannedCouncil, references: archive?.references ?? emptyReferences() }
          : await findImportArchive(options, output, io);
      const measures = new Set(archive.references.ids('ordinance'));
      const imported = await importRollCallFiles(
        archive,
        (council, places) => {
          const votes = rollCallsFromVotes(records.votes, {
            council: council.value,
            places,
            rule: chooseRule(council.value, options.rule),
            ...(date === undefined ? {} : { date }),
            ...(missingAs === undefined ? {} : { missingAs }),
            measures,
            eventItems: records.eventItems,
            events: records.events,
          });
          return { ...votes, rollCalls: votes.rollCalls.map((r) => r.rollCall) };
        },
        { earlier: warnings, sources, output, io },
      );
      warnings.push(...imported.warnings);
      planned.push(...imported.files);
    }

    const plan: ImportPlan = {
      planned,
      references: archive?.references ?? emptyReferences(),
      ...(replaced === undefined ? {} : { replaces: replaced }),
      warnings,
      sources,
      output,
      force: options.force === true,
    };
    return await finishImport(plan, io);
  });
}

interface Records {
  readonly officeRecords: OfficeRecord[];
  readonly persons: Map<number, PersonRecord>;
  readonly votes: { input: JsonInput; rows: VoteRecord[] }[];
  readonly eventItems: Map<number, EventItemRecord>;
  readonly events: Map<number, EventRecord>;
  readonly bodies: Map<number, BodyRecord>;
}

/** The records of every file, by kind (a later record of an id wins). */
function gather(files: readonly LegistarFile[]): Records {
  const records: Records = {
    officeRecords: [],
    persons: new Map(),
    votes: [],
    eventItems: new Map(),
    events: new Map(),
    bodies: new Map(),
  };
  for (const file of files) {
    switch (file.kind) {
      case 'office-records':
        records.officeRecords.push(...file.rows);
        break;
      case 'persons':
        for (const r of file.rows) records.persons.set(r.id, r);
        break;
      case 'votes':
        records.votes.push({ input: file.input, rows: file.rows });
        break;
      case 'event-items':
        for (const r of file.rows) records.eventItems.set(r.id, r);
        break;
      case 'events':
        for (const r of file.rows) records.events.set(r.id, r);
        break;
      case 'bodies':
        for (const r of file.rows) records.bodies.set(r.id, r);
        break;
      case 'empty':
        break;
    }
  }
  return records;
}

function rosterOf(
  records: Records,
  options: { bodyId: number | undefined; since: string | undefined; joinGapDays: number },
): Roster {
  const outcome = buildRoster(records.officeRecords, records.persons, {
    ...(options.bodyId === undefined ? {} : { bodyId: options.bodyId }),
    ...(options.since === undefined ? {} : { since: options.since }),
    joinGapDays: options.joinGapDays,
  });
  if (outcome.ok) return outcome.roster;
  if (outcome.kind === 'choose-body') {
    const list = outcome.bodies
      .map((b) => `${b.id} (${b.name ?? 'no name'}, ${b.records} records)`)
      .join(', ');
    throw new UsageError(
      `the office records are of several bodies: ${list}; choose one with --body ID`,
    );
  }
  throw new DataProblems(outcome.diagnostics);
}

/** A new council file: `--id` and `--seats` are needed, for Legistar knows neither reliably. */
function newCouncilFile(
  roster: Roster,
  bodies: ReadonlyMap<number, BodyRecord>,
  options: {
    id: string | undefined;
    seats: number | undefined;
    name: string | undefined;
    output: string | undefined;
  },
): PlannedFile {
  const body = bodies.get(roster.bodyId);
  const bodyName = body?.name ?? roster.bodyName;
  if (options.seats === undefined) {
    const published =
      body?.numberOfMembers == null
        ? ''
        : ` (Legistar's BodyNumberOfMembers says ${body.numberOfMembers}, which is often 0 or off by one)`;
    throw new UsageError(`say how many seats the council has with --seats N${published}`);
  }
  if (options.id === undefined) {
    throw new UsageError('give the council an id with --id (for example --id vienna-va)');
  }
  const name = options.name ?? bodyName ?? options.id;
  const council = councilFromRoster(roster, { id: options.id, name, seats: options.seats });
  const comments = [
    'Imported from Legistar by `overrule import legistar`: the office records of',
    `body ${roster.bodyId}${bodyName === null ? '' : ` (${bodyName})`}.`,
    'Legistar holds no voting rules: `passage` below is a placeholder. Replace it with the',
    "council's rules and their citations before relying on any result.",
  ];
  const path = options.output === undefined ? 'council.yaml' : join(options.output, 'council.yaml');
  return { path, text: renderCouncil(council, comments), data: council };
}

/** The council document of the file `--into` names, with its folder as the archive. */
async function councilFileOf(
  file: string,
  io: Io,
  maxFileSize: number,
): Promise<{ council: TypedDocumentOf<'council'>; references: DocumentIndex }> {
  const loaded = await loadProject([file], {
    cwd: io.cwd,
    maxFileSize: Math.min(maxFileSize, 4 * 1024 * 1024),
  });
  if (loaded.failures.length > 0) throw new UsageError(loaded.failures.join('\n'));
  const errors = loaded.diagnostics.filter((d) => d.severity === 'error');
  if (errors.length > 0) throw new DataProblems(errors, loaded.sources);
  const councils = loaded.project.ofKind('council');
  const [council, ...others] = councils;
  if (council === undefined || others.length > 0) {
    throw new UsageError(
      `--into ${file}: give a file holding one council (it holds ${councils.length})`,
    );
  }
  if (basename(resolve(io.cwd, file)) === '') throw new UsageError(`--into ${file}: not a file`);
  return { council, references: loaded.project };
}

function emptyReferences(): DocumentIndex {
  return DocumentRegistry.of([]);
}
