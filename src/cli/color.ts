import type { ChalkInstance } from 'chalk';
import type { OutputStream } from './io.js';

/** `--color` forces colour on, `--no-color` off; otherwise the environment decides. */
export type ColorFlag = boolean | undefined;

/**
 * Whether to colour a stream: the flag first, then FORCE_COLOR, then NO_COLOR
 * (any non-empty value), TERM=dumb, and whether the stream is a terminal.
 */
export function shouldColor(
  stream: OutputStream,
  env: Readonly<Record<string, string | undefined>>,
  flag: ColorFlag,
): boolean {
  if (flag !== undefined) return flag;
  const force = env['FORCE_COLOR'];
  if (force !== undefined && force !== '') return force !== '0' && force !== 'false';
  if ((env['NO_COLOR'] ?? '') !== '') return false;
  if (env['TERM'] === 'dumb') return false;
  return stream.isTTY === true;
}

/**
 * A chalk that colours when `shouldColor` says so for a stream (a terminal
 * or not) and plain text otherwise. Chalk is loaded only when asked for.
 */
export async function chalkFor(
  stream: Pick<OutputStream, 'isTTY'>,
  env: Readonly<Record<string, string | undefined>>,
  flag: ColorFlag,
): Promise<ChalkInstance> {
  const color = shouldColor({ write: () => undefined, isTTY: stream.isTTY === true }, env, flag);
  const { Chalk } = await import('chalk');
  return new Chalk({ level: color ? 1 : 0 });
}
