import { Command, CommanderError } from 'commander';
import { InvariantError } from '../basics/assert.js';
import { EXIT, UsageError } from './errors.js';
import { addInteropCommands } from './interop-commands.js';
import { recordingInputs } from '../load/run-inputs.js';
import { escapeInMessage } from '../report/safe-text.js';
import { WriteFailed, WriteRefused } from './write-errors.js';
import { withInterruptHandling } from './interrupts.js';
import { OutputClosed, OutputFailed } from './process-streams.js';
import type { Io } from './io.js';
import { VERSION } from './version.js';
import { addAnalysisCommands } from './commands-analysis.js';
import { addRecordCommands } from './commands-records.js';
import { commanderOutput, unknownHelpTopic, usageMessage } from './commander-output.js';

/**
 * Runs overrule with the given arguments (without `node` and the script name)
 * and returns the exit code. Never calls `process.exit`; never throws. A
 * failure to write standard output ends the run: quietly when its reader
 * has gone (EPIPE), else in one line; either way with exit code 2.
 */
export function run(argv: readonly string[], io: Io): Promise<number> {
  // one record of the run's inputs, and one set of signal handlers, for the whole run
  return recordingInputs(() => withInterruptHandling(() => runProgram(argv, io)));
}

async function runProgram(argv: readonly string[], io: Io): Promise<number> {
  let exitCode: number = EXIT.ok;
  const program = buildProgram(io, (code) => {
    exitCode = code;
  });
  let code: number;
  try {
    const unknown = unknownHelpTopic(program, argv);
    if (unknown !== undefined) {
      io.stderr.write(usageMessage(`unknown command '${unknown}'`, 'overrule'));
      return EXIT.usage;
    }
    await program.parseAsync([...argv], { from: 'user' });
    code = exitCode;
  } catch (error) {
    code = handleError(error, io, argv.includes('--debug'));
  }
  try {
    await io.stdout.settle?.();
  } catch (error) {
    return handleError(error, io, false);
  }
  return code;
}

function handleError(error: unknown, io: Io, debug: boolean): number {
  if (error instanceof OutputClosed) return EXIT.usage;
  if (
    error instanceof OutputFailed ||
    error instanceof WriteFailed ||
    error instanceof WriteRefused
  ) {
    io.stderr.write(`overrule: ${escapeInMessage(error.message)}\n`);
    return EXIT.usage;
  }
  if (error instanceof CommanderError) {
    if (
      error.code === 'commander.helpDisplayed' ||
      error.code === 'commander.version' ||
      error.code === 'commander.help'
    ) {
      return EXIT.ok;
    }
    // commander has already printed its message (through configureOutput)
    return EXIT.usage;
  }
  if (error instanceof UsageError) {
    io.stderr.write(`overrule: ${escapeInMessage(error.message)}\n`);
    return EXIT.usage;
  }
  const detail = error instanceof Error ? error.message : String(error);
  const kind = error instanceof InvariantError ? 'internal error' : 'unexpected error';
  io.stderr.write(`overrule: ${kind}: ${detail}\n`);
  io.stderr.write(
    'This is a bug in overrule. Please report it, with the command and files that caused it.\n',
  );
  if (debug && error instanceof Error && error.stack !== undefined) {
    io.stderr.write(`${error.stack}\n`);
  } else {
    io.stderr.write('Run again with --debug to see where it happened.\n');
  }
  return EXIT.internal;
}

type SetExit = (code: number) => void;

function buildProgram(io: Io, setExit: SetExit): Command {
  const program: Command = new Command('overrule')
    .description(
      'Validate city council data and compute supermajority override arithmetic exactly.',
    )
    .version(VERSION, '-V, --version')
    .option('--debug', 'show stack traces for internal errors')
    .showSuggestionAfterError(true)
    .configureOutput(commanderOutput(io, () => program))
    .exitOverride();
  program.addHelpText(
    'after',
    `
Examples:
  overrule validate ordinances/milwaukee
  overrule tally ordinances/milwaukee/roll-calls/2023-07-11-230359.yaml
  overrule whip ordinances/milwaukee/whip-counts/frt-moratorium-whip.yaml
  overrule threshold --seats 15 --fraction 2/3 --all-readings

Exit codes: 0 success, 1 data errors (or a failed tally under --expect-pass),
2 usage or file problems, 3 internal error.`,
  );

  const withCommon = (command: Command): Command =>
    command
      .option('-o, --output <file>', 'write the report to a file (atomically) instead of stdout')
      .option('--color', 'force colour on')
      .option('--no-color', 'turn colour off')
      .option('--debug', 'show stack traces for internal errors')
      .exitOverride()
      .configureOutput(commanderOutput(io, () => command));

  const context = { program, io, setExit, withCommon };
  addAnalysisCommands(context);
  addRecordCommands(context);
  addInteropCommands(program, io, setExit);

  return program;
}
