import { closeSync, constants, fstatSync, openSync, readSync, type Stats } from 'node:fs';
import { throwIllegalValue } from '../basics/assert.js';
import { isUtf8 } from 'node:buffer';
import type { Diagnostic } from '../diagnostics/diagnostic.js';
import { SourceText } from '../diagnostics/source-text.js';

/** Files larger than this are refused before parsing unless `--max-file-size` raises it. */
export const DEFAULT_MAX_FILE_SIZE = 4 * 1024 * 1024;

/**
 * What reading a file gives: its text; or a diagnostic refusing it (too large,
 * not UTF-8), with the text decoded leniently when there is one for a code frame;
 * or an I/O failure (missing, unreadable), which is a usage problem (exit 2).
 */
export type ReadOutcome =
  | { readonly kind: 'text'; readonly source: SourceText }
  | { readonly kind: 'refused'; readonly diagnostic: Diagnostic; readonly source?: SourceText }
  | { readonly kind: 'io'; readonly message: string };

/** Files up to this size are read into one buffer kept for the purpose: most files. */
const SMALL_FILE = 64 * 1024;
let smallFileBuffer: Buffer | undefined;

/** What reading a file within a size cap gives. */
export type BoundedRead =
  | {
      readonly kind: 'bytes';
      readonly bytes: Buffer;
      /** The file as it was opened: to tell later whether it changed. */
      readonly stat: Stats;
    }
  | { readonly kind: 'too-large'; readonly size: number }
  | { readonly kind: 'not-regular'; readonly what: string };

/**
 * Reads a regular file, never more than `maxBytes` of it: a FIFO, a socket
 * or a device is opened without waiting (O_NONBLOCK) and never read, and a
 * file that is, or grows while read, over the cap is given up at the cap.
 * Throws the file system's error (missing, unreadable).
 */
export function readRegularFile(path: string, maxBytes: number): BoundedRead {
  const fd = openSync(path, constants.O_RDONLY | constants.O_NONBLOCK);
  try {
    const stat = fstatSync(fd);
    if (!stat.isFile()) return { kind: 'not-regular', what: describeFileKind(stat) };
    if (stat.size > maxBytes) return { kind: 'too-large', size: stat.size };
    const limit = maxBytes + 1;
    // room for one byte more than expected, to see the end in the next read
    let buffer = Buffer.allocUnsafe(Math.min(stat.size + 1, limit));
    let filled = 0;
    for (;;) {
      const read = readSync(fd, buffer, filled, buffer.length - filled, null);
      if (read === 0) break;
      filled += read;
      if (filled < buffer.length) continue;
      if (filled >= limit) return { kind: 'too-large', size: Math.max(stat.size, filled) };
      // the file grew while it was read
      const larger = Buffer.allocUnsafe(Math.min(buffer.length * 2, limit));
      buffer.copy(larger, 0, 0, filled);
      buffer = larger;
    }
    return { kind: 'bytes', bytes: buffer.subarray(0, filled), stat };
  } finally {
    closeSync(fd);
  }
}

/**
 * Reads one file found by the walk (which has seen that it is a regular
 * file): within the size cap, then strict UTF-8 decoding. A file of up to
 * 64 KiB, most of them, is read whole into a buffer reused from file to
 * file; opened without waiting (O_NONBLOCK), even a file swapped for a FIFO
 * meanwhile is never waited on. Anything larger is read the careful way
 * (readRegularFile): its kind and size first, then at most the cap.
 */
export function readSourceFile(path: string, display: string, maxBytes: number): ReadOutcome {
  let fd: number | undefined;
  try {
    fd = openSync(path, constants.O_RDONLY | constants.O_NONBLOCK);
    smallFileBuffer ??= Buffer.allocUnsafe(SMALL_FILE);
    const filled = readSync(fd, smallFileBuffer, 0, SMALL_FILE, null);
    if (filled < SMALL_FILE && readSync(fd, smallFileBuffer, filled, 1, null) === 0) {
      if (filled > maxBytes) return refuseTooLarge(filled, maxBytes, display);
      return decodeSource(smallFileBuffer.subarray(0, filled), display, maxBytes);
    }
  } catch (error) {
    return { kind: 'io', message: describeFsError(error, display) };
  } finally {
    if (fd !== undefined) closeSync(fd);
  }
  let read: BoundedRead;
  try {
    read = readRegularFile(path, maxBytes);
  } catch (error) {
    return { kind: 'io', message: describeFsError(error, display) };
  }
  switch (read.kind) {
    case 'not-regular':
      return { kind: 'io', message: describeNotRegular(display, read.what) };
    case 'too-large':
      return refuseTooLarge(read.size, maxBytes, display);
    case 'bytes':
      return decodeSource(read.bytes, display, maxBytes);
    default:
      return throwIllegalValue(read, 'read');
  }
}

/** What a file that is not a regular file is, in words: `a FIFO (named pipe)`. */
export function describeFileKind(stat: Stats): string {
  if (stat.isDirectory()) return 'a folder';
  if (stat.isFIFO()) return 'a FIFO (named pipe)';
  if (stat.isSocket()) return 'a socket';
  if (stat.isCharacterDevice()) return 'a character device';
  if (stat.isBlockDevice()) return 'a block device';
  if (stat.isSymbolicLink()) return 'a symbolic link';
  return 'not a regular file';
}

/** Why a path that is not a regular file is not read. */
export function describeNotRegular(display: string, what: string): string {
  return `${display}: ${what}, not a regular file; overrule reads regular files only`;
}

function refuseTooLarge(size: number, maxBytes: number, display: string): ReadOutcome {
  return refuse({
    code: 'io/too-large',
    severity: 'error',
    file: display,
    message: `the file is ${formatBytes(size)}, over the ${formatBytes(maxBytes)} cap; it was not read`,
    hint: `raise the cap with --max-file-size ${Math.ceil(size / 1024 / 1024)}MB if the file is genuine`,
    params: { size, limit: maxBytes },
  });
}

/** Decodes bytes read from a file or stdin as strict UTF-8 (a UTF-8 BOM is dropped). */
export function decodeSource(bytes: Uint8Array, display: string, maxBytes: number): ReadOutcome {
  if (bytes.length > maxBytes) {
    return refuse({
      code: 'io/too-large',
      severity: 'error',
      file: display,
      message: `the input is ${formatBytes(bytes.length)}, over the ${formatBytes(maxBytes)} cap; it was not parsed`,
      hint: 'raise the cap with --max-file-size',
      params: { size: bytes.length, limit: maxBytes },
    });
  }
  const utf16 = detectUtf16(bytes);
  if (utf16 !== undefined) {
    return refuse({
      code: 'encoding/utf16',
      severity: 'error',
      file: display,
      message: `the file is encoded as ${utf16}; overrule reads UTF-8 only`,
      hint: 'save the file as UTF-8 (in most editors: "Save with encoding" → UTF-8)',
    });
  }
  const hasBom = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf;
  const body = hasBom ? bytes.subarray(3) : bytes;
  if (!isUtf8(body)) {
    const bad = firstInvalidUtf8(body);
    const offset = Buffer.from(body.subarray(0, bad)).toString('utf8').length;
    // Up to the bad byte, a lenient decoding is the file's text exactly.
    const source = new SourceText(display, Buffer.from(body).toString('utf8'));
    const byte = body[bad] ?? 0;
    return refuse(
      {
        code: 'encoding/invalid-utf8',
        severity: 'error',
        file: display,
        message: `byte 0x${byte.toString(16).toUpperCase().padStart(2, '0')} is not valid UTF-8`,
        hint: 'the file was probably saved as Windows-1252 or Latin-1; save it as UTF-8',
        span: { start: offset, end: offset + 1 },
        params: { byte, offset: bad + (hasBom ? 3 : 0) },
      },
      source,
    );
  }
  const source = new SourceText(display, utf8Text(body));
  const forbidden = FORBIDDEN_CHARACTER.exec(source.text);
  if (forbidden !== null) {
    const code = forbidden[0].charCodeAt(0);
    return refuse(
      {
        code: 'yaml/control-character',
        severity: 'error',
        file: display,
        message: `the character U+${code.toString(16).toUpperCase().padStart(4, '0')} is not allowed in YAML`,
        hint: 'remove it: a YAML file holds tabs, line breaks and printable characters only',
        span: { start: forbidden.index, end: forbidden.index + 1 },
        params: { codePoint: code },
      },
      source,
    );
  }
  return { kind: 'text', source };
}

/**
 * Characters YAML 1.2 does not allow anywhere in a file, comments included
 * (outside its printable set): C0 controls other than tab, line feed and
 * carriage return; DEL; C1 controls other than NEL; U+FFFE and U+FFFF.
 */
const FORBIDDEN_CHARACTER =
  // eslint-disable-next-line no-control-regex
  /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u0084\u0086-\u009F\uFFFE\uFFFF]/;

/** The text of UTF-8 bytes, decoded in place when they are a view into a larger buffer. */
function utf8Text(bytes: Uint8Array): string {
  return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('utf8');
}

function refuse(diagnostic: Diagnostic, source?: SourceText): ReadOutcome {
  return source === undefined
    ? { kind: 'refused', diagnostic }
    : { kind: 'refused', diagnostic, source };
}

function detectUtf16(bytes: Uint8Array): string | undefined {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return 'UTF-16 (little-endian)';
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return 'UTF-16 (big-endian)';
  return undefined;
}

/** Byte index of the first byte that starts an invalid UTF-8 sequence. */
export function firstInvalidUtf8(bytes: Uint8Array): number {
  let i = 0;
  while (i < bytes.length) {
    const b = bytes[i] ?? 0;
    let need: number;
    let min: number;
    if (b < 0x80) {
      i++;
      continue;
    } else if (b >= 0xc2 && b <= 0xdf) {
      need = 1;
      min = 0x80;
    } else if (b >= 0xe0 && b <= 0xef) {
      need = 2;
      min = 0x800;
    } else if (b >= 0xf0 && b <= 0xf4) {
      need = 3;
      min = 0x10000;
    } else {
      return i;
    }
    let cp = b & (0x3f >> need);
    for (let k = 1; k <= need; k++) {
      const c = bytes[i + k];
      if (c === undefined || (c & 0xc0) !== 0x80) return i;
      cp = (cp << 6) | (c & 0x3f);
    }
    if (cp < min || cp > 0x10ffff || (cp >= 0xd800 && cp <= 0xdfff)) return i;
    i += need + 1;
  }
  return bytes.length;
}

export function formatBytes(n: number): string {
  if (n >= 1024 * 1024) return `${(n / 1024 / 1024).toFixed(1)} MiB`;
  if (n >= 1024) return `${(n / 1024).toFixed(1)} KiB`;
  return `${n} bytes`;
}

export function describeFsError(error: unknown, display: string): string {
  const code = (error as { code?: unknown } | null)?.code;
  switch (code) {
    case 'ENOENT':
      return `${display}: no such file or folder`;
    case 'EACCES':
    case 'EPERM':
      return `${display}: permission denied`;
    case 'EISDIR':
      return `${display}: is a folder, not a file`;
    case 'ENOTDIR':
      return `${display}: a part of the path is not a folder`;
    case 'ENXIO':
      return `${display}: a socket or a device with nothing behind it, not a regular file`;
    case 'ELOOP':
      return `${display}: symbolic links that lead round in a circle`;
    case 'ENAMETOOLONG':
      return `${display}: the name is too long`;
    default:
      return `${display}: cannot be read (${typeof code === 'string' ? code : String(error)})`;
  }
}
