import { prepareInputs, type InputKind, type Inputs } from '../project/inputs.js';
import { printBlockingFindings } from './blocking-findings.js';
import { UsageError } from './errors.js';
import { indexChoice } from './index-choice.js';
import type { Io } from './io.js';
import { readStdinArgument } from './stdin.js';

export interface CommandInputOptions {
  readonly data?: string | undefined;
  readonly id?: string | undefined;
  readonly maxFileSize: number;
  readonly color?: boolean | undefined;
  readonly ignore?: readonly string[] | undefined;
}

/**
 * What FILE (or standard input, `-`) and the documents it refers to hold,
 * prepared for `tally` and `whip` alike (see prepareInputs). A usage problem
 * is thrown; findings that stop the command are printed as `validate`
 * prints them, ending `overrule: <stopped> until these errors are fixed`,
 * and the exit code (1) is returned instead.
 */
export async function prepareCommandInputs<K extends InputKind>(
  kind: K,
  file: string,
  options: CommandInputOptions,
  io: Io,
  words: { readonly command: string; readonly stopped: string },
): Promise<Inputs<K> | number> {
  const stdin = await readStdinArgument([file], io, words.command, options.maxFileSize);
  const prepared = await prepareInputs(kind, file, {
    cwd: io.cwd,
    maxFileSize: options.maxFileSize,
    data: options.data,
    id: options.id,
    stdin,
    ignore: options.ignore,
    index: indexChoice(io),
  });
  if (prepared.ok) return prepared.value;
  const failure = prepared.error;
  if (failure.kind === 'usage') throw new UsageError(failure.message);
  return printBlockingFindings(failure.diagnostics, failure.sources, io, {
    color: options.color,
    stopped: words.stopped,
  });
}
