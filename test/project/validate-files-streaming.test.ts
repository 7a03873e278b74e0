/**
 * validateFiles hands each file on as soon as its problems are all known, in
 * path order, while later files are still to be read: what it holds does not
 * grow with the run. Reading is counted to see when each file is handed on.
 */
import { join } from 'node:path';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { validateFiles } from '../../src/project/validate-files.js';
import { writeTree } from '../support/messy-corpus.js';
import { makeTempFolder } from '../support/run-cli.js';
import { FULL_VOTES_2024_09, TESTVILLE } from '../support/testville.js';
import { rmSync } from 'node:fs';

const reads = vi.hoisted(() => ({ count: 0 }));

vi.mock('../../src/load/read.js', async (importOriginal) => {
  const actual = await importOriginal<typeof import('../../src/load/read.js')>();
  return {
    ...actual,
    readSourceFile: (...args: Parameters<typeof actual.readSourceFile>) => {
      reads.count++;
      return actual.readSourceFile(...args);
    },
  };
});

const ROLL_CALLS = 640;
const folders: string[] = [];

afterAll(() => {
  for (const folder of folders) rmSync(folder, { recursive: true, force: true });
});

function rollCall(id: string, council = 'testville'): string {
  return `kind: roll-call
version: 1
id: ${id}
council: ${council}
date: 2024-09-01
rule: passage
votes:
${FULL_VOTES_2024_09}`;
}

/** A tree whose first file comes before the council it refers to, then many roll calls. */
function tree(early: string): { folder: string; total: number } {
  const files: Record<string, string> = {
    'a-early/rc-early.yaml': early,
    'b-council.yaml': TESTVILLE,
  };
  for (let i = 0; i < ROLL_CALLS; i++) {
    // every tenth has a problem, so that some files carry findings and text
    const votes = i % 10 === 0 ? 'council: testville\nnot-a-key: 1' : 'council: testville';
    files[`c/rc-${String(i).padStart(4, '0')}.yaml`] = rollCall(`rc-${i}`).replace(
      'council: testville',
      votes,
    );
  }
  const folder = makeTempFolder();
  folders.push(folder);
  writeTree(folder, files);
  return { folder, total: Object.keys(files).length };
}

/** Each file handed on, with how many files had been read by then. */
async function handOns(folder: string): Promise<{ file: string; readBefore: number }[]> {
  reads.count = 0;
  const handed: { file: string; readBefore: number }[] = [];
  await validateFiles(['.'], { cwd: folder, maxFileSize: 4 << 20, jobs: 1 }, (checked) => {
    handed.push({ file: checked.file, readBefore: reads.count });
  });
  return handed;
}

describe('validateFiles hands files on as it goes', () => {
  it('hands on a file that waited for its council once the council is read, not at the end', async () => {
    const { folder, total } = tree(rollCall('rc-early'));
    const handed = await handOns(folder);
    expect(handed.map((h) => h.file)).toEqual([
      join('a-early', 'rc-early.yaml'),
      'b-council.yaml',
      ...Array.from({ length: ROLL_CALLS }, (_, i) =>
        join('c', `rc-${String(i).padStart(4, '0')}.yaml`),
      ),
    ]);
    expect(reads.count).toBe(total);
    // The first files go on within a few batches of 64; most long before the end.
    expect(handed[0]?.readBefore).toBeLessThanOrEqual(6 * 64);
    const early = handed.filter((h) => h.readBefore < total).length;
    expect(early).toBeGreaterThan(total / 2);
  });

  it('holds back the files after one whose reference never comes, and still reports all in order', async () => {
    const { folder, total } = tree(rollCall('rc-early', 'testvile'));
    const handed = await handOns(folder);
    expect(handed).toHaveLength(total);
    expect(handed[0]?.file).toBe(join('a-early', 'rc-early.yaml'));
    // "testvile" could be defined by any later file: nothing is known until all are read
    expect(handed.every((h) => h.readBefore === total)).toBe(true);
  });
});
