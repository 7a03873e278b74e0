import type { Command } from 'commander';
import { ignoreOption } from './command-context.js';
import type { Io } from './io.js';

/**
 * `overrule import legistar|ocd` and `overrule export ocd`, added to the
 * program; each command's code is loaded only when it runs.
 */
export function addInteropCommands(
  program: Command,
  io: Io,
  setExit: (code: number) => void,
): void {
  const configure = (command: Command): Command =>
    command
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

  const importCommand = configure(
    program
      .command('import')
      .description('make overrule files from Legistar or Open Civic Data JSON'),
  );
  importCommand.addHelpText(
    'after',
    `
Examples:
  overrule import legistar officerecords.json persons.json --id vienna-va --seats 7 --output vienna
  overrule import legistar votes/ eventitems/ events.json --output vienna/roll-calls
  overrule import ocd vote-events.json --output roll-calls`,
  );

  configure(
    importCommand
      .command('legistar')
      .description('office records become a roster; votes become roll calls')
      .argument('<files...>', 'Legistar Web API JSON files, or folders of them')
      .option('-o, --output <dir>', 'write the files into this folder (default: stdout)')
      .option('--force', 'overwrite files that exist')
      .option('--id <id>', 'the id of a new council (vienna-va)')
      .option('--name <name>', 'the name of a new council (default: the body name)')
      .option('--seats <n>', 'authorized seats (BodyNumberOfMembers is not reliable)')
      .option('--since <date>', 'keep only terms in force on or after this day')
      .option('--body <id>', 'the body whose office records to read, when there are several')
      .option('--join-gaps <days>', "join one person's terms this many days apart (default 0)")
      .option('--into <council.yaml>', 'update the members of this council file; keep the rest')
      .option('--data <dir>', 'the folder holding the council (default: nearest one upwards)')
      .option('--council <id>', 'which council, when the folder holds several')
      .addOption(ignoreOption())
      .option('--rule <id>', "the council's rule deciding these votes (default: its only rule)")
      .option('--date <date>', 'the date of votes whose event is not given')
      .option('--missing-as <vote>', 'record a member in office with no vote row as this vote')
      .option('--max-file-size <size>', 'refuse files larger than this', '64MB'),
  )
    .addHelpText(
      'after',
      `
Reads what the Legistar Web API returns, saved as JSON: /officerecords and
/persons (a roster), /eventitems/{id}/votes with /events/{id}/eventitems and
/events (roll calls), /bodies (the body's name). Every file written
validates, or nothing is written (exit 1, each problem with file:line:col).

Examples:
  overrule import legistar officerecords.json persons.json bodies.json \\
      --id vienna-va --name "Vienna Town Council" --seats 7 --output vienna
  overrule import legistar officerecords.json persons.json --into vienna/council.yaml
  overrule import legistar votes_*.json eventitems_*.json events.json --output vienna/roll-calls
  overrule import legistar votes_18705.json --date 2018-07-09 --missing-as absent --data vienna`,
    )
    .action(async (files: string[], options: Record<string, unknown>) => {
      const { importLegistarCommand } = await import('./import-legistar.js');
      setExit(await importLegistarCommand(files, options, io));
    });

  configure(
    importCommand
      .command('ocd')
      .description('Open Civic Data VoteEvents become roll calls')
      .argument('<file>', 'a VoteEvent, or an array of them (JSON)')
      .option('-o, --output <dir>', 'write the files into this folder (default: stdout)')
      .option('--force', 'overwrite files that exist')
      .option('--data <dir>', 'the folder holding the council (default: nearest one upwards)')
      .option('--council <id>', 'which council, when the folder holds several')
      .addOption(ignoreOption())
      .option(
        '--rule <id>',
        "the council's rule deciding these votes (default: extras.rule, or its only rule)",
      )
      .option('--missing-as <vote>', 'record a member in office with no vote as this vote')
      .option('--max-file-size <size>', 'refuse files larger than this', '64MB'),
  )
    .addHelpText(
      'after',
      `
Examples:
  overrule import ocd vote-events.json --data vienna --output vienna/roll-calls
  overrule export ocd vienna/roll-calls | overrule import ocd - --data vienna`,
    )
    .action(async (file: string, options: Record<string, unknown>) => {
      const { importOcdCommand } = await import('./import-ocd.js');
      setExit(await importOcdCommand(file, options, io));
    });

  const exportCommand = configure(
    program.command('export').description('publish computed results in other formats'),
  );
  configure(
    exportCommand
      .command('ocd')
      .description('roll calls become Open Civic Data VoteEvents, results computed')
      .argument('<path>', 'a roll-call file, or a folder of them')
      .option(
        '-o, --output <dir>',
        'write one <id>.json per roll call into this folder (default: stdout)',
      )
      .option('--force', 'overwrite files that exist')
      .option('--data <dir>', 'the folder holding the council (default: nearest one upwards)')
      .option('--hypothetical', 'include roll calls marked hypothetical (left out by default)')
      .addOption(ignoreOption())
      .option('--max-file-size <size>', 'refuse files larger than this (e.g. 8MB)', '4MB'),
  )
    .addHelpText(
      'after',
      `
Each VoteEvent's result is computed under the council's rule, never copied;
counts are derived from the votes; each vote keeps its overrule value in
\`note\`; the rule, its citation and the required ayes are under \`extras\`.

Examples:
  overrule export ocd vienna/roll-calls > vote-events.json
  overrule export ocd ordinances/milwaukee --output ocd/`,
    )
    .action(async (path: string, options: Record<string, unknown>) => {
      const { exportOcdCommand } = await import('./export-ocd.js');
      setExit(await exportOcdCommand(path, options, io));
    });
}
