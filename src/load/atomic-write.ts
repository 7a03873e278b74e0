import {
  closeSync,
  fsyncSync,
  openSync,
  renameSync,
  statSync,
  unlinkSync,
  writeSync,
} from 'node:fs';
import { basename, dirname, join } from 'node:path';

/** Temporary files not yet put in place nor removed, to remove if a signal stops the process. */
const unfinished = new Set<string>();

const STOPPING_SIGNALS = ['SIGINT', 'SIGTERM', 'SIGHUP'] as const;

function removeUnfinished(signal: NodeJS.Signals): void {
  for (const temp of unfinished) {
    try {
      unlinkSync(temp);
    } catch {
      // already gone
    }
  }
  unfinished.clear();
  for (const s of STOPPING_SIGNALS) process.removeListener(s, removeUnfinished);
  // then stop as the signal would have stopped the process
  process.kill(process.pid, signal);
}

function track(temp: string): void {
  if (unfinished.size === 0) {
    for (const s of STOPPING_SIGNALS) process.on(s, removeUnfinished);
  }
  unfinished.add(temp);
}

function untrack(temp: string): void {
  if (!unfinished.delete(temp) || unfinished.size > 0) return;
  for (const s of STOPPING_SIGNALS) process.removeListener(s, removeUnfinished);
}

/**
 * A file written so that a reader (or a crash) sees either the old file
 * intact or the new one whole: the text goes to a temporary file in the same
 * folder as it comes, and `commit` syncs it and renames it over the file.
 * The existing file's mode is kept. The temporary file is made on the first
 * write; `discard` removes it, and so does an interrupt (SIGINT, SIGTERM,
 * SIGHUP) before `commit`. Each method throws the file system's error.
 */
export class AtomicFile {
  readonly #path: string;
  #temp: string | undefined;
  #fd: number | undefined;
  #done = false;

  constructor(path: string) {
    this.#path = path;
  }

  write(content: string | Uint8Array): void {
    const bytes = typeof content === 'string' ? Buffer.from(content, 'utf8') : content;
    const fd = this.#open();
    try {
      for (let done = 0; done < bytes.length;) {
        done += writeSync(fd, bytes, done, bytes.length - done);
      }
    } catch (error) {
      this.discard();
      throw error;
    }
  }

  /** Puts the file in place. Nothing written is an empty file. */
  commit(): void {
    const fd = this.#open();
    const temp = this.#temp ?? '';
    this.#done = true;
    try {
      fsyncSync(fd);
    } catch (error) {
      this.#remove();
      throw error;
    }
    closeSync(fd);
    this.#fd = undefined;
    try {
      renameSync(temp, this.#path);
    } catch (error) {
      this.#remove();
      throw error;
    }
    untrack(temp);
    this.#temp = undefined;
    syncFolder(dirname(this.#path));
  }

  /** Removes the temporary file, if there is one; the file is left as it was. */
  discard(): void {
    this.#done = true;
    this.#remove();
  }

  #open(): number {
    if (this.#fd !== undefined) return this.#fd;
    if (this.#done) throw new Error(`${this.#path}: already committed or discarded`);
    let mode = 0o644;
    try {
      mode = statSync(this.#path).mode & 0o7777;
    } catch {
      // a new file
    }
    const folder = dirname(this.#path);
    const temp = join(folder, `.${basename(this.#path)}.${process.pid}.${Date.now()}.tmp`);
    this.#fd = openSync(temp, 'wx', mode);
    this.#temp = temp;
    track(temp);
    return this.#fd;
  }

  #remove(): void {
    if (this.#fd !== undefined) closeSync(this.#fd);
    this.#fd = undefined;
    if (this.#temp !== undefined) {
      try {
        unlinkSync(this.#temp);
      } catch {
        // already gone
      }
      untrack(this.#temp);
    }
    this.#temp = undefined;
  }
}

/** Writes a whole file atomically (see AtomicFile). Throws the file system's error. */
export function writeFileAtomic(path: string, content: string | Uint8Array): void {
  const file = new AtomicFile(path);
  file.write(content);
  file.commit();
}

function syncFolder(folder: string): void {
  try {
    const dirFd = openSync(folder, 'r');
    try {
      fsyncSync(dirFd);
    } finally {
      closeSync(dirFd);
    }
  } catch {
    // some file systems cannot fsync a folder; the rename is still atomic
  }
}
