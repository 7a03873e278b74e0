import { formatBytes } from '../load/read.js';
import { UsageError } from './errors.js';
import type { Io } from './io.js';

/**
 * Reads standard input when `-` is among the paths, up to the size cap. With
 * stdin a terminal, nothing is piped in: say how to use it instead of waiting
 * forever.
 */
export async function readStdinArgument(
  paths: readonly string[],
  io: Io,
  command: string,
  maxBytes: number,
): Promise<Uint8Array | undefined> {
  if (!paths.includes('-')) return undefined;
  if (io.stdin.isTTY === true) {
    throw new UsageError(
      `"-" reads a file from standard input, but nothing is piped in.\n` +
        `  Try: cat file.yaml | overrule ${command} -\n` +
        `  Or:  overrule ${command} --help`,
    );
  }
  return readStdinCapped(io, maxBytes);
}

/**
 * Reads standard input up to the size cap: more than `maxBytes` stops the
 * reading at once (the rest is never taken in) and is a usage problem.
 */
export async function readStdinCapped(io: Io, maxBytes: number): Promise<Uint8Array> {
  const bytes = await io.stdin.readAll(maxBytes);
  if (bytes.length > maxBytes) {
    throw new UsageError(
      `standard input is over the ${formatBytes(maxBytes)} cap; overrule stopped reading it\n` +
        '  hint: raise the cap with --max-file-size if the input is genuine',
    );
  }
  return bytes;
}
