import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';

const YAML_FILE = /\.ya?ml$/i;
const COUNCIL_KIND = /^kind:[ \t]*(["']?)council\1[ \t]*(#.*)?$/m;

/**
 * The nearest folder, from the file's own folder upwards, holding a YAML file
 * whose top level says `kind: council`. Only the folder's own files are read,
 * not its subfolders, and none larger than the size cap. The search stops at
 * the root of the repository (a folder holding `.git`), so a stray council
 * file above it (in /tmp, in a home folder) is never picked up.
 */
export function findCouncilFolder(start: string, maxFileSize: number): string | undefined {
  let folder = isFolder(start) ? start : dirname(start);
  for (;;) {
    if (holdsCouncil(folder, maxFileSize)) return folder;
    if (existsSync(join(folder, '.git'))) return undefined;
    const parent = dirname(folder);
    if (parent === folder) return undefined;
    folder = parent;
  }
}

function holdsCouncil(folder: string, maxFileSize: number): boolean {
  let names: string[];
  try {
    names = readdirSync(folder);
  } catch {
    return false;
  }
  for (const name of names.sort()) {
    if (!YAML_FILE.test(name)) continue;
    const path = join(folder, name);
    try {
      const stat = statSync(path);
      if (!stat.isFile() || stat.size > maxFileSize) continue;
      if (COUNCIL_KIND.test(readFileSync(path, 'utf8'))) return true;
    } catch {
      // unreadable: not a council we can use
    }
  }
  return false;
}

export function isFolder(path: string): boolean {
  try {
    return statSync(path).isDirectory();
  } catch {
    return false;
  }
}
