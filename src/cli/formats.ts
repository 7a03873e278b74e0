import type { ChalkInstance } from 'chalk';
import { Option } from 'commander';

/**
 * What a renderer may ask of the command line: a chalk set up for where the
 * report goes (colour or not), made only when asked for.
 */
export interface RenderContext {
  readonly chalk: () => Promise<ChalkInstance>;
}

/**
 * `-f, --format` with a command's formats as its choices: the keys of the
 * command's registry of formats, so that a format is added in one place.
 */
export function formatOption(formats: object, description: string): Option {
  return new Option('-f, --format <format>', description).choices(Object.keys(formats));
}
