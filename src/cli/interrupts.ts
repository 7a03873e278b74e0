import { unlinkSync } from 'node:fs';

/**
 * What an interrupt (SIGINT, SIGTERM, SIGHUP) does to a run: every
 * temporary file not yet put in place is removed, and the process then stops
 * as the signal would have stopped it. The handlers are installed once, when
 * a run starts, and stay until it ends: a signal can come at any moment, and
 * a handler added and removed around each write let signals through between
 * writes unseen (they reached no handler and did not stop the process). A
 * run that works for long in one go yields now and then (`yieldToSignals`)
 * so that a signal is handled promptly.
 */
const STOPPING_SIGNALS = ['SIGINT', 'SIGTERM', 'SIGHUP'] as const;

/** Temporary files not yet put in place nor removed. */
const unfinished = new Set<string>();
/** Runs under way in this process (tests run several). */
let runs = 0;

function stop(signal: NodeJS.Signals): void {
  removeUnfinished();
  for (const s of STOPPING_SIGNALS) process.removeListener(s, stop);
  runs = 0;
  // stop as the signal would have stopped the process
  process.kill(process.pid, signal);
}

function removeUnfinished(): void {
  for (const temp of unfinished) {
    try {
      unlinkSync(temp);
    } catch {
      // already gone
    }
  }
  unfinished.clear();
}

/** Runs `body` with the interrupt handlers installed. */
export async function withInterruptHandling<T>(body: () => Promise<T>): Promise<T> {
  if (runs++ === 0) for (const s of STOPPING_SIGNALS) process.on(s, stop);
  try {
    return await body();
  } finally {
    if (runs > 0 && --runs === 0) {
      for (const s of STOPPING_SIGNALS) process.removeListener(s, stop);
    }
  }
}

/** A temporary file to remove if the run is interrupted before it is put in place. */
export function trackTemporaryFile(path: string): void {
  unfinished.add(path);
}

/** The temporary file was put in place or removed. */
export function untrackTemporaryFile(path: string): void {
  unfinished.delete(path);
}

/** How long a run may work without letting a signal be handled, in milliseconds. */
const YIELD_EVERY_MS = 10;
let lastYield = 0;

/**
 * Lets a pending signal be handled, when some time has passed since the last
 * time: cheap enough to call once per file.
 */
export async function yieldToSignals(): Promise<void> {
  const now = performance.now();
  if (now - lastYield < YIELD_EVERY_MS) return;
  await new Promise((resolve) => setImmediate(resolve));
  lastYield = performance.now();
}
