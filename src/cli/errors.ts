/** A problem with how overrule was called or with the file system: exit code 2. */
export class UsageError extends Error {
  override readonly name = 'UsageError';
}

export const EXIT = {
  ok: 0,
  dataErrors: 1,
  usage: 2,
  internal: 3,
} as const;
