import { runChecks } from '../check/index.js';
import type { Diagnostic, ResolvedDiagnostic } from '../diagnostics/diagnostic.js';
import { diagnosticAt } from '../diagnostics/diagnostic-at.js';
import { parseSource } from '../load/parse-source.js';
import type { TypedDocumentOf } from '../model/typed-document.js';
import { loadProject, type LoadedProject, type LoadOptions } from '../project/load-project.js';
import type {
  ArchiveInput,
  ArchiveProblem,
  ArchiveRollCall,
  UntalliedRollCall,
} from '../tally/archive.js';
import { placeFindings } from '../report/place-findings.js';
import { describeTallyProblem } from '../report/tally-problem-text.js';
import { computeTally } from '../tally/compute-tally.js';
import { UsageError } from './errors.js';

/** Shown in the report itself (recorded vs computed), so it does not stop a tally. */
const SHOWN_IN_REPORT = 'tally/recorded-mismatch';

/**
 * Loads an archive and tallies every roll call in it: the one place where
 * `report` reads files. Every council, measure and roll call found under the
 * paths; a roll call whose own document or council file has errors (as
 * `tally` would refuse it), or that cannot be tallied, is listed as not
 * tallied with the problems that stop it, as is a document that says
 * `kind: roll-call` but fails its schema or YAML. Files with other errors
 * are named in `otherProblemFiles`.
 */
export async function loadArchiveInput(
  paths: readonly string[],
  options: LoadOptions,
): Promise<ArchiveInput> {
  const loaded = await loadProject(paths, options);
  if (loaded.failures.length > 0) throw new UsageError(loaded.failures.join('\n'));
  if (loaded.files.length === 0) {
    throw new UsageError(`nothing to report: no YAML files under ${paths.join(', ')}`);
  }
  const { project } = loaded;
  const all = [...loaded.diagnostics, ...runChecks(project)];
  const errors = all.filter((d) => d.severity === 'error' && d.code !== SHOWN_IN_REPORT);
  const resolve = async (ds: readonly Diagnostic[]): Promise<ArchiveProblem[]> => {
    const problems: ArchiveProblem[] = [];
    for (const file of new Set(ds.map((d) => d.file))) {
      const source = loaded.sources.get(file);
      const placed = await placeFindings(
        ds.filter((d) => d.file === file),
        source,
      );
      problems.push(...placed.map(toProblem));
    }
    return problems;
  };

  const rollCalls: ArchiveRollCall[] = [];
  for (const rollCall of project.ofKind('roll-call')) {
    const file = rollCall.doc.source.file;
    const councilDoc = project.find('council', rollCall.value.council);
    // a council file with schema errors counts too: its errors are what stops the tally
    const councilFiles = project.filesReferredTo('council', rollCall.value.council);
    const blocking = errors.filter(
      (d) =>
        (d.file === file && inDocument(d, rollCall.doc.index)) || councilFiles.includes(d.file),
    );
    if (councilDoc === undefined && blocking.length === 0) {
      blocking.push(
        diagnosticAt(rollCall.doc, ['council'], {
          code: 'ref/unknown-council',
          message: `no council "${rollCall.value.council}" among the files read`,
        }),
      );
    }
    if (councilDoc === undefined || blocking.length > 0) {
      rollCalls.push(untallied(rollCall, await resolve(blocking)));
      continue;
    }
    const measureId = rollCall.value.measure;
    const measure =
      measureId === undefined ? undefined : project.find('ordinance', measureId)?.value;
    const directiveId = measure?.directive;
    const tally = computeTally({
      council: councilDoc.value,
      rollCall: rollCall.value,
      measure,
      directive:
        directiveId === undefined ? undefined : project.find('directive', directiveId)?.value,
    });
    if (tally.ok) {
      rollCalls.push({ status: 'tallied', file, tally: tally.value });
    } else {
      const problem = tally.error;
      const doc = problem.in === 'council' ? councilDoc.doc : rollCall.doc;
      const diagnostic = diagnosticAt(doc, problem.path, {
        code: problem.code,
        message: describeTallyProblem(problem),
      });
      rollCalls.push(untallied(rollCall, await resolve([diagnostic])));
    }
  }

  const invalid = await invalidRollCalls(loaded, errors, resolve);
  rollCalls.push(...invalid);
  const listed = new Set(
    rollCalls.flatMap((r) => (r.status === 'not-tallied' ? r.problems.map(problemKey) : [])),
  );
  const otherProblemFiles = [
    ...new Set(
      (await resolve(errors)).filter((p) => !listed.has(problemKey(p))).map((p) => p.file),
    ),
  ];

  return {
    councils: project.ofKind('council').map(({ value: c }) => ({
      id: c.id,
      name: c.name,
      jurisdiction: c.jurisdiction ?? null,
      seats: c.seats,
      members: c.members.map((m) => ({
        id: m.id,
        name: m.name,
        district: m.district === undefined ? null : String(m.district),
      })),
    })),
    measures: project.ofKind('ordinance').map(({ value: m }) => ({
      id: m.id,
      council: m.council,
      title: m.title,
      type: m.type,
      status: m.status,
      introduced: m.introduced ?? null,
      hypothetical: m.hypothetical === true,
    })),
    rollCalls,
    otherProblemFiles,
  };
}

/**
 * Documents that say `kind: roll-call` but did not pass their schema (or
 * their YAML): what can be read of them, and their errors.
 */
async function invalidRollCalls(
  loaded: LoadedProject,
  errors: readonly Diagnostic[],
  resolve: (ds: readonly Diagnostic[]) => Promise<ArchiveProblem[]>,
): Promise<UntalliedRollCall[]> {
  const typed = new Set(
    loaded.project.documents.map((d) => `${d.doc.source.file}\0${d.doc.index}`),
  );
  const found: UntalliedRollCall[] = [];
  for (const file of new Set(errors.map((d) => d.file))) {
    const source = loaded.sources.get(file);
    if (source === undefined) continue;
    const parsed = await parseSource(source);
    for (const doc of parsed.documents) {
      if (typed.has(`${file}\0${doc.index}`)) continue;
      const data = fieldsOf(doc.data);
      const saysRollCall =
        data === undefined
          ? parsed.documents.length === 1 && ROLL_CALL_KIND.test(source.text)
          : data['kind'] === 'roll-call';
      if (!saysRollCall) continue;
      const text = (key: string): string | null => {
        const value = data?.[key];
        return typeof value === 'string' ? value : null;
      };
      found.push({
        status: 'not-tallied',
        file,
        id: text('id'),
        council: text('council'),
        date: text('date'),
        measure: text('measure'),
        motion: text('motion'),
        hypothetical: data?.['hypothetical'] === true,
        problems: await resolve(errors.filter((d) => d.file === file && inDocument(d, doc.index))),
      });
    }
  }
  return found;
}

const ROLL_CALL_KIND = /^kind:[ \t]*(["']?)roll-call\1[ \t]*(#.*)?$/m;

function fieldsOf(data: unknown): Readonly<Record<string, unknown>> | undefined {
  return typeof data === 'object' && data !== null && !Array.isArray(data)
    ? (data as Record<string, unknown>)
    : undefined;
}

function untallied(
  rollCall: TypedDocumentOf<'roll-call'>,
  problems: readonly ArchiveProblem[],
): UntalliedRollCall {
  const r = rollCall.value;
  return {
    status: 'not-tallied',
    file: rollCall.doc.source.file,
    id: r.id,
    council: r.council,
    date: r.date,
    measure: r.measure ?? null,
    motion: r.motion ?? null,
    hypothetical: r.hypothetical === true,
    problems,
  };
}

/** A diagnostic of a file belongs to a document when it names it, or names none. */
function inDocument(d: Diagnostic, index: number): boolean {
  return d.document === undefined || d.document === index;
}

function toProblem(d: ResolvedDiagnostic): ArchiveProblem {
  return { code: d.code, message: d.message, file: d.file, line: d.line, column: d.column };
}

function problemKey(p: ArchiveProblem): string {
  return [p.file, p.line, p.column, p.code, p.message].join('\0');
}
