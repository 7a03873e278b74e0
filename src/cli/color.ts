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
