/** Thrown only for broken invariants: a bug in overrule, never bad user data. */
export class InvariantError extends Error {
  override readonly name = 'InvariantError';
}

export function assert(condition: unknown, message = 'assertion failed'): asserts condition {
  if (!condition) throw new InvariantError(message);
}

export function assertDefined<T>(value: T | undefined | null, message = 'value is missing'): T {
  if (value === undefined || value === null) throw new InvariantError(message);
  return value;
}

/** Marks the end of an exhaustive switch: the compiler proves it unreachable. */
export function throwIllegalValue(value: never, what = 'value'): never {
  throw new InvariantError(`illegal ${what}: ${JSON.stringify(value)}`);
}
