import type { Argument, Command, Option } from 'commander';
import { throwIllegalValue } from '../basics/assert.js';
import { EXIT } from './errors.js';
import type { Io } from './io.js';
import { openReportOutput } from './output.js';

export type Shell = 'bash' | 'zsh' | 'fish';

/** What a word can be completed with. */
type Completion =
  | { readonly type: 'none' }
  | { readonly type: 'files' }
  | { readonly type: 'dirs' }
  | { readonly type: 'words'; readonly words: readonly string[] };

interface OptionSpec {
  readonly short?: string;
  readonly long?: string;
  readonly description: string;
  /** Undefined for a flag; otherwise what its value completes with. */
  readonly value?: Completion;
}

interface CommandSpec {
  readonly name: string;
  readonly description: string;
  readonly options: readonly OptionSpec[];
  /** What the command's positional arguments complete with. */
  readonly argument: Completion;
}

interface CompletionModel {
  readonly program: string;
  readonly options: readonly OptionSpec[];
  readonly commands: readonly CommandSpec[];
}

/**
 * `overrule completion bash|zsh|fish`: a completion script for the shell,
 * generated from the commands and options as they are declared, so every
 * command, option and allowed value (formats, kinds, bases) is offered.
 */
export function completionCommand(
  shell: Shell,
  options: { readonly output?: string },
  program: Command,
  io: Io,
): number {
  const model = describeProgram(program);
  let script: string;
  switch (shell) {
    case 'bash':
      script = renderBash(model);
      break;
    case 'zsh':
      script = renderZsh(model);
      break;
    case 'fish':
      script = renderFish(model);
      break;
    default:
      return throwIllegalValue(shell, 'shell');
  }
  const output = openReportOutput(io, options.output);
  output.stream.write(script);
  output.finish();
  return EXIT.ok;
}

const HELP: OptionSpec = { short: '-h', long: '--help', description: 'show help' };

function describeProgram(program: Command): CompletionModel {
  // commander's own list of what help shows, less its implicit `help` command
  const commands: CommandSpec[] = program
    .createHelp()
    .visibleCommands(program)
    .filter((c) => program.commands.includes(c))
    .map((c) => ({
      name: c.name(),
      description: c.description(),
      options: [...c.options.filter((o) => !o.hidden).map(describeOption), HELP],
      argument: describeArguments(c.registeredArguments),
    }));
  commands.push({
    name: 'help',
    description: 'show help for a command',
    options: [],
    argument: { type: 'words', words: commands.map((c) => c.name) },
  });
  return {
    program: program.name(),
    options: [
      ...program.options.filter((o) => !o.hidden).map(describeOption),
      { short: '-V', long: '--version', description: 'print the version' },
      HELP,
    ].filter(unique),
    commands,
  };
}

function unique(option: OptionSpec, index: number, all: readonly OptionSpec[]): boolean {
  return all.findIndex((o) => o.long === option.long && o.short === option.short) === index;
}

function describeOption(option: Option): OptionSpec {
  const takesValue = option.required || option.optional;
  const name = option.long ?? option.short ?? '';
  const value: Completion | undefined = !takesValue
    ? undefined
    : option.argChoices !== undefined
      ? { type: 'words', words: option.argChoices }
      : /output/.test(name)
        ? { type: 'files' }
        : /dir|data|write/.test(name) || /<dir>/.test(option.flags)
          ? { type: 'dirs' }
          : { type: 'none' };
  return {
    ...(option.short === undefined ? {} : { short: option.short }),
    ...(option.long === undefined ? {} : { long: option.long }),
    description: option.description,
    ...(value === undefined ? {} : { value }),
  };
}

function describeArguments(args: readonly Argument[]): Completion {
  const first = args[0];
  if (first === undefined) return { type: 'none' };
  if (first.argChoices !== undefined) return { type: 'words', words: first.argChoices };
  return /dir/.test(first.name()) ? { type: 'dirs' } : { type: 'files' };
}

// ---- bash

function renderBash(model: CompletionModel): string {
  const fn = `_${model.program.replace(/[^A-Za-z0-9_]/g, '_')}_completion`;
  const commandNames = model.commands.map((c) => c.name).join(' ');
  const lines: string[] = [
    `# bash completion for ${model.program}`,
    `# Install: ${model.program} completion bash > ~/.local/share/bash-completion/completions/${model.program}`,
    `# or add to ~/.bashrc: source <(${model.program} completion bash)`,
    `${fn}() {`,
    '  local cur="${COMP_WORDS[COMP_CWORD]}"',
    '  local prev=""',
    '  if (( COMP_CWORD > 0 )); then prev="${COMP_WORDS[COMP_CWORD-1]}"; fi',
    '  local command="" i',
    '  for (( i = 1; i < COMP_CWORD; i++ )); do',
    '    case "${COMP_WORDS[i]}" in',
    '      -*) ;;',
    '      *) command="${COMP_WORDS[i]}"; break ;;',
    '    esac',
    '  done',
    '  COMPREPLY=()',
    '  if [[ -z "$command" ]]; then',
    `    COMPREPLY=( $(compgen -W "${commandNames} ${flagWords(model.options)}" -- "$cur") )`,
    '    return 0',
    '  fi',
    '  case "$command" in',
  ];
  for (const command of model.commands) {
    lines.push(`    ${command.name})`);
    const valued = command.options.filter((o) => o.value !== undefined);
    if (valued.length > 0) {
      lines.push('      case "$prev" in');
      for (const option of valued) {
        lines.push(
          `        ${optionNames(option).join('|')}) ${bashCompletion(option.value ?? { type: 'none' })}; return 0 ;;`,
        );
      }
      lines.push('      esac');
    }
    lines.push(
      '      if [[ "$cur" == -* ]]; then',
      `        COMPREPLY=( $(compgen -W "${flagWords(command.options)}" -- "$cur") )`,
      '        return 0',
      '      fi',
      `      ${bashCompletion(command.argument)}`,
      '      ;;',
    );
  }
  lines.push('  esac', '  return 0', '}', `complete -o filenames -F ${fn} ${model.program}`, '');
  return lines.join('\n');
}

function bashCompletion(completion: Completion): string {
  switch (completion.type) {
    case 'none':
      return 'COMPREPLY=()';
    case 'files':
      return 'COMPREPLY=( $(compgen -f -- "$cur") )';
    case 'dirs':
      return 'COMPREPLY=( $(compgen -d -- "$cur") )';
    case 'words':
      return `COMPREPLY=( $(compgen -W "${completion.words.join(' ')}" -- "$cur") )`;
    default:
      return throwIllegalValue(completion, 'completion');
  }
}

function optionNames(option: OptionSpec): string[] {
  return [option.short, option.long].filter((n): n is string => n !== undefined);
}

function flagWords(options: readonly OptionSpec[]): string {
  return options.flatMap((o) => (o.long === undefined ? optionNames(o) : [o.long])).join(' ');
}

// ---- zsh

function renderZsh(model: CompletionModel): string {
  const fn = `_${model.program.replace(/[^A-Za-z0-9_]/g, '_')}`;
  const lines: string[] = [
    `#compdef ${model.program}`,
    `# zsh completion for ${model.program}`,
    `# Install: ${model.program} completion zsh > "\${fpath[1]}/_${model.program}"`,
    `# or add to ~/.zshrc (after compinit): source <(${model.program} completion zsh)`,
    `${fn}() {`,
    '  local curcontext="$curcontext" state line',
    '  typeset -A opt_args',
    '  local -a commands',
    '  commands=(',
    ...model.commands.map((c) => `    ${zshQuote(`${c.name}:${c.description}`)}`),
    '  )',
    '  _arguments -C \\',
    ...model.options.map((o) => `    ${zshOptionSpec(o)} \\`),
    "    '1: :->command' \\",
    "    '*:: :->args'",
    '  case $state in',
    '    command)',
    `      _describe -t commands '${model.program} command' commands`,
    '      ;;',
    '    args)',
    '      case $words[1] in',
  ];
  for (const command of model.commands) {
    lines.push(`        ${command.name})`, '          _arguments \\');
    for (const option of command.options) lines.push(`            ${zshOptionSpec(option)} \\`);
    lines.push(`            ${zshQuote(`*: :${zshAction(command.argument)}`)}`, '          ;;');
  }
  lines.push(
    '      esac',
    '      ;;',
    '  esac',
    '}',
    `if [[ "\${funcstack[1]}" == "${fn}" ]]; then`,
    `  ${fn} "$@"`,
    'else',
    `  compdef ${fn} ${model.program}`,
    'fi',
    '',
  );
  return lines.join('\n');
}

function zshOptionSpec(option: OptionSpec): string {
  const names = optionNames(option);
  const description = `[${zshEscapeDescription(option.description)}]`;
  const value = option.value === undefined ? '' : `: :${zshAction(option.value)}`;
  if (names.length === 1) return zshQuote(`${names[0] ?? ''}${description}${value}`);
  const exclusion = `(${names.join(' ')})`;
  return `${zshQuote(exclusion)}{${names.join(',')}}${zshQuote(`${description}${value}`)}`;
}

function zshAction(completion: Completion): string {
  switch (completion.type) {
    case 'none':
      return ' ';
    case 'files':
      return '_files';
    case 'dirs':
      return '_files -/';
    case 'words':
      return `(${completion.words.join(' ')})`;
    default:
      return throwIllegalValue(completion, 'completion');
  }
}

function zshEscapeDescription(text: string): string {
  return text.replace(/[[\]:\\]/g, (c) => `\\${c}`);
}

/** A zsh single-quoted word. */
function zshQuote(text: string): string {
  return `'${text.replace(/'/g, "'\\''")}'`;
}

// ---- fish

function renderFish(model: CompletionModel): string {
  const p = model.program;
  const lines: string[] = [
    `# fish completion for ${p}`,
    `# Install: ${p} completion fish > ~/.config/fish/completions/${p}.fish`,
    `complete -c ${p} -f`,
  ];
  for (const option of model.options) {
    lines.push(`complete -c ${p} -n '__fish_use_subcommand' ${fishOption(option)}`);
  }
  for (const command of model.commands) {
    lines.push(
      `complete -c ${p} -n '__fish_use_subcommand' -a ${fishQuote(command.name)} -d ${fishQuote(command.description)}`,
    );
  }
  for (const command of model.commands) {
    const when = `-n ${fishQuote(`__fish_seen_subcommand_from ${command.name}`)}`;
    for (const option of command.options)
      lines.push(`complete -c ${p} ${when} ${fishOption(option)}`);
    const argument = fishArgument(command.argument);
    if (argument !== '') lines.push(`complete -c ${p} ${when} ${argument}`);
  }
  lines.push('');
  return lines.join('\n');
}

function fishOption(option: OptionSpec): string {
  const parts: string[] = [];
  if (option.short !== undefined) parts.push(`-s ${option.short.replace(/^-/, '')}`);
  if (option.long !== undefined) parts.push(`-l ${option.long.replace(/^--/, '')}`);
  if (option.value !== undefined) parts.push(fishValue(option.value));
  parts.push(`-d ${fishQuote(option.description)}`);
  return parts.join(' ');
}

function fishValue(completion: Completion): string {
  switch (completion.type) {
    case 'none':
      return '-x';
    case 'files':
      return '-r -F';
    case 'dirs':
      return `-x -a '(__fish_complete_directories)'`;
    case 'words':
      return `-x -a ${fishQuote(completion.words.join(' '))}`;
    default:
      return throwIllegalValue(completion, 'completion');
  }
}

function fishArgument(completion: Completion): string {
  switch (completion.type) {
    case 'none':
      return '';
    case 'files':
      return '-F';
    case 'dirs':
      return `-a '(__fish_complete_directories)'`;
    case 'words':
      return `-a ${fishQuote(completion.words.join(' '))}`;
    default:
      return throwIllegalValue(completion, 'completion');
  }
}

/** A fish single-quoted word. */
function fishQuote(text: string): string {
  return `'${text.replace(/[\\']/g, (c) => `\\${c}`)}'`;
}
