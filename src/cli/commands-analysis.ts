import { Option } from 'commander';
import { jobCount, shard, thresholdFraction } from './flag-values.js';
import { formatOption } from './formats.js';
import { TALLY_FORMATS } from './tally-formats.js';
import type { ThresholdOptions } from './threshold.js';
import { THRESHOLD_FORMATS } from './threshold-formats.js';
import { VALIDATE_FORMATS } from './validate-formats.js';
import { WHIP_FORMAT_NAMES } from './whip-formats.js';
import {
  collectAssumption,
  parseChanceOption,
  parseTargetOption,
  type AssumeOption,
} from './whip-options.js';
import {
  countOption,
  ignoreOption,
  jsonOption,
  maxFileSizeOption,
  type CommandContext,
} from './command-context.js';

/** `validate`, `tally`, `report`, `whip` and `threshold`. */
export function addAnalysisCommands(context: CommandContext): void {
  const { program, io, setExit, withCommon } = context;
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
      )
      .option('--data <dir>', 'check the files given against the references in this folder')
      .addOption(ignoreOption()),
  )
    .addHelpText(
      'after',
      `
Examples:
  overrule validate                          # everything under the current folder
  overrule validate ordinances/milwaukee --format json
  overrule validate council.yaml roll-calls/ --strict
  overrule validate archive/ --shard 2/4     # one job of a CI matrix of four
  overrule validate . --ignore 'fixtures/'
  overrule validate roll-calls/2026-03-03.yaml --data .   # one file, against the whole tree
  cat roll-call.yaml | overrule validate - --data ordinances/milwaukee`,
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
      .addOption(ignoreOption())
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
      .addOption(ignoreOption())
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
      .addOption(ignoreOption())
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
}
