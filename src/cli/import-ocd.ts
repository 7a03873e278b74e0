import { join } from 'node:path';
import type { Diagnostic } from '../diagnostics/diagnostic.js';
import { SourceText } from '../diagnostics/source-text.js';
import type { PlannedFile } from '../interop/check-output.js';
import { councilPlaces } from '../interop/council-places.js';
import { renderRollCall } from '../interop/documents.js';
import { parseJsonInput, type JsonInput } from '../interop/json-input.js';
import { rollCallsFromVoteEvents } from '../interop/ocd-import.js';
import { decodeSource } from '../load/read.js';
import { EXIT } from './errors.js';
import { finishImport } from './interop-finish.js';
import {
  chooseRule,
  DataProblems,
  findImportArchive,
  outputFolder,
  printProblems,
  readJsonInputs,
} from './interop-io.js';
import { parseVoteValue } from './interop-options.js';
import type { Io } from './io.js';
import { parseByteSize } from './output.js';
import { readStdinArgument } from './stdin.js';

export interface ImportOcdOptions {
  readonly output?: string;
  readonly force?: boolean;
  readonly data?: string;
  readonly council?: string;
  readonly rule?: string;
  readonly missingAs?: string;
  readonly maxFileSize?: string;
  readonly ignore?: readonly string[];
}

/**
 * `overrule import ocd FILE`: Open Civic Data VoteEvents (one, or an array)
 * become roll calls of the council found as for `tally`. Every file written
 * validates, or nothing is written (exit 1).
 */
export async function importOcdCommand(
  file: string,
  options: ImportOcdOptions,
  io: Io,
): Promise<number> {
  const missingAs = parseVoteValue('--missing-as', options.missingAs);
  const maxFileSize = parseByteSize(options.maxFileSize ?? '64MB');
  const output = options.output === undefined ? undefined : outputFolder(options.output, io);
  try {
    const input = await readInput(file, io, maxFileSize);
    const sources = new Map([[input.file, new SourceText(input.file, input.text)]]);
    const archive = await findImportArchive(options, output, io);
    const council = archive.council;
    const ruleIds = Object.keys(council.value.rules);
    const rule =
      options.rule !== undefined || ruleIds.length === 1
        ? chooseRule(council.value, options.rule)
        : undefined;
    const places = await councilPlaces(council);
    const imported = rollCallsFromVoteEvents(input, {
      council: council.value,
      places,
      rule,
      ruleGiven: options.rule !== undefined,
      ...(missingAs === undefined ? {} : { missingAs }),
      measures: new Set(archive.references.ids('ordinance')),
    });
    const warnings: Diagnostic[] = imported.diagnostics.filter((d) => d.severity === 'warning');
    const errors = imported.diagnostics.filter((d) => d.severity === 'error');
    if (errors.length > 0) {
      await printProblems(warnings, sources, io);
      throw new DataProblems(errors, sources);
    }
    const planned: PlannedFile[] = imported.rollCalls.map((rollCall) => ({
      path: output === undefined ? `${rollCall.id}.yaml` : join(output, `${rollCall.id}.yaml`),
      text: renderRollCall(rollCall, []),
      data: rollCall,
    }));
    return await finishImport(
      {
        planned,
        references: archive.references,
        warnings,
        sources,
        output,
        force: options.force === true,
      },
      io,
    );
  } catch (error) {
    if (error instanceof DataProblems) {
      await printProblems(error.diagnostics, error.sources, io, error.notWritten);
      io.stderr.write('overrule: nothing was written\n');
      return EXIT.dataErrors;
    }
    throw error;
  }
}

/** The JSON file, or standard input for `-`. */
async function readInput(file: string, io: Io, maxFileSize: number): Promise<JsonInput> {
  if (file === '-') {
    const bytes =
      (await readStdinArgument(['-'], io, 'import ocd', maxFileSize)) ?? new Uint8Array();
    const decoded = decodeSource(bytes, '<stdin>', maxFileSize);
    if (decoded.kind !== 'text') {
      throw new DataProblems(
        decoded.kind === 'refused'
          ? [decoded.diagnostic]
          : [
              {
                code: 'io/unreadable',
                severity: 'error',
                file: '<stdin>',
                message: decoded.message,
              },
            ],
      );
    }
    const parsed = parseJsonInput('<stdin>', decoded.source.text);
    if (!parsed.ok)
      throw new DataProblems([parsed.diagnostic], new Map([['<stdin>', decoded.source]]));
    return parsed.input;
  }
  const read = readJsonInputs([file], io, maxFileSize);
  const [input] = read.inputs;
  if (read.problems.length > 0 || input === undefined) {
    throw new DataProblems(read.problems, read.sources);
  }
  return input;
}
