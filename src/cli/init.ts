import { mkdirSync, statSync } from 'node:fs';
import { dirname, isAbsolute, join, relative, resolve } from 'node:path';
import { planScaffold } from '../init/scaffold-plan.js';
import type { ScaffoldFile } from '../init/templates.js';
import { DEFAULT_MAX_FILE_SIZE, describeFsError } from '../load/read.js';
import {
  createdLine,
  initSummaryLine,
  leftOutLines,
  skippedLine,
  type InitCounts,
} from '../report/init-text.js';
import { EXIT, UsageError } from './errors.js';
import { createNewFile } from './file-write.js';
import { WriteFailed } from './write-errors.js';
import type { Io } from './io.js';
import { VERSION } from './version.js';

/**
 * `overrule init [DIR]`: writes a new council repository into DIR (created if
 * missing). A file that exists already is never touched: it is reported as
 * skipped. Where a council is already (in DIR, under it or above it), the
 * examples are left out, for they describe a made-up council: only the
 * schemas, the workflow and the pre-commit configuration are added. Created
 * files are listed on stdout, the others on stderr.
 */
export function initCommand(dir: string, io: Io): number {
  const root = resolve(io.cwd, dir);
  try {
    mkdirSync(root, { recursive: true });
  } catch (error) {
    throw new UsageError(`cannot create ${describeFsError(error, dir)}`);
  }
  if (!statSync(root).isDirectory()) throw new UsageError(`${dir} is not a folder`);

  const plan = planScaffold(root, VERSION, DEFAULT_MAX_FILE_SIZE);
  const shown = (file: ScaffoldFile): string => (dir === '.' ? file.path : join(dir, file.path));
  const counts = { created: 0, skipped: 0, leftOut: 0 } satisfies InitCounts;
  for (const step of plan.steps) {
    const display = shown(step.file);
    if (step.kind === 'write' && write(root, step.file, display)) {
      io.stdout.write(createdLine(display));
      counts.created++;
    } else if (step.kind !== 'council-here') {
      io.stderr.write(skippedLine(display));
      counts.skipped++;
    }
  }
  const leftOut = plan.steps.filter((s) => s.kind === 'council-here').map((s) => shown(s.file));
  if (leftOut.length > 0) {
    const councils = plan.councilFiles.map((file) => shownCouncilFile(file, root, dir, io.cwd));
    io.stderr.write(leftOutLines(leftOut, councils));
    counts.leftOut = leftOut.length;
  }
  io.stderr.write(initSummaryLine(counts, dir));
  return EXIT.ok;
}

/** Writes a new file; false when something took its path meanwhile. */
function write(root: string, file: ScaffoldFile, display: string): boolean {
  const path = join(root, file.path);
  try {
    mkdirSync(dirname(path), { recursive: true });
  } catch (error) {
    throw new UsageError(`cannot create ${describeFsError(error, dirname(display))}`);
  }
  try {
    createNewFile(path, display, file.content);
    return true;
  } catch (error) {
    if (error instanceof WriteFailed && error.code === 'EEXIST') return false;
    throw error;
  }
}

/** A council file as the user knows it: under DIR as given, else the shorter of relative and whole. */
function shownCouncilFile(file: string, root: string, dir: string, cwd: string): string {
  const inRoot = relative(root, file);
  if (!inRoot.startsWith('..') && !isAbsolute(inRoot))
    return dir === '.' ? inRoot : join(dir, inRoot);
  const fromHere = relative(cwd, file);
  return fromHere.length < file.length ? fromHere : file;
}
