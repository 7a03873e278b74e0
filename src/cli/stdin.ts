import { UsageError } from './errors.js';
import type { Io } from './io.js';

/**
 * Reads standard input when `-` is among the paths. With stdin a terminal,
 * nothing is piped in: say how to use it instead of waiting forever.
 */
export async function readStdinArgument(
  paths: readonly string[],
  io: Io,
  command: string,
): Promise<Uint8Array | undefined> {
  if (!paths.includes('-')) return undefined;
  if (io.stdin.isTTY === true) {
    throw new UsageError(
      `"-" reads a file from standard input, but nothing is piped in.\n` +
        `  Try: cat file.yaml | overrule ${command} -\n` +
        `  Or:  overrule ${command} --help`,
    );
  }
  return io.stdin.readAll();
}
