import {
  accessSync,
  closeSync,
  constants,
  fchmodSync,
  fchownSync,
  fstatSync,
  fsyncSync,
  linkSync,
  lstatSync,
  openSync,
  realpathSync,
  renameSync,
  statSync,
  writeSync,
  type Stats,
} from 'node:fs';
import { dirname } from 'node:path';
import { describeFileKind } from '../load/read.js';
import { isInputOfRun } from '../load/run-inputs.js';
import { changedSince, type FileSnapshot } from './file-snapshot.js';
import { trackTemporaryFile, untrackTemporaryFile } from './interrupts.js';
import { removeQuietly, temporaryName } from './temporary-files.js';
import { errorCode, failed, WriteRefused } from './write-errors.js';

/**
 * Every file overrule writes goes through here (`--output`, `fmt`, `init`,
 * `schema --write`, the job summary):
 *
 * - a regular file, or a new path, is written whole or not at all: the text
 *   goes to a temporary file beside it, which is synced and renamed over it,
 *   with the old file's owner, group and mode;
 * - a character device (`/dev/null`, a terminal) is written to in place;
 * - anything else (a folder, a FIFO, a socket, a block device) is refused,
 *   and so is a file of several hard links (a rename would split them), a
 *   read-only file, a file whose owner cannot be kept, a dangling symbolic
 *   link, and a file the same run has taken as input;
 * - a symbolic link is followed: its target is written, the link stays.
 *
 * Refusals throw WriteRefused, failures of the file system WriteFailed; in
 * either case the file is as it was and no temporary file is left.
 */

/** A whole file being written: `commit` puts it in place, `discard` leaves the old one. */
export interface FileWrite {
  write(content: string | Uint8Array): void;
  commit(): void;
  /** Drops what was written; harmless after `commit` or a second time. */
  discard(): void;
}

export interface FileWriteOptions {
  /**
   * The file is an input rewritten in place (`fmt`): refused if it is no
   * longer what this snapshot of it holds, by the time it is replaced. Any
   * other write refuses a file the run has taken as input.
   */
  readonly unchangedSince?: FileSnapshot;
}

/**
 * Opens `path` for writing a whole new content (see above). Checks what is
 * at the path now; throws WriteRefused or WriteFailed.
 */
export function openFileWrite(
  path: string,
  display: string,
  options: FileWriteOptions = {},
): FileWrite {
  let stat: Stats | undefined;
  try {
    stat = statSync(path);
  } catch (error) {
    if (errorCode(error) !== 'ENOENT') throw failed(error, display);
    if (isSymbolicLink(path)) {
      throw new WriteRefused(display, 'a symbolic link to a file that does not exist');
    }
  }
  if (stat === undefined) return new AtomicWrite(path, display, undefined, options);
  if (stat.isCharacterDevice()) return new DeviceWrite(path, display);
  if (!stat.isFile()) {
    throw new WriteRefused(
      display,
      `${describeFileKind(stat)}; overrule writes regular files and devices only`,
    );
  }
  let real: string;
  try {
    real = realpathSync(path);
  } catch (error) {
    throw failed(error, display);
  }
  if (options.unchangedSince === undefined && isInputOfRun(real)) throw readsInput(display);
  refuseUnsafeFile(real, stat, display);
  return new AtomicWrite(real, display, stat, options);
}

/** Writes a whole file (see openFileWrite). */
export function writeWholeFile(
  path: string,
  display: string,
  content: string | Uint8Array,
  options: FileWriteOptions = {},
): void {
  const file = openFileWrite(path, display, options);
  try {
    file.write(content);
    file.commit();
  } finally {
    file.discard();
  }
}

/**
 * Creates a file that must not exist yet, whole or not at all: the text is
 * synced in a temporary file, then hard-linked to its name, which fails
 * (WriteFailed with code EEXIST) rather than replace a file that appeared
 * meanwhile. Where hard links are not supported, an exclusive create is used.
 */
export function createNewFile(path: string, display: string, content: string): void {
  const temp = temporaryName(path);
  let fd: number | undefined;
  try {
    fd = openSync(temp, 'wx', 0o666);
    trackTemporaryFile(temp);
    writeAll(fd, Buffer.from(content, 'utf8'));
    fsyncSync(fd);
    closeSync(fd);
    fd = undefined;
    try {
      linkSync(temp, path);
    } catch (error) {
      if (errorCode(error) === 'EEXIST') throw error;
      const direct = openSync(path, 'wx', 0o666);
      try {
        writeAll(direct, Buffer.from(content, 'utf8'));
        fsyncSync(direct);
      } finally {
        closeSync(direct);
      }
    }
  } catch (error) {
    throw failed(error, display);
  } finally {
    if (fd !== undefined) closeSync(fd);
    removeQuietly(temp);
  }
  syncFolder(dirname(path));
}

/**
 * Appends text to a regular file (created if missing) or writes it to a
 * character device; refuses anything else, and a file the run has read.
 */
export function appendToFile(path: string, display: string, text: string): void {
  let stat: Stats | undefined;
  try {
    stat = statSync(path);
  } catch (error) {
    if (errorCode(error) !== 'ENOENT') throw failed(error, display);
  }
  if (stat !== undefined && !stat.isFile() && !stat.isCharacterDevice()) {
    throw new WriteRefused(display, `${describeFileKind(stat)}; overrule appends to files only`);
  }
  if (stat?.isFile() === true && isInputOfRun(realpathSync(path))) throw readsInput(display);
  let fd: number | undefined;
  try {
    fd = openSync(path, constants.O_WRONLY | constants.O_APPEND | constants.O_CREAT, 0o666);
    writeAll(fd, Buffer.from(text, 'utf8'));
  } catch (error) {
    throw failed(error, display);
  } finally {
    if (fd !== undefined) closeSync(fd);
  }
}

function readsInput(display: string): WriteRefused {
  return new WriteRefused(
    display,
    'is a file this run reads as input; it is left as it is (write the report elsewhere)',
  );
}

/** Why an existing regular file must not be replaced; throws WriteRefused. */
function refuseUnsafeFile(real: string, stat: Stats, display: string): void {
  if (stat.nlink > 1) {
    throw new WriteRefused(
      display,
      `has ${stat.nlink} hard links; replacing it would split them, so it is left as it is`,
    );
  }
  if ((stat.mode & 0o222) === 0) {
    throw new WriteRefused(display, 'is read-only; it is left as it is');
  }
  try {
    accessSync(real, constants.W_OK);
  } catch {
    throw new WriteRefused(display, 'is not writable by you; it is left as it is');
  }
}

/** A regular file or a new path: temporary file, fsync, rename. */
class AtomicWrite implements FileWrite {
  readonly #path: string;
  readonly #display: string;
  /** The file being replaced; undefined for a new file. */
  readonly #existing: Stats | undefined;
  readonly #options: FileWriteOptions;
  #temp: string | undefined;
  #fd: number | undefined;
  #done = false;

  constructor(
    path: string,
    display: string,
    existing: Stats | undefined,
    options: FileWriteOptions,
  ) {
    this.#path = path;
    this.#display = display;
    this.#existing = existing;
    this.#options = options;
  }

  write(content: string | Uint8Array): void {
    const fd = this.#open();
    try {
      writeAll(fd, typeof content === 'string' ? Buffer.from(content, 'utf8') : content);
    } catch (error) {
      this.discard();
      throw failed(error, this.#display);
    }
  }

  commit(): void {
    const fd = this.#open();
    const temp = this.#temp ?? '';
    try {
      fsyncSync(fd);
      closeSync(fd);
      this.#fd = undefined;
      const snapshot = this.#options.unchangedSince;
      if (snapshot === undefined && isInputOfRun(this.#path)) throw readsInput(this.#display);
      if (snapshot !== undefined && changedSince(this.#path, snapshot)) {
        throw new WriteRefused(
          this.#display,
          'changed while overrule worked on it; the new content is left as it is',
        );
      }
      renameSync(temp, this.#path);
    } catch (error) {
      this.discard();
      throw failed(error, this.#display);
    }
    untrackTemporaryFile(temp);
    this.#temp = undefined;
    this.#done = true;
    syncFolder(dirname(this.#path));
  }

  discard(): void {
    this.#done = true;
    if (this.#fd !== undefined) closeSync(this.#fd);
    this.#fd = undefined;
    if (this.#temp !== undefined) {
      removeQuietly(this.#temp);
      untrackTemporaryFile(this.#temp);
    }
    this.#temp = undefined;
  }

  /** The temporary file, made on the first write, with the old file's owner, group and mode. */
  #open(): number {
    if (this.#fd !== undefined) return this.#fd;
    if (this.#done) throw new Error(`${this.#display}: already committed or discarded`);
    const existing = this.#existing;
    const temp = temporaryName(this.#path);
    let fd: number;
    try {
      fd = openSync(temp, 'wx', existing === undefined ? 0o666 : existing.mode & 0o777);
    } catch (error) {
      throw failed(error, this.#display);
    }
    this.#fd = fd;
    this.#temp = temp;
    trackTemporaryFile(temp);
    if (existing !== undefined) {
      const made = fstatSync(fd);
      try {
        if (made.uid !== existing.uid || made.gid !== existing.gid) {
          fchownSync(fd, existing.uid, existing.gid);
        }
      } catch {
        this.discard();
        throw new WriteRefused(
          this.#display,
          `its owner and group (${existing.uid}:${existing.gid}) cannot be kept by a rewrite; it is left as it is`,
        );
      }
      try {
        // exactly the old mode, whatever the umask (and after chown, which clears set-id bits)
        fchmodSync(fd, existing.mode & 0o7777);
      } catch (error) {
        this.discard();
        throw failed(error, this.#display);
      }
    }
    return fd;
  }
}

/** A character device (`/dev/null`, a terminal): written in place. */
class DeviceWrite implements FileWrite {
  readonly #display: string;
  #fd: number | undefined;

  constructor(path: string, display: string) {
    this.#display = display;
    try {
      this.#fd = openSync(path, constants.O_WRONLY);
    } catch (error) {
      throw failed(error, display);
    }
  }

  write(content: string | Uint8Array): void {
    if (this.#fd === undefined) throw new Error(`${this.#display}: already closed`);
    try {
      writeAll(this.#fd, typeof content === 'string' ? Buffer.from(content, 'utf8') : content);
    } catch (error) {
      this.discard();
      throw failed(error, this.#display);
    }
  }

  commit(): void {
    this.discard();
  }

  discard(): void {
    if (this.#fd !== undefined) closeSync(this.#fd);
    this.#fd = undefined;
  }
}

function writeAll(fd: number, bytes: Uint8Array): void {
  for (let done = 0; done < bytes.length;) {
    done += writeSync(fd, bytes, done, bytes.length - done);
  }
}

function syncFolder(folder: string): void {
  try {
    const fd = openSync(folder, 'r');
    try {
      fsyncSync(fd);
    } finally {
      closeSync(fd);
    }
  } catch {
    // some file systems cannot fsync a folder; the rename is still atomic
  }
}

function isSymbolicLink(path: string): boolean {
  try {
    return lstatSync(path).isSymbolicLink();
  } catch {
    return false;
  }
}
