import { mkdirSync, statSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { scaffoldFiles } from '../init/templates.js';
import { describeFsError } from '../load/read.js';
import { EXIT, UsageError } from './errors.js';
import { createNewFile } from './file-write.js';
import { WriteFailed } from './write-errors.js';
import type { Io } from './io.js';
import { VERSION } from './version.js';

/**
 * `overrule init [DIR]`: writes a new council repository into DIR (created if
 * missing). A file that exists already is never touched: it is reported as
 * skipped. Created files are listed on stdout, skipped ones on stderr.
 */
export function initCommand(dir: string, io: Io): number {
  const root = resolve(io.cwd, dir);
  try {
    mkdirSync(root, { recursive: true });
  } catch (error) {
    throw new UsageError(`cannot create ${describeFsError(error, dir)}`);
  }
  if (!statSync(root).isDirectory()) throw new UsageError(`${dir} is not a folder`);

  let created = 0;
  let skipped = 0;
  for (const file of scaffoldFiles(VERSION)) {
    const display = dir === '.' ? file.path : join(dir, file.path);
    const path = join(root, file.path);
    if (exists(path)) {
      io.stderr.write(`overrule: skipped ${display}: it exists already\n`);
      skipped++;
      continue;
    }
    try {
      mkdirSync(dirname(path), { recursive: true });
    } catch (error) {
      throw new UsageError(`cannot create ${describeFsError(error, dirname(display))}`);
    }
    try {
      createNewFile(path, display, file.content);
    } catch (error) {
      if (error instanceof WriteFailed && error.code === 'EEXIST') {
        io.stderr.write(`overrule: skipped ${display}: it exists already\n`);
        skipped++;
        continue;
      }
      throw error;
    }
    io.stdout.write(`created ${display}\n`);
    created++;
  }
  const where = dir === '.' ? '' : ` ${dir}`;
  io.stderr.write(
    `overrule: ${created} ${created === 1 ? 'file' : 'files'} created` +
      (skipped > 0 ? `, ${skipped} skipped` : '') +
      `. Next: overrule validate${where}\n`,
  );
  return EXIT.ok;
}

function exists(path: string): boolean {
  try {
    statSync(path);
    return true;
  } catch (error) {
    return (error as { code?: unknown }).code !== 'ENOENT';
  }
}
