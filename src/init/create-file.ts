import {
  closeSync,
  fsyncSync,
  linkSync,
  openSync,
  unlinkSync,
  writeFileSync,
  writeSync,
} from 'node:fs';
import { basename, dirname, join } from 'node:path';

/**
 * Creates a file that must not exist yet, whole or not at all: the text goes
 * to a temporary file in the same folder, is synced, and is then hard-linked
 * to its name, which fails (EEXIST) rather than replace a file that appeared
 * meanwhile. Where hard links are not supported, an exclusive create is used.
 * Throws the file system's error; EEXIST means the file exists.
 */
export function createFileExclusive(path: string, content: string): void {
  const temp = join(dirname(path), `.${basename(path)}.${process.pid}.${Date.now()}.tmp`);
  const fd = openSync(temp, 'wx', 0o644);
  try {
    writeSync(fd, Buffer.from(content, 'utf8'));
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
  try {
    linkSync(temp, path);
  } catch (error) {
    const code = (error as { code?: unknown }).code;
    if (code === 'EEXIST') throw error;
    writeFileSync(path, content, { flag: 'wx' });
  } finally {
    unlinkSync(temp);
  }
}
