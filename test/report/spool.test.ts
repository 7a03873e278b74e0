import { describe, expect, it } from 'vitest';
import { Spool } from '../../src/report/spool.js';
import { openScratchFiles, scratchFolders } from '../support/scratch-files.js';

async function drain(spool: Spool): Promise<string> {
  const chunks: string[] = [];
  let waits = 0;
  await spool.copyTo({
    write: (chunk) => chunks.push(chunk),
    drained: () => {
      waits++;
      return Promise.resolve();
    },
  });
  // it waits for the stream after every chunk
  expect(waits).toBeGreaterThanOrEqual(chunks.length - 1);
  return chunks.join('');
}

describe('Spool', () => {
  it('gives back what was written, in order, from memory', async () => {
    const spool = new Spool();
    expect(spool.isEmpty).toBe(true);
    spool.write('one ');
    spool.write('');
    spool.write('two');
    expect(spool.isEmpty).toBe(false);
    expect(await drain(spool)).toBe('one two');
    expect(spool.isEmpty).toBe(true);
  });

  it('moves to a temporary file past its memory limit, and leaves no file behind', async () => {
    const before = scratchFolders();
    const spool = new Spool({ memoryLimit: 100 });
    // Multi-byte characters on both sides of the 1 MiB reads, in every alignment.
    const parts: string[] = [];
    for (let i = 0; i < 150_000; i++) parts.push(`${i}:é€😀;`);
    for (const part of parts) spool.write(part);
    // the file is unlinked as soon as it is open
    expect(scratchFolders()).toEqual(before);
    if (process.platform === 'linux') expect(openScratchFiles()).toBe(1);
    const text = await drain(spool);
    expect(Buffer.byteLength(text)).toBeGreaterThan(2 << 20);
    expect(text).toBe(parts.join(''));
    expect(scratchFolders()).toEqual(before);
    if (process.platform === 'linux') expect(openScratchFiles()).toBe(0);
  });

  it('lets go of a temporary file it never copied', async () => {
    const spool = new Spool({ memoryLimit: 10 });
    spool.write('x'.repeat(50));
    spool.dispose();
    spool.dispose();
    expect(await drain(spool)).toBe('');
  });
});
