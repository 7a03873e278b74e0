import { join } from 'node:path';
import type { Diagnostic } from '../diagnostics/diagnostic.js';
import type { SourceText } from '../diagnostics/source-text.js';
import type { PlannedFile } from '../interop/check-output.js';
import { councilPlaces } from '../interop/council-places.js';
import { renderRollCall } from '../interop/documents.js';
import type { CouncilPlaces } from '../interop/legistar-votes.js';
import type { RollCall } from '../model/roll-call.js';
import { EXIT } from './errors.js';
import { DataProblems, findArchive, printProblems, type Archive } from './interop-io.js';
import type { Io } from './io.js';
import { parseByteSize } from './output.js';

/** The options of an import that say where its council is. */
export interface ArchiveOptions {
  /** `--data DIR` */
  readonly data?: string;
  /** `--council ID` */
  readonly council?: string;
  /** `--ignore GLOB`: paths the walk of the council's folder leaves out. */
  readonly ignore?: readonly string[];
}

/**
 * The council imported roll calls belong to, found as for `tally`: under
 * `--data`, else upwards from the output folder (or the current one).
 */
export function findImportArchive(
  options: ArchiveOptions,
  output: string | undefined,
  io: Io,
): Promise<Archive> {
  return findArchive({
    ...(options.data === undefined ? {} : { data: options.data }),
    ...(options.council === undefined ? {} : { councilId: options.council }),
    start: output ?? '.',
    ignore: options.ignore,
    io,
    maxFileSize: parseByteSize('4MB'),
  });
}

/** Roll calls made from imported records, with what was found on the way. */
export interface ConvertedRollCalls {
  readonly rollCalls: readonly RollCall[];
  /** Errors stop the import; warnings are reported. */
  readonly diagnostics: readonly Diagnostic[];
}

export interface RollCallFiles {
  readonly files: readonly PlannedFile[];
  readonly warnings: readonly Diagnostic[];
}

/**
 * Makes roll calls of the archive's council with `convert`, as files named
 * by their ids (in `output`, else shown on stdout). When any is in error,
 * the warnings so far (`earlier`, then the new ones) are printed and the
 * errors thrown as DataProblems.
 */
export async function importRollCallFiles(
  archive: Archive,
  convert: (council: Archive['council'], places: CouncilPlaces) => ConvertedRollCalls,
  context: {
    readonly earlier: readonly Diagnostic[];
    readonly sources: ReadonlyMap<string, SourceText>;
    readonly output: string | undefined;
    readonly io: Io;
  },
): Promise<RollCallFiles> {
  const converted = convert(archive.council, await councilPlaces(archive.council));
  const warnings = converted.diagnostics.filter((d) => d.severity === 'warning');
  const errors = converted.diagnostics.filter((d) => d.severity === 'error');
  if (errors.length > 0) {
    await printProblems([...context.earlier, ...warnings], context.sources, context.io);
    throw new DataProblems(errors, context.sources);
  }
  const files = converted.rollCalls.map((rollCall) => {
    const name = `${rollCall.id}.yaml`;
    return {
      path: context.output === undefined ? name : join(context.output, name),
      text: renderRollCall(rollCall, []),
      data: rollCall,
    };
  });
  return { files, warnings };
}

/** Runs an import: data problems are printed, nothing is written, exit 1. */
export async function runImport(io: Io, body: () => Promise<number>): Promise<number> {
  try {
    return await body();
  } catch (error) {
    if (error instanceof DataProblems) {
      await printProblems(error.diagnostics, error.sources, io, error.notWritten);
      io.stderr.write('overrule: nothing was written\n');
      return EXIT.dataErrors;
    }
    throw error;
  }
}
