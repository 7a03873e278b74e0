import type * as YamlBacked from './parse.js';

/**
 * The half of reading that needs the yaml library: parsing files outside the
 * plain subset, and syntax trees for positions. It is loaded only when a file
 * needs it, because most files never do and the library is a large part of
 * start-up (see plain-yaml.ts).
 *
 * Code that needs it calls `yamlRuntime()`, which throws until it has been
 * loaded; `withYamlRuntime(compute)` runs a computation and, when the
 * computation needed the library, loads it and runs the computation again.
 * Importing `parse.js` in any other way makes it available too.
 */
export type YamlRuntime = Pick<
  typeof YamlBacked,
  'parseSourceText' | 'parseYamlDocument' | 'isAlias' | 'isMap' | 'isPair' | 'isScalar' | 'isSeq'
>;

let runtime: YamlRuntime | undefined;

/** Thrown by `yamlRuntime()` before the library is loaded: a sentinel, not an Error. */
const NOT_LOADED = Symbol('the yaml library is not loaded');

/** Called by parse.ts when it is evaluated. */
export function provideYamlRuntime(provided: YamlRuntime): void {
  runtime = provided;
}

/** The yaml-backed functions; throws when they are not loaded yet (see `withYamlRuntime`). */
export function yamlRuntime(): YamlRuntime {
  // eslint-disable-next-line @typescript-eslint/only-throw-error -- a sentinel caught by withYamlRuntime
  if (runtime === undefined) throw NOT_LOADED;
  return runtime;
}

export async function loadYamlRuntime(): Promise<void> {
  if (runtime === undefined) await import('./parse.js');
}

/**
 * Runs `compute`, loading the yaml library and running it again if it needed
 * the library. `compute` must be free of side effects that matter when it is
 * cut short: it is pure, or it only fills values it returns.
 */
export async function withYamlRuntime<T>(compute: () => T): Promise<T> {
  if (runtime !== undefined) return compute();
  try {
    return compute();
  } catch (error) {
    if (error !== NOT_LOADED) throw error;
  }
  await loadYamlRuntime();
  return compute();
}

/**
 * Runs `compute` at once when it does not need the yaml library (or the
 * library is loaded): its value, or undefined when it needed the library,
 * for a loop over many computations to hand to `withYamlRuntime` only those
 * that need it, without a promise for each of the others.
 */
export function withoutLoading<T>(compute: () => T): { readonly value: T } | undefined {
  try {
    return { value: compute() };
  } catch (error) {
    if (error !== NOT_LOADED) throw error;
    return undefined;
  }
}
