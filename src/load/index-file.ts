import {
  closeSync,
  fstatSync,
  lstatSync,
  ftruncateSync,
  mkdirSync,
  openSync,
  readdirSync,
  readFileSync,
  renameSync,
  statSync,
  unlinkSync,
  writeFileSync,
  writeSync,
} from 'node:fs';
import { join } from 'node:path';

/** The folder, in a council's folder, that holds overrule's look-up index. */
export const INDEX_FOLDER = '.overrule';
const INDEX_NAME = 'index.json';
/** A temporary file of an index being written; one older than this was left by a killed run. */
const TEMP = /^index\.json\.[0-9]+\.[0-9a-z]+\.tmp$/;
const STALE_TEMP_MS = 24 * 60 * 60 * 1000;

/** What stat says of a file or folder, to see later that it has not changed. */
export interface Stamp {
  readonly size: number;
  /** Modification time in nanoseconds, as a decimal string. */
  readonly mtime: string;
  readonly ino: string;
  readonly isDirectory: boolean;
}

/** The stamp of a path (symbolic links followed); undefined when it cannot be had. */
export function stampOf(path: string): Stamp | undefined {
  try {
    const stat = statSync(path, { bigint: true, throwIfNoEntry: false });
    if (stat === undefined) return undefined;
    return {
      size: Number(stat.size),
      mtime: stat.mtimeNs.toString(),
      ino: stat.ino.toString(),
      isDirectory: stat.isDirectory(),
    };
  } catch {
    return undefined;
  }
}

/** Whether the index of a council's folder exists (it may still be stale or corrupt). */
export function hasIndex(root: string): boolean {
  return stampOf(join(root, INDEX_FOLDER, INDEX_NAME)) !== undefined;
}

/** The text of a council folder's index; undefined when there is none or it cannot be read. */
export function readIndexText(root: string): string | undefined {
  try {
    return readFileSync(join(root, INDEX_FOLDER, INDEX_NAME), 'utf8');
  } catch {
    return undefined;
  }
}

/** An index being written: begun before the tree is read, put in place once it is. */
export interface IndexWrite {
  /**
   * The file system's time when the write began, in nanoseconds: a file or
   * folder whose modification time is earlier was last changed before
   * anything of the tree was read, so any later change gives it another time.
   */
  readonly stamp: bigint;
  /** Puts the index in place (a rename over the old one). Never throws. */
  commit(text: string): void;
  /** Gives the write up, removing the temporary file; nothing once committed. Never throws. */
  discard(): void;
}

/**
 * The one place the look-up index is written: `.overrule/index.json` in the
 * council's folder, through a temporary file renamed over it, so that a
 * reader sees the old index or the new one whole. The folder is made with a
 * `.gitignore` of `*`, so that git never offers to commit it. Undefined when
 * nothing can be written there (a read-only tree): the index is a cache, and
 * a command never fails for want of it; so too when `.overrule` is not a
 * folder of its own (a symbolic link is not followed). Not synced to disk: an index torn by
 * a crash is only a corrupt index, which every reader ignores.
 */
export function beginIndexWrite(root: string): IndexWrite | undefined {
  const folder = join(root, INDEX_FOLDER);
  const temp = join(
    folder,
    `${INDEX_NAME}.${process.pid}.${Math.floor(Math.random() * 2 ** 40).toString(36)}.tmp`,
  );
  let fd: number | undefined;
  try {
    const made = mkdirSync(folder, { recursive: true }) !== undefined;
    // a link in its place would send the index somewhere the user never named
    if (!lstatSync(folder).isDirectory()) return undefined;
    if (made) writeFileSync(join(folder, '.gitignore'), '# made by overrule: a cache\n*\n');
    fd = openSync(temp, 'wx');
    let stamp = fstatSync(fd, { bigint: true }).mtimeNs;
    if (made) stamp = afterFolderChange(root, fd, stamp);
    const open = fd;
    let settled = false;
    return {
      stamp,
      commit: (text) => {
        if (settled) return;
        settled = true;
        try {
          const bytes = Buffer.from(text, 'utf8');
          for (let done = 0; done < bytes.length;) {
            done += writeSync(open, bytes, done, bytes.length - done);
          }
          closeSync(open);
          renameSync(temp, join(folder, INDEX_NAME));
          removeStaleTemps(folder);
        } catch {
          removeQuietly(temp, open);
        }
      },
      discard: () => {
        if (settled) return;
        settled = true;
        removeQuietly(temp, open);
      },
    };
  } catch {
    if (fd !== undefined) removeQuietly(temp, fd);
    return undefined;
  }
}

/**
 * Making the index's folder changed the council folder's modification time,
 * just now: a stamp from the same instant would make that time look like a
 * change made while the tree was read. Waits (a few milliseconds on most
 * file systems, at most a fifth of a second) for the clock to move past it.
 */
function afterFolderChange(root: string, fd: number, stamp: bigint): bigint {
  const changed = stampOf(root)?.mtime;
  if (changed === undefined) return stamp;
  let now = stamp;
  const pause = new Int32Array(new SharedArrayBuffer(4));
  for (let i = 0; i < 100 && now <= BigInt(changed); i++) {
    Atomics.wait(pause, 0, 0, 2);
    ftruncateSync(fd, 0);
    now = fstatSync(fd, { bigint: true }).mtimeNs;
  }
  return now;
}

function removeQuietly(temp: string, fd: number): void {
  try {
    closeSync(fd);
  } catch {
    // closed already
  }
  try {
    unlinkSync(temp);
  } catch {
    // gone already
  }
}

/** Removes temporary files that killed runs left behind. */
function removeStaleTemps(folder: string): void {
  for (const name of readdirSync(folder)) {
    if (!TEMP.test(name)) continue;
    const path = join(folder, name);
    try {
      if (Date.now() - statSync(path).mtimeMs > STALE_TEMP_MS) unlinkSync(path);
    } catch {
      // another run's, gone already
    }
  }
}
