import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Io } from '../../src/cli/io.js';
import { run } from '../../src/cli/run.js';
import { expectPlainAgreesWithYamlOnBytes } from './plain-yaml-differential.js';

export interface CliRunOptions {
  readonly cwd?: string;
  readonly env?: Readonly<Record<string, string | undefined>>;
  /** Bytes piped to stdin; without them stdin is an empty pipe (or a terminal with `stdinIsTTY`). */
  readonly stdin?: Uint8Array | string;
  readonly stdinIsTTY?: boolean;
  readonly stdoutIsTTY?: boolean;
  readonly stderrIsTTY?: boolean;
}

export interface CliRunResult {
  readonly code: number;
  readonly stdout: string;
  readonly stderr: string;
  /** stdout parsed as JSON, or undefined when it is not JSON. */
  readonly json: unknown;
}

/** A problem in `validate --format json` output (SPEC 2.1). */
export interface JsonProblem {
  readonly file: string;
  readonly line: number | null;
  readonly column: number | null;
  readonly endLine: number | null;
  readonly endColumn: number | null;
  readonly severity: 'error' | 'warning';
  readonly code: string;
  readonly message: string;
  readonly hint?: string;
  readonly document?: number;
}

export interface JsonReport {
  readonly ok: boolean;
  readonly files: number;
  readonly errors: number;
  readonly warnings: number;
  readonly problems: readonly JsonProblem[];
}

/**
 * Runs overrule in-process through `run(argv, io)` with buffers for streams.
 * The environment is empty unless given, so the host's NO_COLOR, CI or
 * GITHUB_ACTIONS never leak into a test.
 */
export async function runCli(
  argv: readonly string[],
  options: CliRunOptions = {},
): Promise<CliRunResult> {
  const out: string[] = [];
  const err: string[] = [];
  const stdinBytes =
    typeof options.stdin === 'string' ? Buffer.from(options.stdin, 'utf8') : options.stdin;
  const io: Io = {
    stdout: { write: (chunk) => out.push(chunk), isTTY: options.stdoutIsTTY ?? false },
    stderr: { write: (chunk) => err.push(chunk), isTTY: options.stderrIsTTY ?? false },
    stdin: {
      isTTY: options.stdinIsTTY ?? false,
      readAll: () => {
        if (options.stdinIsTTY === true) {
          // A terminal never ends on its own: a test that reads it would hang.
          return Promise.reject(new Error('test: read from a terminal stdin'));
        }
        return Promise.resolve(stdinBytes ?? new Uint8Array());
      },
    },
    env: options.env ?? {},
    cwd: options.cwd ?? process.cwd(),
  };
  const code = await run(argv, io);
  const stdout = out.join('');
  let json: unknown;
  try {
    json = JSON.parse(stdout);
  } catch {
    json = undefined;
  }
  return { code, stdout, stderr: err.join(''), json };
}

/** A fresh folder under the system's temporary folder. */
export function makeTempFolder(prefix = 'overrule-test-'): string {
  return mkdtempSync(join(tmpdir(), prefix));
}

/**
 * Writes files (text or bytes) into a fresh temporary folder; returns the
 * folder. Every YAML file written also goes through the differential test of
 * the plain parser, so every bad input of the tests (INPUTS.md) is in it.
 */
export function writeTempFiles(files: Readonly<Record<string, string | Uint8Array>>): string {
  const folder = makeTempFolder();
  for (const [name, content] of Object.entries(files)) {
    writeFileSync(join(folder, name), content);
    if (/\.ya?ml$/i.test(name)) expectPlainAgreesWithYamlOnBytes(content, name);
  }
  return folder;
}

/** A stack trace line, which overrule must never print without --debug. */
export const STACK_TRACE = /\n\s+at /;
