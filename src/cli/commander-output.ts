import type { Command, OutputConfiguration } from 'commander';
import type { Io } from './io.js';

/**
 * Where commander writes, for `command`: help to stdout, and its error
 * messages (an unknown option, a missing or invalid argument) in overrule's
 * own form, `overrule: MESSAGE` and a hint naming the help to read.
 */
export function commanderOutput(io: Io, command: () => Command): OutputConfiguration {
  return {
    writeOut: (text) => {
      io.stdout.write(text);
    },
    writeErr: (text) => {
      io.stderr.write(text);
    },
    outputError: (text) => {
      io.stderr.write(usageMessage(text, commandPath(command())));
    },
  };
}

/** commander's `error: MESSAGE` as overrule says it, with a hint line. */
export function usageMessage(text: string, path: string): string {
  const message = text.replace(/^error: /, '').trimEnd();
  return `overrule: ${message}\nhint: see \`${path} --help\`\n`;
}

/** `overrule` or `overrule tally`: how the user named the command. */
function commandPath(command: Command): string {
  const names: string[] = [];
  for (let at: Command | null = command; at !== null; at = at.parent) names.unshift(at.name());
  return names.join(' ');
}

/** `overrule help NAME` for a NAME that is no command: NAME. */
export function unknownHelpTopic(program: Command, argv: readonly string[]): string | undefined {
  const [first, topic] = argv;
  if (first !== 'help' || topic === undefined || topic.startsWith('-')) return undefined;
  const known = program.commands.some((c) => c.name() === topic || c.aliases().includes(topic));
  return known || topic === 'help' ? undefined : topic;
}
