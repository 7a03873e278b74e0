import { closeSync, fstatSync, openSync, readFileSync, readSync } from 'node:fs';
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

/**
 * Reads one file: size cap first, then strict UTF-8 decoding. A small file is
 * read whole into a buffer reused from file to file; a larger one is measured
 * first and refused over the cap before the rest of it is read.
 */
export function readSourceFile(path: string, display: string, maxBytes: number): ReadOutcome {
  let bytes: Buffer;
  let fd: number | undefined;
  try {
    fd = openSync(path, 'r');
    smallFileBuffer ??= Buffer.allocUnsafe(SMALL_FILE);
    let filled = readSync(fd, smallFileBuffer, 0, SMALL_FILE, null);
    const more =
      filled < SMALL_FILE ? readSync(fd, smallFileBuffer, filled, SMALL_FILE - filled, null) : -1;
    if (more === 0) {
      if (filled > maxBytes) return refuseTooLarge(filled, maxBytes, display);
      bytes = smallFileBuffer.subarray(0, filled);
    } else {
      if (more > 0) filled += more;
      const size = fstatSync(fd).size;
      if (size > maxBytes) return refuseTooLarge(size, maxBytes, display);
      bytes = Buffer.concat([smallFileBuffer.subarray(0, filled), readFileSync(fd)]);
    }
  } catch (error) {
    return { kind: 'io', message: describeFsError(error, display) };
  } finally {
    if (fd !== undefined) closeSync(fd);
  }
  return decodeSource(bytes, display, maxBytes);
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
  return { kind: 'text', source: new SourceText(display, utf8Text(body)) };
}

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
    default:
      return `${display}: cannot be read (${typeof code === 'string' ? code : String(error)})`;
  }
}
