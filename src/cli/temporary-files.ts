import { readdirSync, unlinkSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { errorCode } from './write-errors.js';

/**
 * Removes the temporary files that a run stopped by force (SIGKILL, a power
 * cut) left in a folder: names of the form `.NAME.overrule-PID-N.tmp` whose
 * process is gone. They are dot-files that no walk reads, so they are never
 * taken for data meanwhile. Quietly does nothing where it cannot.
 */
export function removeStaleTemporaryFiles(folder: string): void {
  let names: string[];
  try {
    names = readdirSync(folder);
  } catch {
    return;
  }
  for (const name of names) {
    const match = TEMPORARY_NAME.exec(name);
    if (match === null) continue;
    const pid = Number(match[1] ?? match[2]);
    if (pid === process.pid || isAlive(pid)) continue;
    removeQuietly(join(folder, name));
  }
}

/** `.NAME.overrule-PID-N.tmp`, and `.NAME.PID.TIME.tmp` as earlier versions named them. */
const TEMPORARY_NAME = /^\..+\.(?:overrule-([0-9]+)-[0-9]+|([0-9]+)\.[0-9]{13})\.tmp$/;

function isAlive(pid: number): boolean {
  // not a process id at all (0 and negative ids name process groups)
  if (!Number.isSafeInteger(pid) || pid <= 0 || pid > 0x7fffffff) return false;
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: it exists, under another user
    return errorCode(error) === 'EPERM';
  }
}

let temporaryCount = 0;

/** A new temporary file's name, beside `path`: `.NAME.overrule-PID-N.tmp`. */
export function temporaryName(path: string): string {
  // room for the suffix within the usual limit of 255 bytes on a name
  const name = Buffer.from(basename(path)).subarray(0, 180).toString();
  return join(dirname(path), `.${name}.overrule-${process.pid}-${temporaryCount++}.tmp`);
}

export function removeQuietly(path: string): void {
  try {
    unlinkSync(path);
  } catch {
    // already gone
  }
}
