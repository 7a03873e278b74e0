import type { DocumentIndex } from '../model/references.js';
import { dirname, join, resolve } from 'node:path';
import { statSync } from 'node:fs';
import { describeTallyProblem } from '../report/tally-problem-text.js';
import { runChecks } from '../check/index.js';
import type { Diagnostic } from '../diagnostics/diagnostic.js';
import { voteEventOf, type OcdVoteEvent } from '../interop/ocd-export.js';
import type { TypedDocumentOf } from '../model/typed-document.js';
import { loadProject } from '../project/load-project.js';
import { Project } from '../project/project.js';
import { computeTally } from '../tally/compute-tally.js';
import { EXIT, UsageError } from './errors.js';
import {
  DataProblems,
  findArchive,
  outputFolder,
  printProblems,
  writeOutputFiles,
} from './interop-io.js';
import type { Io } from './io.js';
import { parseByteSize } from './output.js';

export interface ExportOcdOptions {
  readonly output?: string;
  readonly force?: boolean;
  readonly data?: string;
  readonly hypothetical?: boolean;
  readonly maxFileSize?: string;
  readonly ignore?: readonly string[];
}

/**
 * `overrule export ocd FILE|DIR`: every roll call under the path as an Open
 * Civic Data VoteEvent, its result computed under the council's rule. A roll
 * call with errors stops the export (exit 1, nothing written); one whose
 * recorded result disagrees with the rule is exported with the computed
 * result and the record under `extras.recorded`. Hypothetical roll calls are
 * left out unless `--hypothetical`.
 */
export async function exportOcdCommand(
  path: string,
  options: ExportOcdOptions,
  io: Io,
): Promise<number> {
  const maxFileSize = parseByteSize(options.maxFileSize ?? '4MB');
  const output = options.output === undefined ? undefined : outputFolder(options.output, io);
  try {
    const ignore = options.ignore ?? [];
    const loaded = await loadProject([path], { cwd: io.cwd, maxFileSize, ignore });
    if (loaded.failures.length > 0) throw new UsageError(loaded.failures.join('\n'));
    const loadErrors = loaded.diagnostics.filter((d) => d.severity === 'error');
    if (loadErrors.length > 0) throw new DataProblems(loadErrors, loaded.sources);
    const all = loaded.project.ofKind('roll-call');
    if (all.length === 0) throw new UsageError(`${path} holds no roll call`);
    const councilIds = [...new Set(all.map((r) => r.value.council))];
    const [councilId, ...otherCouncils] = councilIds;
    if (councilId === undefined || otherCouncils.length > 0) {
      throw new UsageError(
        `${path} holds roll calls of several councils (${councilIds.join(', ')}); export one at a time`,
      );
    }
    const archive = await findArchive({
      ...(options.data === undefined ? {} : { data: options.data }),
      councilId,
      start: isFolder(resolve(io.cwd, path)) ? path : dirname(path),
      ignore,
      io,
      maxFileSize,
    });
    const rollCalls = all.filter(
      (r) => options.hypothetical === true || r.value.hypothetical !== true,
    );
    const skipped = all.length - rollCalls.length;

    const view = new Project(rollCalls, archive.references);
    const found = runChecks(view);
    const files = new Set(rollCalls.map((r) => r.doc.source.file));
    const errors = found.filter(
      (d) => d.severity === 'error' && d.code !== 'tally/recorded-mismatch' && files.has(d.file),
    );
    if (errors.length > 0) throw new DataProblems(errors, loaded.sources);

    const events = rollCalls.map((r) => eventOf(r, archive.council, archive.references));
    if (output === undefined) {
      io.stdout.write(
        `${JSON.stringify(
          events.map((e) => e.event),
          null,
          2,
        )}\n`,
      );
    } else {
      writeOutputFiles(
        events.map((e) => ({
          path: join(output, `${e.id}.json`),
          text: `${JSON.stringify(e.event, null, 2)}\n`,
        })),
        { force: options.force === true, io },
      );
    }
    const disagreeing = events.filter((e) => e.event.extras.recorded?.matches === false).length;
    io.stderr.write(
      `overrule: exported ${events.length} vote event${events.length === 1 ? '' : 's'}` +
        (skipped > 0 ? `; left out ${skipped} hypothetical (--hypothetical includes them)` : '') +
        `${disagreeing > 0 ? `; ${disagreeing} with a recorded result that disagrees with the rule (extras.recorded)` : ''}\n`,
    );
    return EXIT.ok;
  } catch (error) {
    if (error instanceof DataProblems) {
      await printProblems(error.diagnostics, error.sources, io);
      io.stderr.write('overrule: nothing was exported\n');
      return EXIT.dataErrors;
    }
    throw error;
  }
}

function eventOf(
  rollCall: TypedDocumentOf<'roll-call'>,
  council: TypedDocumentOf<'council'>,
  references: DocumentIndex,
): { id: string; event: OcdVoteEvent } {
  const measure =
    rollCall.value.measure === undefined
      ? undefined
      : references.find('ordinance', rollCall.value.measure)?.value;
  const directiveId = measure?.directive;
  const directive =
    directiveId === undefined ? undefined : references.find('directive', directiveId)?.value;
  const tally = computeTally({
    council: council.value,
    rollCall: rollCall.value,
    measure,
    directive,
  });
  if (!tally.ok) {
    const problem: Diagnostic = {
      code: tally.error.code,
      severity: 'error',
      message: describeTallyProblem(tally.error),
      file: rollCall.doc.source.file,
    };
    throw new DataProblems([problem]);
  }
  return { id: rollCall.value.id, event: voteEventOf(council.value, rollCall.value, tally.value) };
}

function isFolder(path: string): boolean {
  try {
    return statSync(path).isDirectory();
  } catch {
    return false;
  }
}
