import type { Io } from '../../src/cli/io.js';
import { run } from '../../src/cli/run.js';

/** An Io that keeps what a command writes, for tests of `run(argv, io)`. */
export interface MemoryIo extends Io {
  readonly out: () => string;
  readonly err: () => string;
}

export function memoryIo(
  options: { cwd?: string; stdin?: string; env?: Record<string, string>; tty?: boolean } = {},
): MemoryIo {
  const out: string[] = [];
  const err: string[] = [];
  const stdin = options.stdin;
  return {
    stdout: { write: (chunk) => out.push(chunk), isTTY: options.tty === true },
    stderr: { write: (chunk) => err.push(chunk), isTTY: false },
    stdin: {
      isTTY: stdin === undefined,
      readAll: () => Promise.resolve(new TextEncoder().encode(stdin ?? '')),
    },
    env: options.env ?? {},
    cwd: options.cwd ?? process.cwd(),
    out: () => out.join(''),
    err: () => err.join(''),
  };
}

/** Runs overrule in memory: the exit code and everything written. */
export async function runInMemory(
  argv: readonly string[],
  options: Parameters<typeof memoryIo>[0] = {},
): Promise<{ code: number; stdout: string; stderr: string }> {
  const io = memoryIo(options);
  const code = await run(argv, io);
  return { code, stdout: io.out(), stderr: io.err() };
}
