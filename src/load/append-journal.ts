import {
  closeSync,
  fstatSync,
  fsyncSync,
  ftruncateSync,
  openSync,
  readSync,
  unlinkSync,
  writeSync,
} from 'node:fs';
import { dirname } from 'node:path';
import { crc32 } from 'node:zlib';

/**
 * An append-only journal on disk: one record per line,
 *
 *     SEQ <TAB> PAYLOAD <TAB> CRC32
 *
 * where SEQ counts from 0 and CRC32 (8 hex digits) covers `SEQ<TAB>PAYLOAD`
 * in UTF-8. Every append is written whole and fsync'd before `append`
 * returns; creating the file also fsyncs its folder, so the name survives a
 * crash. Reading keeps every intact record and drops a last line that a stop
 * cut short (no newline, or a wrong checksum); a bad line before the last is
 * damage, reported, never skipped.
 */

/** Journals are small (a line per key); anything far larger is not one. */
const MAX_JOURNAL_BYTES = 16 * 1024 * 1024;

export interface JournalContents {
  /** The payloads of the intact records, in order. */
  readonly records: readonly string[];
  /** Bytes of the intact records: where the next record goes. */
  readonly length: number;
  /** A last line cut short by a stop mid-write, dropped: its 1-based line and its bytes. */
  readonly torn: { readonly line: number; readonly bytes: number } | null;
}

export type JournalRead =
  | { readonly kind: 'absent' }
  | { readonly kind: 'read'; readonly contents: JournalContents }
  /** A line before the last is not an intact record. */
  | {
      readonly kind: 'damaged';
      readonly line: number;
      readonly reason: 'checksum' | 'sequence' | 'form' | 'too-large';
    }
  | { readonly kind: 'io'; readonly error: unknown };

/** One journal line, newline included. The payload may hold neither a tab nor a newline. */
export function encodeJournalLine(seq: number, payload: string): string {
  if (/[\t\n\r]/.test(payload)) throw new Error('a journal payload holds a tab or a line break');
  const body = `${seq}\t${payload}`;
  return `${body}\t${checksum(body)}\n`;
}

export function readJournal(path: string): JournalRead {
  let bytes: Buffer;
  try {
    const fd = openSync(path, 'r');
    try {
      const size = fstatSync(fd).size;
      if (size > MAX_JOURNAL_BYTES) return { kind: 'damaged', line: 1, reason: 'too-large' };
      bytes = Buffer.alloc(size);
      let filled = 0;
      while (filled < size) {
        const n = readSync(fd, bytes, filled, size - filled, filled);
        if (n === 0) break;
        filled += n;
      }
      bytes = bytes.subarray(0, filled);
    } finally {
      closeSync(fd);
    }
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return { kind: 'absent' };
    return { kind: 'io', error };
  }
  return parseJournal(bytes);
}

/** The records of a journal's bytes (see readJournal). */
export function parseJournal(bytes: Uint8Array): JournalRead {
  const records: string[] = [];
  let start = 0;
  let line = 0;
  while (start < bytes.length) {
    line += 1;
    const newline = bytes.indexOf(0x0a, start);
    const end = newline === -1 ? bytes.length : newline;
    const parsed = parseLine(Buffer.from(bytes.buffer, bytes.byteOffset + start, end - start));
    const last = newline === -1 || newline === bytes.length - 1;
    const problem =
      newline === -1
        ? 'form'
        : parsed.kind === 'record' && parsed.seq !== records.length
          ? 'sequence'
          : parsed.kind === 'bad'
            ? parsed.reason
            : undefined;
    if (problem !== undefined) {
      // a stop mid-write spoils at most the last line
      if (last && problem !== 'sequence') {
        return {
          kind: 'read',
          contents: { records, length: start, torn: { line, bytes: bytes.length - start } },
        };
      }
      return { kind: 'damaged', line, reason: problem };
    }
    if (parsed.kind === 'record') records.push(parsed.payload);
    start = end + 1;
  }
  return { kind: 'read', contents: { records, length: start, torn: null } };
}

type ParsedLine =
  | { readonly kind: 'record'; readonly seq: number; readonly payload: string }
  | { readonly kind: 'bad'; readonly reason: 'checksum' | 'form' };

const DECODER = new TextDecoder('utf-8', { fatal: true });

function parseLine(bytes: Uint8Array): ParsedLine {
  let text: string;
  try {
    text = DECODER.decode(bytes);
  } catch {
    return { kind: 'bad', reason: 'form' };
  }
  const match = /^(0|[1-9]\d{0,9})\t([^\t]*)\t([0-9a-f]{8})$/.exec(text);
  if (match === null) return { kind: 'bad', reason: 'form' };
  const [, seq = '', payload = '', sum = ''] = match;
  if (checksum(`${seq}\t${payload}`) !== sum) return { kind: 'bad', reason: 'checksum' };
  return { kind: 'record', seq: Number(seq), payload };
}

function checksum(body: string): string {
  return crc32(Buffer.from(body, 'utf8')).toString(16).padStart(8, '0');
}

/**
 * Appends records to a journal, each fsync'd before `append` returns. Each
 * method throws the file system's error.
 */
export class JournalWriter {
  readonly #fd: number;
  /** The next record's sequence number. */
  #next: number;
  /** Where the next record goes. */
  #position: number;

  private constructor(fd: number, next: number, position: number) {
    this.#fd = fd;
    this.#next = next;
    this.#position = position;
  }

  /** Creates the journal (never over an existing file) with its first records, and syncs its folder. */
  static create(path: string, records: readonly string[]): JournalWriter {
    const fd = openSync(path, 'wx', 0o644);
    const writer = new JournalWriter(fd, 0, 0);
    try {
      writer.#write(records);
      syncFolder(dirname(path));
    } catch (error) {
      writer.close();
      throw error;
    }
    return writer;
  }

  /** Opens a journal read as `contents` to append to it, first cutting off a torn last line. */
  static resume(path: string, contents: JournalContents): JournalWriter {
    const fd = openSync(path, 'r+');
    try {
      if (fstatSync(fd).size !== contents.length) {
        ftruncateSync(fd, contents.length);
        fsyncSync(fd);
      }
    } catch (error) {
      closeSync(fd);
      throw error;
    }
    return new JournalWriter(fd, contents.records.length, contents.length);
  }

  /** Records written so far (the next sequence number). */
  get count(): number {
    return this.#next;
  }

  append(payload: string): void {
    this.#write([payload]);
  }

  #write(payloads: readonly string[]): void {
    const text = payloads.map((payload, i) => encodeJournalLine(this.#next + i, payload)).join('');
    const bytes = Buffer.from(text, 'utf8');
    for (let done = 0; done < bytes.length;) {
      done += writeSync(this.#fd, bytes, done, bytes.length - done, this.#position + done);
    }
    fsyncSync(this.#fd);
    this.#position += bytes.length;
    this.#next += payloads.length;
  }

  close(): void {
    try {
      closeSync(this.#fd);
    } catch {
      // already closed
    }
  }
}

/** Removes a journal and syncs its folder, so the removal is durable. */
export function removeJournal(path: string): void {
  unlinkSync(path);
  syncFolder(dirname(path));
}

function syncFolder(folder: string): void {
  try {
    const fd = openSync(folder, 'r');
    try {
      fsyncSync(fd);
    } finally {
      closeSync(fd);
    }
  } catch {
    // some file systems cannot fsync a folder
  }
}
