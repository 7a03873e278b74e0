import { AsyncLocalStorage } from 'node:async_hooks';

/**
 * The files a run has taken as input, by real path, so that nothing it
 * writes can land on one of them (`--output` naming the file being checked).
 * A run opens its own record (see `recordingInputs`); code outside a run, or
 * on a worker thread, records nothing. The walk records every file it finds,
 * before any is read, so the record is complete once the walk is done.
 */
const inputs = new AsyncLocalStorage<Set<string>>();

/** Runs `body` with a fresh record of inputs, which the code it calls adds to. */
export function recordingInputs<T>(body: () => T): T {
  return inputs.run(new Set<string>(), body);
}

/** Records files as inputs of the current run, by their real paths. */
export function noteInputs(realPaths: readonly string[]): void {
  const record = inputs.getStore();
  if (record === undefined) return;
  for (const path of realPaths) record.add(path);
}

/** Whether the current run has taken this file (by real path) as input. */
export function isInputOfRun(realPath: string): boolean {
  return inputs.getStore()?.has(realPath) === true;
}
