import { dirname, resolve } from 'node:path';
import type { Diagnostic } from '../diagnostics/diagnostic.js';
import { resolveDiagnostic, SourceText } from '../diagnostics/source-text.js';
import { formatSource } from '../fmt/format-source.js';
import {
  decodeSource,
  describeFsError,
  describeNotRegular,
  formatBytes,
  readRegularFile,
  type BoundedRead,
} from '../load/read.js';
import { walkPaths } from '../load/walk.js';
import { escapeControls, escapeInMessage } from '../report/safe-text.js';
import { EXIT, UsageError } from './errors.js';
import { writeWholeFile } from './file-write.js';
import { removeStaleTemporaryFiles } from './temporary-files.js';
import { WriteFailed, WriteRefused } from './write-errors.js';
import { yieldToSignals } from './interrupts.js';
import type { Io } from './io.js';
import { DEFAULT_MAX_FILE_SIZE } from '../load/read.js';
import { openReportOutput } from './output.js';
import { readStdinCapped } from './stdin.js';

export interface FmtOptions {
  readonly check?: boolean;
  /** Bytes. */
  readonly maxFileSize?: number;
  readonly output?: string;
  readonly ignore?: readonly string[];
}

const STDIN_NAME = '<stdin>';
const BOM = Uint8Array.of(0xef, 0xbb, 0xbf);

/**
 * `overrule fmt [PATH...]`: rewrites files in canonical form, atomically, and
 * only those that change. With `--check` nothing is written: the files that
 * would change are listed and the exit code is 1. A file fmt cannot format
 * faithfully (YAML errors, a construct it cannot reorder) is never written;
 * the reason is printed with its position and the exit code is 1.
 */
export async function fmtCommand(
  paths: readonly string[],
  options: FmtOptions,
  io: Io,
): Promise<number> {
  const check = options.check === true;
  const maxBytes = options.maxFileSize ?? DEFAULT_MAX_FILE_SIZE;
  const output = openReportOutput(io, options.output);
  const given = paths.length === 0 ? ['.'] : paths;

  if (given.includes('-')) {
    if (given.length > 1) throw new UsageError('fmt reads standard input ("-") on its own');
    const bytes = await readStdinCapped(io, maxBytes);
    const outcome = formatFileBytes(bytes, STDIN_NAME, maxBytes);
    if (outcome.kind === 'refused') {
      printRefusal(outcome.diagnostics, outcome.source, io);
      return EXIT.dataErrors;
    }
    if (check) {
      if (outcome.changed) output.stream.write(`${STDIN_NAME}\n`);
    } else {
      output.stream.write(Buffer.from(outcome.bytes).toString('utf8'));
    }
    output.finish();
    return check && outcome.changed ? EXIT.dataErrors : EXIT.ok;
  }

  const walked = walkPaths(given, io.cwd, { ignore: options.ignore ?? [] });
  for (const failure of walked.failures) io.stderr.write(`overrule: ${escapeControls(failure)}\n`);
  for (const d of walked.diagnostics) {
    io.stderr.write(`${escapeControls(`${d.file}: ${d.severity}: ${d.message}`)} [${d.code}]\n`);
  }
  if (!check) {
    // what a run stopped by force (SIGKILL) left behind
    for (const folder of new Set(walked.paths.map((p) => dirname(p)))) {
      removeStaleTemporaryFiles(folder);
    }
  }
  let changed = 0;
  let refused = 0;
  let ioFailures = walked.failures.length;
  for (const [i, file] of walked.files.entries()) {
    // a signal is handled between files: each is either old or new
    await yieldToSignals();
    // through a symbolic link, the file it points to is read and rewritten, not the link
    const path = walked.paths[i] ?? resolve(io.cwd, file);
    const shown = escapeControls(file);
    let read: BoundedRead;
    try {
      read = readRegularFile(path, maxBytes);
    } catch (error) {
      io.stderr.write(`overrule: ${describeFsError(error, shown)}\n`);
      ioFailures++;
      continue;
    }
    if (read.kind === 'not-regular') {
      io.stderr.write(`overrule: ${describeNotRegular(shown, read.what)}\n`);
      ioFailures++;
      continue;
    }
    if (read.kind === 'too-large') {
      io.stderr.write(
        `${shown}: error: the file is ${formatBytes(read.size)}, over the ${formatBytes(maxBytes)} cap; not formatted\n`,
      );
      refused++;
      continue;
    }
    const outcome = formatFileBytes(read.bytes, file, maxBytes);
    if (outcome.kind === 'refused') {
      printRefusal(outcome.diagnostics, outcome.source, io);
      refused++;
      continue;
    }
    if (!outcome.changed) continue;
    if (check) {
      changed++;
      output.stream.write(`${shown}\n`);
      continue;
    }
    try {
      writeWholeFile(path, file, outcome.bytes, { unchangedSince: read });
    } catch (error) {
      if (error instanceof WriteRefused) {
        io.stderr.write(`${shown}: error: not formatted: ${error.reason}\n`);
        refused++;
        continue;
      }
      if (error instanceof WriteFailed) {
        io.stderr.write(`overrule: cannot write ${escapeControls(error.message)}\n`);
        ioFailures++;
        continue;
      }
      throw error;
    }
    changed++;
    output.stream.write(`${shown}\n`);
  }
  output.finish();

  const total = walked.files.length;
  const files = `${total} ${total === 1 ? 'file' : 'files'}`;
  if (check) {
    io.stderr.write(
      changed === 0
        ? `overrule: ${files} checked, all formatted\n`
        : `overrule: ${changed} of ${files} would be reformatted; run overrule fmt to fix\n`,
    );
  } else {
    io.stderr.write(`overrule: ${changed} of ${files} reformatted\n`);
  }
  if (refused > 0) {
    io.stderr.write(
      `overrule: ${refused} ${refused === 1 ? 'file was' : 'files were'} left as they are (see above)\n`,
    );
  }
  if (ioFailures > 0) return EXIT.usage;
  if (refused > 0 || (check && changed > 0)) return EXIT.dataErrors;
  return EXIT.ok;
}

type BytesOutcome =
  | { readonly kind: 'formatted'; readonly bytes: Uint8Array; readonly changed: boolean }
  | {
      readonly kind: 'refused';
      readonly diagnostics: readonly Diagnostic[];
      readonly source: SourceText | undefined;
    };

/** Formats a file's bytes: strict UTF-8 in, the same bytes out when nothing changes. */
function formatFileBytes(bytes: Uint8Array, display: string, maxBytes: number): BytesOutcome {
  const decoded = decodeSource(bytes, display, maxBytes);
  if (decoded.kind === 'io') {
    return {
      kind: 'refused',
      diagnostics: [
        { code: 'io/unreadable', severity: 'error', file: display, message: decoded.message },
      ],
      source: undefined,
    };
  }
  if (decoded.kind === 'refused') {
    return { kind: 'refused', diagnostics: [decoded.diagnostic], source: decoded.source };
  }
  const outcome = formatSource(decoded.source);
  if (!outcome.ok) {
    return { kind: 'refused', diagnostics: outcome.diagnostics, source: decoded.source };
  }
  if (!outcome.changed) return { kind: 'formatted', bytes, changed: false };
  const hasBom = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf;
  const body = Buffer.from(outcome.text, 'utf8');
  return {
    kind: 'formatted',
    bytes: hasBom ? Buffer.concat([BOM, body]) : body,
    changed: true,
  };
}

function printRefusal(
  diagnostics: readonly Diagnostic[],
  source: SourceText | undefined,
  io: Io,
): void {
  const sources = new Map<string, SourceText>();
  if (source !== undefined) sources.set(source.file, source);
  for (const d of diagnostics) {
    const r = resolveDiagnostic(d, sources);
    const file = escapeControls(r.file);
    const where = r.line === null ? file : `${file}:${r.line}:${r.column ?? 1}`;
    const doc = r.document === undefined ? '' : ` (document ${r.document + 1})`;
    const message = escapeInMessage(r.message);
    io.stderr.write(`${where}${doc}: error: not formatted: ${message} [${r.code}]\n`);
    if (r.hint !== undefined) io.stderr.write(`  hint: ${escapeInMessage(r.hint)}\n`);
  }
}
