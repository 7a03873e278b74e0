/**
 * The files a run has taken as input, by real path, so that nothing it
 * writes can land on one of them (`--output` naming the file being checked).
 * A run keeps its record from start to end (see `recordingInputs`); code
 * outside a run, or on a worker thread, records nothing. The walk records
 * every file it finds before any is read, so the record is complete once
 * the walk is done. Runs that overlap in one process (tests) share one
 * record: a write is then refused more often, never less.
 */
let record: Set<string> | undefined;
let runs = 0;

/** Runs `body` with a record of inputs, which the code it calls adds to. */
export async function recordingInputs<T>(body: () => Promise<T>): Promise<T> {
  if (runs++ === 0) record = new Set<string>();
  try {
    return await body();
  } finally {
    if (--runs === 0) record = undefined;
  }
}

/** Records files as inputs of the current run, by their real paths. */
export function noteInputs(realPaths: readonly string[]): void {
  if (record === undefined) return;
  for (const path of realPaths) record.add(path);
}

/** Whether the current run has taken this file (by real path) as input. */
export function isInputOfRun(realPath: string): boolean {
  return record?.has(realPath) === true;
}
