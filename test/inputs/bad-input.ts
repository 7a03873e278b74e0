import { readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { expect } from 'vitest';
import {
  runCli,
  STACK_TRACE,
  writeTempFiles,
  type CliRunResult,
  type JsonReport,
} from '../support/run-cli.js';

/** A problem expected in the JSON report: its code at `file:line:column` (or `file` alone). */
export interface ExpectedProblem {
  readonly code: string;
  readonly at: string;
  readonly severity?: 'error' | 'warning';
}

/** One bad input: files written to a fresh folder, validated, and what must come out. */
export interface BadInput {
  readonly files: Readonly<Record<string, string | Uint8Array>>;
  /** What to validate, relative to the folder; the folder itself by default. */
  readonly target?: string;
  readonly args?: readonly string[];
  readonly exit: number;
  readonly problems?: readonly ExpectedProblem[];
}

/** A problem as `file:line:column`, the file relative to the test's folder. */
export function placeOf(
  folder: string,
  p: { file: string; line: number | null; column: number | null },
): string {
  const file = relative(folder, p.file) || p.file;
  return p.line === null ? file : `${file}:${p.line}:${String(p.column)}`;
}

/**
 * Validates a bad input with `--format json` and checks the INPUTS.md contract:
 * the exit code, each expected code at its position, no stack trace, and the
 * input files byte for byte unchanged. Returns the run for further checks.
 */
export async function expectBadInput(
  input: BadInput,
): Promise<CliRunResult & { report: JsonReport; folder: string }> {
  const folder = writeTempFiles(input.files);
  const target = input.target === undefined ? folder : join(folder, input.target);
  const result = await runCli(['validate', target, '--format', 'json', ...(input.args ?? [])], {
    cwd: folder,
  });
  const context = `stdout:\n${result.stdout}\nstderr:\n${result.stderr}`;
  expect(result.stderr, context).not.toMatch(STACK_TRACE);
  expect(result.stdout, context).not.toMatch(STACK_TRACE);
  expect(result.code, context).toBe(input.exit);
  for (const [name, content] of Object.entries(input.files)) {
    expect(readFileSync(join(folder, name)).equals(Buffer.from(content)), `${name} changed`).toBe(
      true,
    );
  }
  const report = (result.json ?? {
    ok: false,
    files: 0,
    errors: 0,
    warnings: 0,
    problems: [],
  }) as JsonReport;
  const found = report.problems.map((p) => ({
    code: p.code,
    at: placeOf(folder, p),
    severity: p.severity,
  }));
  for (const expected of input.problems ?? []) {
    expect(found, context).toContainEqual({
      code: expected.code,
      at: expected.at,
      severity: expected.severity ?? 'error',
    });
  }
  if (input.exit === 0) {
    expect(
      found.filter((p) => p.severity === 'error'),
      context,
    ).toEqual([]);
  }
  return { ...result, report, folder };
}
