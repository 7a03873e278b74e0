import { existsSync, readdirSync, realpathSync, statSync } from 'node:fs';
import { homedir, tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { readRegularFile } from './read.js';

const YAML_FILE = /\.ya?ml$/i;
/** A top-level `kind: council` line: a file that holds a council, or means to. */
export const COUNCIL_KIND = /^kind:[ \t]*(["']?)council\1[ \t]*(#.*)?$/m;

/**
 * The nearest folder, from the file's own folder upwards, holding a YAML file
 * whose top level says `kind: council`. Only the folder's own files are read,
 * not its subfolders, and none larger than the size cap. The search stops at
 * the root of the repository (a folder holding `.git`), so a stray council
 * file above it is never picked up; and it never reads the folders that
 * hold everything else (the file system's root, the home folder, the
 * temporary folder), whose YAML files have nothing to do with the roll call.
 */
export function findCouncilFolder(start: string, maxFileSize: number): string | undefined {
  return councilSearchFolders(start).find((folder) => holdsCouncil(folder, maxFileSize));
}

/** The folders findCouncilFolder looks at, nearest first (see there). */
export function councilSearchFolders(start: string): string[] {
  const unrelated = new Set(
    [resolve('/'), homedir(), tmpdir()].flatMap((f) => [resolve(f), realPathOr(f)]),
  );
  const folders: string[] = [];
  for (let folder = isFolder(start) ? start : dirname(start); ;) {
    if (unrelated.has(folder)) return folders;
    folders.push(folder);
    if (existsSync(join(folder, '.git'))) return folders;
    const parent = dirname(folder);
    if (parent === folder) return folders;
    folder = parent;
  }
}

/** Whether a folder's own YAML files (not its subfolders') include a council file (see findCouncilFolder). */
export function holdsCouncil(folder: string, maxFileSize: number): boolean {
  return firstCouncilFile(folder, maxFileSize) !== undefined;
}

/**
 * The first YAML file of the folder itself (by name, not its subfolders)
 * whose top level says `kind: council`, as `findCouncilFolder` looks for it.
 */
export function firstCouncilFile(folder: string, maxFileSize: number): string | undefined {
  let names: string[];
  try {
    names = readdirSync(folder);
  } catch {
    return undefined;
  }
  return names
    .sort()
    .filter((name) => YAML_FILE.test(name))
    .map((name) => join(folder, name))
    .find((path) => isCouncilFile(path, maxFileSize));
}

/** Whether a regular file within the size cap says `kind: council` at its top level. */
export function isCouncilFile(path: string, maxFileSize: number): boolean {
  try {
    // a regular file within the cap only: never a FIFO or a device
    const read = readRegularFile(path, maxFileSize);
    return read.kind === 'bytes' && COUNCIL_KIND.test(read.bytes.toString('utf8'));
  } catch {
    // unreadable: not a council we can use
    return false;
  }
}

function realPathOr(path: string): string {
  try {
    return realpathSync(path);
  } catch {
    return path;
  }
}

export function isFolder(path: string): boolean {
  try {
    return statSync(path).isDirectory();
  } catch {
    return false;
  }
}
