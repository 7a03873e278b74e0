import { SourceText } from '../diagnostics/source-text.js';
import { parseJsonInput, type JsonInput } from '../interop/json-input.js';
import { rollCallsFromVoteEvents } from '../interop/ocd-import.js';
import { decodeSource } from '../load/read.js';
import { finishImport } from './interop-finish.js';
import { findImportArchive, importRollCallFiles, runImport } from './import-roll-calls.js';
import { chooseRule, DataProblems, outputFolder, readJsonInputs } from './interop-io.js';
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
  return runImport(io, async () => {
    const input = await readInput(file, io, maxFileSize);
    const sources = new Map([[input.file, new SourceText(input.file, input.text)]]);
    const archive = await findImportArchive(options, output, io);
    const ruleIds = Object.keys(archive.council.value.rules);
    const rule =
      options.rule !== undefined || ruleIds.length === 1
        ? chooseRule(archive.council.value, options.rule)
        : undefined;
    const imported = await importRollCallFiles(
      archive,
      (council, places) =>
        rollCallsFromVoteEvents(input, {
          council: council.value,
          places,
          rule,
          ruleGiven: options.rule !== undefined,
          ...(missingAs === undefined ? {} : { missingAs }),
          measures: new Set(archive.references.ids('ordinance')),
        }),
      { earlier: [], sources, output, io },
    );
    return await finishImport(
      {
        planned: imported.files,
        references: archive.references,
        warnings: imported.warnings,
        sources,
        output,
        force: options.force === true,
      },
      io,
    );
  });
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
