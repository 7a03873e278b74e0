import type { OutputStream } from './output-stream.js';
import { guardStream } from './process-streams.js';

export type { OutputStream } from './output-stream.js';

export interface InputStream {
  readonly isTTY?: boolean;
  /**
   * Reads the whole stream; with `limit`, stops once more than `limit` bytes
   * have come (what is returned is then longer than `limit`, never by more
   * than one chunk), so a stream without end is never held.
   */
  readAll(limit?: number): Promise<Uint8Array>;
  /** The stream's bytes as they come (keys typed into a pipe); without it, `readAll` at once. */
  chunks?(): AsyncIterable<Uint8Array>;
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
      chunks: () => process.stdin,
    },
    env: process.env,
    cwd: process.cwd(),
  };
}
