import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';

/** A file's bytes (as text) and its modification time. */
export interface SnapshotFile {
  readonly text: string;
  readonly mtimeMs: number;
}

/** Every file under a folder (hidden ones too), by path relative to it. */
export function snapshotFolder(folder: string): Map<string, SnapshotFile> {
  const files = new Map<string, SnapshotFile>();
  for (const name of readdirSync(folder, { recursive: true, encoding: 'utf8' })) {
    const path = join(folder, name);
    const stat = statSync(path);
    if (stat.isFile()) files.set(name, { text: readFileSync(path, 'utf8'), mtimeMs: stat.mtimeMs });
  }
  return files;
}
