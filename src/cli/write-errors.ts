/** A write not made, for a reason about the file: `display: reason`. */
export class WriteRefused extends Error {
  override readonly name = 'WriteRefused';
  constructor(
    readonly display: string,
    readonly reason: string,
  ) {
    super(`${display}: ${reason}`);
  }
}

/** A write the file system failed (no space left, permission denied): `display: reason`. */
export class WriteFailed extends Error {
  override readonly name = 'WriteFailed';
  constructor(
    readonly display: string,
    readonly code: string | undefined,
    reason: string,
  ) {
    super(`${display}: ${reason}`);
  }
}

/** The file system's error as a WriteFailed, worded for a write. */
export function failed(error: unknown, display: string): WriteFailed | WriteRefused {
  if (error instanceof WriteFailed || error instanceof WriteRefused) return error;
  return new WriteFailed(display, errorCode(error), describeWriteError(error));
}

/** Why a write failed, in words with the system's code: `no space left on the device (ENOSPC)`. */
export function describeWriteError(error: unknown): string {
  const code = errorCode(error);
  switch (code) {
    case 'ENOSPC':
      return 'no space left on the device (ENOSPC)';
    case 'EDQUOT':
      return 'the disk quota is used up (EDQUOT)';
    case 'EROFS':
      return 'the file system is read-only (EROFS)';
    case 'EACCES':
    case 'EPERM':
      return `permission denied (${code})`;
    case 'ENOENT':
      return 'the folder does not exist (ENOENT)';
    case 'ENOTDIR':
      return 'a part of the path is not a folder (ENOTDIR)';
    case 'EISDIR':
      return 'is a folder (EISDIR)';
    case 'EEXIST':
      return 'exists already (EEXIST)';
    case 'EPIPE':
      return 'nothing reads it any more (EPIPE)';
    case 'EIO':
      return 'an input/output error (EIO)';
    case 'EFBIG':
      return 'the file would be too large (EFBIG)';
    case 'ENAMETOOLONG':
      return 'the name is too long (ENAMETOOLONG)';
    case undefined:
      return `cannot be written (${error instanceof Error ? error.message : String(error)})`;
    default:
      return `cannot be written (${code})`;
  }
}

export function errorCode(error: unknown): string | undefined {
  const code = (error as { code?: unknown } | null)?.code;
  return typeof code === 'string' ? code : undefined;
}
