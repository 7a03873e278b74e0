import { statSync, type Stats } from 'node:fs';
import { readRegularFile } from '../load/read.js';

/** A file as it was read: a write replacing it is refused if it has changed since. */
export interface FileSnapshot {
  readonly stat: Stats;
  readonly bytes: Uint8Array;
}

/** Whether the file at `path` is no longer the one the snapshot was taken of. */
export function changedSince(path: string, snapshot: FileSnapshot): boolean {
  const before = snapshot.stat;
  let now: Stats;
  try {
    now = statSync(path);
  } catch {
    return true;
  }
  if (
    now.dev !== before.dev ||
    now.ino !== before.ino ||
    now.size !== before.size ||
    now.mtimeMs !== before.mtimeMs ||
    now.ctimeMs !== before.ctimeMs
  ) {
    return true;
  }
  // a change within the file system's time resolution shows in the content
  try {
    const read = readRegularFile(path, before.size);
    return read.kind !== 'bytes' || Buffer.compare(read.bytes, snapshot.bytes) !== 0;
  } catch {
    return true;
  }
}
