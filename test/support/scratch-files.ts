import { readdirSync, readlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';

/** Scratch folders left in the temporary folder (there should never be any for long). */
export function scratchFolders(): string[] {
  return readdirSync(tmpdir()).filter((name) => name.startsWith('overrule-scratch-'));
}

/** Scratch files this process has open: Linux only (/proc); elsewhere undefined. */
export function openScratchFiles(): number | undefined {
  if (process.platform !== 'linux') return undefined;
  return readdirSync('/proc/self/fd').filter((fd) => {
    try {
      return readlinkSync(`/proc/self/fd/${fd}`).includes('overrule-scratch-');
    } catch {
      return false;
    }
  }).length;
}
