import { Command, Option } from 'commander';
import { DEFAULT_MAX_FILE_SIZE } from '../load/read.js';
import { MAX_SEATS, parseByteSize, wholeNumber } from './flag-values.js';
import type { Io } from './io.js';

/** What a group of commands is added with. */
export interface CommandContext {
  readonly program: Command;
  readonly io: Io;
  readonly setExit: (code: number) => void;
  /** Adds the options every command takes (--output, --color, --debug) and overrule's messages. */
  readonly withCommon: (command: Command) => Command;
}

/** `--json`: the same as `--format json`, so not given with `--format`. */
export function jsonOption(): Option {
  return new Option('--json', 'the same as --format json').conflicts('format');
}

export function maxFileSizeOption(description: string): Option {
  return new Option('--max-file-size <size>', description)
    .argParser(parseByteSize)
    .default(DEFAULT_MAX_FILE_SIZE, `${DEFAULT_MAX_FILE_SIZE / 1024 ** 2}MB`);
}

/** A count of seats or members, from `min` (default 0) to MAX_SEATS. */
export function countOption(flags: string, description: string, min = 0): Option {
  const flag = flags.split(' ')[0] ?? flags;
  return new Option(flags, description).argParser(wholeNumber(flag, min, MAX_SEATS));
}

/** `--ignore GLOB`, repeatable: paths every walk of the command leaves out. */
export function ignoreOption(): Option {
  return new Option(
    '--ignore <glob>',
    'leave out paths matching this pattern (gitignore syntax; repeatable)',
  )
    .argParser((value: string, previous: readonly string[] | undefined) => [
      ...(previous ?? []),
      value,
    ])
    .default([], 'none');
}
