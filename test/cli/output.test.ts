import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { BufferedStream, openReportOutput } from '../../src/cli/output.js';
import { makeTempFolder } from '../support/run-cli.js';
import { memoryIo } from './tally-memory-io.js';

describe('--output FILE', () => {
  it('is written as the report comes, and appears whole only when finished', () => {
    const folder = makeTempFolder();
    const path = join(folder, 'report.txt');
    writeFileSync(path, 'the last report\n');
    const output = openReportOutput(memoryIo({ cwd: folder }), 'report.txt');
    output.stream.write('part one, ');
    output.stream.write('part two\n');
    // the parts are on disk, beside the file, which is still the old one
    expect(readdirSync(folder)).toHaveLength(2);
    expect(readFileSync(path, 'utf8')).toBe('the last report\n');
    output.finish();
    expect(readFileSync(path, 'utf8')).toBe('part one, part two\n');
    expect(readdirSync(folder)).toEqual(['report.txt']);
  });

  it('leaves the old file as it was, and nothing beside it, when the run stops', () => {
    const folder = makeTempFolder();
    const path = join(folder, 'report.txt');
    writeFileSync(path, 'the last report\n');
    const output = openReportOutput(memoryIo({ cwd: folder }), 'report.txt');
    output.stream.write('half a report');
    output.discard();
    output.discard();
    expect(readFileSync(path, 'utf8')).toBe('the last report\n');
    expect(readdirSync(folder)).toEqual(['report.txt']);
  });

  it('writes an empty file for an empty report', () => {
    const folder = makeTempFolder();
    const output = openReportOutput(memoryIo({ cwd: folder }), 'empty.txt');
    output.finish();
    expect(readFileSync(join(folder, 'empty.txt'), 'utf8')).toBe('');
  });
});

describe('BufferedStream', () => {
  it('gathers small writes, and writes everything by the last flush', () => {
    const written: string[] = [];
    const stream = new BufferedStream({ write: (chunk) => written.push(chunk) });
    for (let i = 0; i < 10_000; i++) stream.write(`line ${i}\n`);
    expect(written.length).toBeGreaterThan(0);
    expect(written.length).toBeLessThan(10);
    stream.flush();
    expect(written.join('')).toBe(Array.from({ length: 10_000 }, (_, i) => `line ${i}\n`).join(''));
  });

  it('waits for a stream that is behind to drain', async () => {
    let drains = 0;
    const target = {
      writableNeedDrain: true,
      write: () => true,
      once: (_event: 'drain', listener: () => void) => {
        drains++;
        setImmediate(listener);
      },
    };
    const stream = new BufferedStream(target);
    stream.write('x');
    await stream.drained();
    expect(drains).toBe(1);
    target.writableNeedDrain = false;
    await stream.drained();
    expect(drains).toBe(1);
  });

  it('shows each part at once on a terminal', async () => {
    const written: string[] = [];
    const stream = new BufferedStream({ write: (chunk) => written.push(chunk), isTTY: true });
    stream.write('first file\n');
    expect(written).toEqual([]);
    await stream.drained();
    expect(written).toEqual(['first file\n']);
  });
});
