import { Argument } from 'commander';
import type { Shell } from './completion.js';
import { ignoreOption, maxFileSizeOption, type CommandContext } from './command-context.js';

/** `roll-call`, `fmt`, `init`, `schema` and `completion`. */
export function addRecordCommands(context: CommandContext): void {
  const { program, io, setExit, withCommon } = context;
  const rollCall = withCommon(
    program
      .command('roll-call')
      .description("the clerk's interactive roll call: one key per member, every key saved")
      .option('--rule <id>', 'the council rule that decides the vote (required)')
      .option('--date <date>', 'the day of the vote, YYYY-MM-DD (required)')
      .option('--measure <id>', 'the ordinance or resolution voted on')
      .option('--motion <text>', 'the motion as put to the council')
      .option('--data <dir>', 'the folder holding the council (default: nearest one upwards)')
      .option('--council <id>', 'which council, when the folder holds several')
      .option('--keys <keys>', 'press these keys instead of reading the terminal (\\n is Enter)')
      .option(
        '--discard-journal',
        'remove FILE.journal left by another roll call, and start afresh',
      )
      .addOption(ignoreOption())
      .option('--max-file-size <size>', 'refuse files larger than this (e.g. 8MB)', '4MB'),
  )
    .addHelpText(
      'after',
      `
Keys: y aye, n no, a abstain, p present, v not voting, r recused, e excused,
x absent; u or Backspace undoes the last vote; Enter saves once every member
has voted; Ctrl-C stops (run the same command again to resume). Every key is
saved to FILE.journal before the screen shows it; FILE is written only at the
end, atomically, and never over an existing file. --output is required.

Examples:
  overrule roll-call --rule policy-override --date 2026-03-24 --measure hyp-2026-frt \\
    --output ordinances/milwaukee/roll-calls/2026-03-24-frt.yaml
  overrule roll-call --rule passage --date 2026-03-24 --motion "Adopt the budget" \\
    --data ordinances/milwaukee --output budget.yaml --keys "yyyyyyyyyyyynnn\\n"
  printf 'yyyyyyyyyyyynnn\\n' | overrule roll-call --rule passage --date 2026-03-24 \\
    --data ordinances/milwaukee --output budget.yaml`,
    )
    .action(async (options: Record<string, unknown>) => {
      const { rollCallCommand } = await import('./roll-call.js');
      setExit(await rollCallCommand(options, io));
    });
  const rollCallOutput = rollCall.options.find((o) => o.long === '--output');
  if (rollCallOutput !== undefined) {
    rollCallOutput.description =
      'the roll call file, *.yaml (required); keys are kept in FILE.journal';
  }

  withCommon(
    program
      .command('fmt')
      .description('rewrite files in canonical form, keeping comments; --check for CI')
      .argument('[paths...]', 'files or folders to format ("-" formats stdin to stdout)', ['.'])
      .option('--check', 'write nothing; list the files that would change and exit 1 if any')
      .addOption(ignoreOption())
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
Where a council is already (in DIR, under it or above it), the examples are
left out: only the schemas, the workflow and pre-commit are added.

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
}
