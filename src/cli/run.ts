import { Argument, Command, CommanderError, Option } from 'commander';
import { InvariantError } from '../basics/assert.js';
import type { Shell } from './completion.js';
import { EXIT, UsageError } from './errors.js';
import { DEFAULT_MAX_FILE_SIZE } from '../load/read.js';
import {
  jobCount,
  MAX_SEATS,
  parseByteSize,
  shard,
  thresholdFraction,
  wholeNumber,
} from './flag-values.js';
import { formatOption } from './formats.js';
import type { Io } from './io.js';
import { TALLY_FORMATS } from './tally-formats.js';
import type { ThresholdOptions } from './threshold.js';
import { THRESHOLD_FORMATS } from './threshold-formats.js';
import { VALIDATE_FORMATS } from './validate-formats.js';
import { VERSION } from './version.js';
import { commanderOutput, unknownHelpTopic, usageMessage } from './commander-output.js';

/**
 * Runs overrule with the given arguments (without `node` and the script name)
 * and returns the exit code. Never calls `process.exit`; never throws.
 */
export async function run(argv: readonly string[], io: Io): Promise<number> {
  let exitCode: number = EXIT.ok;
  const program = buildProgram(io, (code) => {
    exitCode = code;
  });
  try {
    const unknown = unknownHelpTopic(program, argv);
    if (unknown !== undefined) {
      io.stderr.write(usageMessage(`unknown command '${unknown}'`, 'overrule'));
      return EXIT.usage;
    }
    await program.parseAsync([...argv], { from: 'user' });
    return exitCode;
  } catch (error) {
    return handleError(error, io, argv.includes('--debug'));
  }
}

function handleError(error: unknown, io: Io, debug: boolean): number {
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
    io.stderr.write(`overrule: ${error.message}\n`);
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

/** `--json`: the same as `--format json`, so not given with `--format`. */
function jsonOption(): Option {
  return new Option('--json', 'the same as --format json').conflicts('format');
}

function maxFileSizeOption(description: string): Option {
  return new Option('--max-file-size <size>', description)
    .argParser(parseByteSize)
    .default(DEFAULT_MAX_FILE_SIZE, `${DEFAULT_MAX_FILE_SIZE / 1024 ** 2}MB`);
}

/** A count of seats or members, from `min` (default 0) to MAX_SEATS. */
function countOption(flags: string, description: string, min = 0): Option {
  const flag = flags.split(' ')[0] ?? flags;
  return new Option(flags, description).argParser(wholeNumber(flag, min, MAX_SEATS));
}

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

  withCommon(
    program
      .command('validate')
      .description('check files and folders: schemas, references and cross-file rules')
      .argument('[paths...]', 'files or folders to check ("-" reads stdin)', ['.'])
      .addOption(formatOption(VALIDATE_FORMATS, 'output format'))
      .option('--strict', 'treat warnings as errors (exit 1)')
      .option('-q, --quiet', 'print errors only: no warnings, no summary')
      .addOption(maxFileSizeOption('refuse files larger than this (e.g. 8MB)'))
      .addOption(
        new Option('-j, --jobs <n>', 'threads to check files on (default: one per core)').argParser(
          jobCount,
        ),
      )
      .addOption(
        new Option(
          '--shard <i/n>',
          'report only the i-th of n parts of the files, split by path (every file is still read)',
        ).argParser(shard),
      ),
  )
    .addHelpText(
      'after',
      `
Examples:
  overrule validate                          # everything under the current folder
  overrule validate ordinances/milwaukee --format json
  overrule validate council.yaml roll-calls/ --strict
  overrule validate archive/ --shard 2/4     # one job of a CI matrix of four
  cat roll-call.yaml | overrule validate -`,
    )
    .action(async (paths: string[], options: Record<string, unknown>) => {
      const { validateCommand } = await import('./validate.js');
      setExit(await validateCommand(paths, options, io));
    });

  withCommon(
    program
      .command('tally')
      .description('compute a roll call under its rule and report it')
      .argument('<file>', 'a roll-call file ("-" reads stdin)')
      .option('--data <dir>', 'the folder holding the council (default: nearest one upwards)')
      .option('--id <id>', 'which roll call, when the file holds several')
      .addOption(formatOption(TALLY_FORMATS, 'output format (default table)'))
      .addOption(jsonOption())
      .option('--expect-pass', 'exit 1 unless the result is passed (for CI)')
      .addOption(maxFileSizeOption('refuse files larger than this (e.g. 8MB)')),
  )
    .addHelpText(
      'after',
      `
Examples:
  overrule tally ordinances/milwaukee/roll-calls/2023-07-11-230359.yaml
  overrule tally roll-calls/2026-03-03.yaml --format markdown > tally.md
  overrule tally roll-call.yaml --format html --output tally.html
  overrule tally roll-call.yaml --json
  overrule tally roll-call.yaml --expect-pass     # exit 1 when failed or no quorum
  cat roll-call.yaml | overrule tally - --data ordinances/milwaukee`,
    )
    .action(async (file: string, options: Record<string, unknown>) => {
      const { tallyCommand } = await import('./tally.js');
      setExit(await tallyCommand(file, options, io));
    });

  withCommon(
    program
      .command('report')
      .description(
        'a publishable report of an archive: measures, roll calls, members, divided votes',
      )
      .argument('[paths...]', 'files or folders holding the council and its roll calls', ['.'])
      .addOption(
        new Option('-f, --format <format>', 'output format (default markdown)').choices([
          'markdown',
          'html',
          'json',
          'csv',
        ]),
      )
      .addOption(
        new Option(
          '--flavor <flavor>',
          'markdown for any renderer, or with GitHub alert blocks (default plain)',
        ).choices(['plain', 'github']),
      )
      .option('--from <date>', 'only roll calls on or after this date (YYYY-MM-DD)')
      .option('--to <date>', 'only roll calls on or before this date (YYYY-MM-DD)')
      .option('--measure <id>', 'only the roll calls on this measure')
      .option('--max-file-size <size>', 'refuse files larger than this (e.g. 8MB)', '4MB'),
  )
    .addHelpText(
      'after',
      `
Examples:
  overrule report ordinances/milwaukee --format html --output report.html
  overrule report ordinances/milwaukee > report.md
  overrule report ordinances/milwaukee --format markdown --flavor github
  overrule report . --from 2024-04-16 --to 2025-04-15 --format csv > votes.csv
  overrule report . --measure 230359 --format json`,
    )
    .action(async (paths: string[], options: Record<string, unknown>) => {
      const { reportCommand } = await import('./report.js');
      setExit(await reportCommand(paths, options, io));
    });

  withCommon(
    program
      .command('threshold')
      .description('the override arithmetic alone, from flags; --all-readings compares them all')
      .addOption(
        countOption('--seats <n>', 'authorized seats, vacancies included', 1).makeOptionMandatory(),
      )
      .addOption(countOption('--vacancies <n>', 'vacant seats (default 0)'))
      .addOption(countOption('--recused <n>', 'members recused (default 0)'))
      .addOption(
        countOption(
          '--present <n>',
          'members present (default: every member in office not recused)',
        ),
      )
      .addOption(countOption('--voting <n>', 'ayes plus noes (default: the members present)'))
      .addOption(
        new Option('--fraction <p/q>', 'the fraction required, exactly: 2/3, 1/2, 1/1')
          .argParser(thresholdFraction)
          .makeOptionMandatory(),
      )
      .addOption(
        new Option('--of <base>', 'the base (default seats)').choices([
          'seats',
          'members',
          'eligible',
          'present',
          'voting',
        ]),
      )
      .addOption(
        new Option('--compare <comparison>', 'at-least or more-than (default at-least)').choices([
          'at-least',
          'more-than',
        ]),
      )
      .addOption(countOption('--minimum <n>', 'ayes may never be fewer than this'))
      .addOption(
        new Option('--all-readings', 'every base and comparison side by side').conflicts([
          'of',
          'compare',
        ]),
      )
      .addOption(formatOption(THRESHOLD_FORMATS, 'output format'))
      .addOption(jsonOption()),
  )
    .addHelpText(
      'after',
      `
Examples:
  overrule threshold --seats 15 --fraction 2/3                 # 10
  overrule threshold --seats 15 --fraction 2/3 --compare more-than
  overrule threshold --seats 15 --vacancies 1 --fraction 2/3 --of members
  overrule threshold --seats 15 --fraction 2/3 --all-readings  # 10 or 11?
  overrule threshold --seats 15 --fraction 2/3 --json`,
    )
    // commander has parsed the values and checked the mandatory flags
    .action(async (options: ThresholdOptions) => {
      const { thresholdCommand } = await import('./threshold.js');
      setExit(await thresholdCommand(options, io));
    });

  withCommon(
    program
      .command('fmt')
      .description('rewrite files in canonical form, keeping comments; --check for CI')
      .argument('[paths...]', 'files or folders to format ("-" formats stdin to stdout)', ['.'])
      .option('--check', 'write nothing; list the files that would change and exit 1 if any')
      .addOption(maxFileSizeOption('leave files larger than this alone (e.g. 8MB)')),
  )
    .addHelpText(
      'after',
      `
Canonical form: keys in the order of the kind's schema (unknown keys after the
known ones), vote words aye/no (yes and yea become aye, nay becomes no), two
spaces per level. Comments, blank lines, quoting and line endings are kept.
A file with YAML errors, or one fmt cannot reproduce faithfully, is never
written: the reason is printed and the exit code is 1.

Examples:
  overrule fmt                               # everything under the current folder
  overrule fmt ordinances/milwaukee --check  # in CI: exit 1 when a file needs formatting
  overrule fmt roll-calls/2026-03-03.yaml
  cat roll-call.yaml | overrule fmt - > formatted.yaml`,
    )
    .action(async (paths: string[], options: Record<string, unknown>) => {
      const { fmtCommand } = await import('./fmt.js');
      setExit(await fmtCommand(paths, options, io));
    });

  withCommon(
    program
      .command('init')
      .description('scaffold a council repository: examples, schemas, a CI workflow, pre-commit')
      .addArgument(
        new Argument('[dir]', 'the folder to create or fill').default('.', 'the current folder'),
      ),
  )
    .addHelpText(
      'after',
      `
Existing files are never overwritten: each one is reported and skipped.

Examples:
  overrule init my-council
  overrule init && overrule validate`,
    )
    .action(async (dir: string) => {
      const { initCommand } = await import('./init.js');
      setExit(initCommand(dir, io));
    });

  withCommon(
    program
      .command('schema')
      .description('print the JSON Schemas (all kinds, or one), or write them as files')
      .addArgument(
        new Argument('[kind]', 'one kind').choices([
          'council',
          'directive',
          'ordinance',
          'roll-call',
          'whip-count',
        ]),
      )
      .option('--write <dir>', 'write <kind>.schema.json files into this folder instead'),
  )
    .addHelpText(
      'after',
      `
Examples:
  overrule schema                            # { "council": {...}, "directive": {...}, ... }
  overrule schema roll-call > roll-call.schema.json
  overrule schema --write schemas/`,
    )
    .action(async (kind: string | undefined, options: Record<string, unknown>) => {
      const { schemaCommand } = await import('./schema.js');
      setExit(schemaCommand(kind, options, io));
    });

  withCommon(
    program
      .command('completion')
      .description('print a shell completion script')
      .addArgument(new Argument('<shell>', 'the shell').choices(['bash', 'zsh', 'fish'])),
  )
    .addHelpText(
      'after',
      `
Examples:
  overrule completion bash > ~/.local/share/bash-completion/completions/overrule
  overrule completion zsh > "\${fpath[1]}/_overrule"
  overrule completion fish > ~/.config/fish/completions/overrule.fish`,
    )
    // commander has checked the shell against the choices
    .action(async (shell: Shell, options: Record<string, unknown>) => {
      const { completionCommand } = await import('./completion.js');
      setExit(completionCommand(shell, options, program, io));
    });

  return program;
}
