import { guardStream } from './process-streams.js';

/** Where a command writes: the process's streams in production, buffers in tests. */
export interface OutputStream {
  write(chunk: string): unknown;
  readonly isTTY?: boolean;
  readonly columns?: number;
  /** True when the stream is behind and asks its writer to wait for `drain` (a Node.js stream). */
  readonly writableNeedDrain?: boolean;
  once?(event: 'drain', listener: () => void): unknown;
  /**
   * Settles once everything written is handed on; throws if writing failed
   * (the process's own streams report failures late; see process-streams.ts).
   */
  settle?(): Promise<void>;
}

export interface InputStream {
  readonly isTTY?: boolean;
  /**
   * Reads the whole stream; with `limit`, stops once more than `limit` bytes
   * have come (what is returned is then longer than `limit`, never by more
   * than one chunk), so a stream without end is never held.
   */
  readAll(limit?: number): Promise<Uint8Array>;
}

/** Everything a command may touch outside the file system. */
export interface Io {
  readonly stdout: OutputStream;
  readonly stderr: OutputStream;
  readonly stdin: InputStream;
  readonly env: Readonly<Record<string, string | undefined>>;
  readonly cwd: string;
}

/** The real process's streams. */
export function processIo(): Io {
  return {
    stdout: guardStream(process.stdout, false),
    stderr: guardStream(process.stderr, true),
    stdin: {
      // Looked at only when a command reads stdin: process.stdin opens a
      // stream whose closing holds the process open a few milliseconds.
      get isTTY() {
        return process.stdin.isTTY;
      },
      readAll: async (limit = Infinity) => {
        const chunks: Buffer[] = [];
        let size = 0;
        for await (const chunk of process.stdin) {
          chunks.push(chunk as Buffer);
          size += (chunk as Buffer).length;
          // leaving the loop stops reading and closes the stream
          if (size > limit) break;
        }
        return Buffer.concat(chunks);
      },
    },
    env: process.env,
    cwd: process.cwd(),
  };
}
