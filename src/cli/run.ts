import { Argument, Command, CommanderError, Option } from 'commander';
import { InvariantError } from '../basics/assert.js';
import { EXIT, UsageError } from './errors.js';
import type { Io } from './io.js';
import { WHIP_FORMAT_NAMES } from './whip-formats.js';
import {
  collectAssumption,
  parseChanceOption,
  parseTargetOption,
  type AssumeOption,
} from './whip-options.js';

export const VERSION = '0.1.0';

/** Options every command accepts. */
export interface CommonOptions {
  readonly color?: boolean;
  readonly debug?: boolean;
  readonly output?: string;
}

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

function buildProgram(io: Io, setExit: SetExit): Command {
  const program = new Command('overrule')
    .description(
      'Validate city council data and compute supermajority override arithmetic exactly.',
    )
    .version(VERSION, '-V, --version')
    .option('--debug', 'show stack traces for internal errors')
    .showSuggestionAfterError(true)
    .configureOutput({
      writeOut: (text) => {
        io.stdout.write(text);
      },
      writeErr: (text) => {
        io.stderr.write(text);
      },
    })
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
      .configureOutput({
        writeOut: (text) => {
          io.stdout.write(text);
        },
        writeErr: (text) => {
          io.stderr.write(text);
        },
      });

  withCommon(
    program
      .command('validate')
      .description('check files and folders: schemas, references and cross-file rules')
      .argument('[paths...]', 'files or folders to check ("-" reads stdin)', ['.'])
      .addOption(
        new Option('-f, --format <format>', 'output format').choices([
          'pretty',
          'json',
          'github',
          'sarif',
          'junit',
        ]),
      )
      .option('--strict', 'treat warnings as errors (exit 1)')
      .option('-q, --quiet', 'print errors only: no warnings, no summary')
      .option('--max-file-size <size>', 'refuse files larger than this (e.g. 8MB)', '4MB')
      .option('-j, --jobs <n>', 'threads to check files on (default: one per core)')
      .option(
        '--shard <i/n>',
        'report only the i-th of n parts of the files, split by path (every file is still read)',
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
      .addOption(
        new Option('-f, --format <format>', 'output format (default table)').choices([
          'table',
          'markdown',
          'json',
          'csv',
        ]),
      )
      .option('--json', 'the same as --format json')
      .option('--expect-pass', 'exit 1 unless the result is passed (for CI)')
      .option('--max-file-size <size>', 'refuse files larger than this (e.g. 8MB)', '4MB'),
  )
    .addHelpText(
      'after',
      `
Examples:
  overrule tally ordinances/milwaukee/roll-calls/2023-07-11-230359.yaml
  overrule tally roll-calls/2026-03-03.yaml --format markdown > tally.md
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
      .command('whip')
      .description('project a whip count: the exact chance of passage, and whom to persuade')
      .argument('<file>', 'a whip-count file ("-" reads stdin)')
      .option('--data <dir>', 'the folder holding the council (default: nearest one upwards)')
      .option('--id <id>', 'which whip count, when the file holds several')
      .addOption(
        new Option('-f, --format <format>', 'output format (default table)').choices(
          WHIP_FORMAT_NAMES,
        ),
      )
      .addOption(new Option('--json', 'the same as --format json').conflicts('format'))
      .addOption(
        new Option(
          '--target <chance>',
          'the chance of passage to persuade for (default 0.9)',
        ).argParser(parseTargetOption),
      )
      .addOption(
        new Option(
          '--assume <id=vote>',
          'what if: a member votes aye, no or is absent (repeatable)',
        ).argParser((value: string, previous: readonly AssumeOption[] | undefined) =>
          collectAssumption(value, previous),
        ),
      )
      .addOption(
        new Option(
          '--attendance <chance>',
          "what if: every member's chance of being present",
        ).argParser(parseChanceOption),
      )
      .option('--all-readings', 'the chance of passage under every base and comparison')
      .option('--max-file-size <size>', 'refuse files larger than this (e.g. 8MB)', '4MB'),
  )
    .addHelpText(
      'after',
      `
Chances are exact fractions, read from the decimals as written (0.95 is 95/100).

Examples:
  overrule whip ordinances/milwaukee/whip-counts/frt-moratorium-whip.yaml
  overrule whip whip.yaml --target 0.95            # whom to win for a 95% chance
  overrule whip whip.yaml --assume robert-bauman=no --assume jose-perez=absent
  overrule whip whip.yaml --attendance 0.8 --all-readings
  overrule whip whip.yaml --json > projection.json`,
    )
    .action(async (file: string, options: Record<string, unknown>) => {
      const { whipCommand } = await import('./whip.js');
      setExit(await whipCommand(file, options, io));
    });

  withCommon(
    program
      .command('threshold')
      .description('the override arithmetic alone, from flags; --all-readings compares them all')
      .option('--seats <n>', 'authorized seats, vacancies included')
      .option('--vacancies <n>', 'vacant seats (default 0)')
      .option('--recused <n>', 'members recused (default 0)')
      .option('--present <n>', 'members present (default: every member in office not recused)')
      .option('--voting <n>', 'ayes plus noes (default: the members present)')
      .option('--fraction <p/q>', 'the fraction required, exactly: 2/3, 1/2, 1/1')
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
      .option('--minimum <n>', 'ayes may never be fewer than this')
      .option('--all-readings', 'every base and comparison side by side')
      .addOption(new Option('-f, --format <format>', 'output format').choices(['text', 'json']))
      .option('--json', 'the same as --format json'),
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
    .action(async (options: Record<string, unknown>) => {
      const { thresholdCommand } = await import('./threshold.js');
      setExit(await thresholdCommand(options, io));
    });

  withCommon(
    program
      .command('fmt')
      .description('rewrite files in canonical form, keeping comments; --check for CI')
      .argument('[paths...]', 'files or folders to format ("-" formats stdin to stdout)', ['.'])
      .option('--check', 'write nothing; list the files that would change and exit 1 if any')
      .option('--max-file-size <size>', 'leave files larger than this alone (e.g. 8MB)', '4MB'),
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
      .argument('[dir]', 'the folder to create or fill (default: the current folder)', '.'),
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
    .action(async (shell: string, options: Record<string, unknown>) => {
      const { completionCommand } = await import('./completion.js');
      setExit(completionCommand(shell, options, program, io));
    });

  return program;
}
