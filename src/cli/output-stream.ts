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
