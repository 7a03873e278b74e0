import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { expect } from 'vitest';
import { expectPlainAgreesWithYamlOnBytes } from '../support/plain-yaml-differential.js';
import { runCli, STACK_TRACE, type CliRunResult, type JsonReport } from '../support/run-cli.js';
import { COUNCIL, ROLL_CALL } from '../support/valid-documents.js';

const ROOT = join(import.meta.dirname, '..', '..');

/** What a case runs on its file. */
export const FUZZ_COMMANDS = [
  'validate-json',
  'validate-pretty',
  'validate-github',
  'validate-sarif',
  'validate-junit',
  'validate-stdin',
  'tally',
  'fmt-check',
  'fmt-stdin',
] as const;
export type FuzzCommand = (typeof FUZZ_COMMANDS)[number];

/** A file to start from: its name and bytes, and the council it refers to, to lay beside it. */
export interface CorpusFile {
  readonly name: string;
  readonly bytes: Buffer;
  readonly council: string | undefined;
}

/**
 * The files the fuzzer starts from: the bundled Milwaukee data, every YAML
 * fixture of the tests, and the valid documents the tests break one thing at
 * a time, in a stable order.
 */
export function loadCorpus(): CorpusFile[] {
  const milwaukee = readFileSync(join(ROOT, 'ordinances/milwaukee/council.yaml'), 'utf8');
  const found = [
    ...yamlFilesUnder(join(ROOT, 'ordinances')),
    ...yamlFilesUnder(join(ROOT, 'test/fixtures')),
  ].sort();
  const files: CorpusFile[] = found.map((path) => {
    const bytes = readFileSync(path);
    const text = bytes.toString('utf8');
    const council = /^kind: council/m.test(text)
      ? undefined
      : /^council: milwaukee/m.test(text)
        ? milwaukee
        : COUNCIL;
    return { name: relative(ROOT, path), bytes, council };
  });
  files.push({ name: 'valid-documents COUNCIL', bytes: Buffer.from(COUNCIL), council: undefined });
  files.push({
    name: 'valid-documents ROLL_CALL',
    bytes: Buffer.from(ROLL_CALL),
    council: COUNCIL,
  });
  return files;
}

function yamlFilesUnder(folder: string): string[] {
  return readdirSync(folder, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile() && /\.ya?ml$/.test(e.name))
    .map((e) => join(e.parentPath, e.name));
}

/** Problems that are about a whole file or path, which have no line to point at. */
const FILE_LEVEL = /^(io\/|encoding\/utf16$)/;

/**
 * Runs one command on one file (with its council beside it) in-process and
 * checks what every run must give, whatever the input: an exit code of 0, 1
 * or 2; no stack trace nor internal error; output in the format asked (JSON
 * that parses, every problem with a line and column unless it is about the
 * whole file); fmt's output formatted already; and no file changed.
 */
export async function checkFuzzCase(
  bytes: Uint8Array,
  council: string | undefined,
  command: FuzzCommand,
): Promise<void> {
  const folder = mkdtempSync(join(tmpdir(), 'overrule-fuzz-'));
  try {
    const files: Record<string, Uint8Array> = { 'case.yaml': bytes };
    if (council !== undefined) files['council.yaml'] = Buffer.from(council);
    for (const [name, content] of Object.entries(files)) writeFileSync(join(folder, name), content);
    expectPlainAgreesWithYamlOnBytes(bytes, 'case.yaml');

    const run = await runCommand(command, folder, bytes);
    const context = `${command}\nexit ${run.code}\nstdout:\n${run.stdout.slice(0, 4000)}\nstderr:\n${run.stderr.slice(0, 4000)}`;
    expect([0, 1, 2], context).toContain(run.code);
    for (const text of [run.stdout, run.stderr]) {
      expect(text, context).not.toMatch(STACK_TRACE);
      expect(text, context).not.toMatch(
        /unexpected error|internal error|This is a bug in overrule/,
      );
    }
    await expectOutputOf(command, run, context);

    // nothing new but the look-up index, a cache that validate and tally may write
    const written = readdirSync(folder).filter((name) => name !== '.overrule');
    expect(written.sort(), context).toEqual(Object.keys(files).sort());
    for (const [name, content] of Object.entries(files)) {
      expect(readFileSync(join(folder, name)).equals(content), `${name} changed\n${context}`).toBe(
        true,
      );
    }
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
}

function runCommand(
  command: FuzzCommand,
  folder: string,
  bytes: Uint8Array,
): Promise<CliRunResult> {
  const cwd = { cwd: folder };
  switch (command) {
    case 'validate-json':
      return runCli(['validate', '.', '--format', 'json'], cwd);
    case 'validate-pretty':
      return runCli(['validate', '.', '--format', 'pretty'], cwd);
    case 'validate-github':
      return runCli(['validate', '.', '--format', 'github'], cwd);
    case 'validate-sarif':
      return runCli(['validate', '.', '--format', 'sarif'], cwd);
    case 'validate-junit':
      return runCli(['validate', '.', '--format', 'junit'], cwd);
    case 'validate-stdin':
      return runCli(['validate', '-', '.', '--format', 'json'], { ...cwd, stdin: bytes });
    case 'tally':
      return runCli(['tally', 'case.yaml', '--json'], cwd);
    case 'fmt-check':
      return runCli(['fmt', '--check', '.'], cwd);
    case 'fmt-stdin':
      return runCli(['fmt', '-'], { ...cwd, stdin: bytes });
  }
}

async function expectOutputOf(
  command: FuzzCommand,
  run: CliRunResult,
  context: string,
): Promise<void> {
  switch (command) {
    case 'validate-json':
    case 'validate-stdin': {
      if (run.code === 2 && run.stdout === '') return;
      expect(run.json, context).toBeDefined();
      for (const p of (run.json as JsonReport).problems) {
        if (FILE_LEVEL.test(p.code)) continue;
        expect(p.line, `${p.code} has no line\n${context}`).not.toBeNull();
        expect(p.column, `${p.code} has no column\n${context}`).not.toBeNull();
      }
      return;
    }
    case 'validate-sarif':
      if (run.code !== 2 || run.stdout !== '') expect(run.json, context).toBeDefined();
      return;
    case 'tally':
      if (run.code === 0) expect(run.json, context).toBeDefined();
      return;
    case 'fmt-stdin':
      if (run.code === 0) {
        // formatted text formats to itself
        const again = await runCli(['fmt', '-'], { stdin: run.stdout });
        expect(again.code, `${context}\nagain:\n${again.stderr}`).toBe(0);
        expect(again.stdout, context).toBe(run.stdout);
      }
      return;
    case 'validate-pretty':
    case 'validate-github':
    case 'validate-junit':
    case 'fmt-check':
      return;
  }
}
