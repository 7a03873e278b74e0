import { describe, expect, it } from 'vitest';
import type { Diagnostic } from '../../src/diagnostics/diagnostic.js';
import { HeldFiles, type FileResult } from '../../src/project/held-files.js';
import { openScratchFiles } from '../support/scratch-files.js';

function result(i: number, waiting = false): FileResult {
  const problems: Diagnostic[] =
    i % 3 === 0
      ? []
      : [
          {
            code: 'ref/unknown-member',
            severity: i % 2 === 0 ? 'warning' : 'error',
            file: `f${i}.yaml`,
            message: `problem ${i}: "quotes", a\nnew line, é, 😀, a lone \uD800`,
            span: { start: i, end: i + 3 },
            ...(i % 4 === 1 ? { hint: 'a hint' } : {}),
            ...(i % 5 === 1 ? { document: 2 } : {}),
            params: { member: `m${i}`, known: ['a', 'b'], count: i },
          },
        ];
  return {
    file: `f${i}.yaml`,
    text: problems.length > 0 ? `votes:\n  m${i}: aye\r\n\u2028\n` : undefined,
    diagnostics: problems,
    waiting,
  };
}

/** A copy as the queue should give it back (not waiting, problems as they were). */
function expected(r: FileResult): FileResult {
  return { ...structuredClone(r), waiting: false };
}

describe('HeldFiles', () => {
  it('hands files on in order, stopping at one that waits', () => {
    const held = new HeldFiles();
    const results = [result(0), result(1), result(2, true), result(3)];
    for (const r of results) held.push(r);
    expect([...held.take(false)].map((r) => r.file)).toEqual(['f0.yaml', 'f1.yaml']);
    expect([...held.take(false)]).toEqual([]);
    const third = results[2];
    if (third !== undefined) third.waiting = false;
    expect([...held.take(false)].map((r) => r.file)).toEqual(['f2.yaml', 'f3.yaml']);
    held.close();
  });

  it('moves what is held behind a waiting file to disk, and gives it back exactly, in order', () => {
    const held = new HeldFiles({ holdInMemory: 10 });
    const first = result(1, true);
    held.push(first);
    const rest = Array.from({ length: 500 }, (_, i) => result(i + 2, i % 50 === 7));
    const copies = rest.map(expected);
    for (const [i, r] of rest.entries()) {
      held.push(r);
      // handed on as it goes: nothing can go while the first waits
      if (i % 20 === 0) expect([...held.take(false)]).toEqual([]);
    }
    if (process.platform === 'linux') expect(openScratchFiles()).toBe(1);
    first.waiting = false;
    for (const r of rest) r.waiting = false;
    const out = [...held.take(false)];
    expect(out[0]).toBe(first);
    expect(out.slice(1)).toEqual(copies);
    held.close();
    if (process.platform === 'linux') expect(openScratchFiles()).toBe(0);
  });

  it('with every file handed on at the end, gives back those still waiting too', () => {
    const held = new HeldFiles({ holdInMemory: 0 });
    const results = [result(1, true), result(2), result(4, true), result(5)];
    for (const r of results) {
      held.push(r);
      expect([...held.take(false)]).toEqual([]);
    }
    expect([...held.take(true)].map((r) => r.file)).toEqual(results.map((r) => r.file));
    held.close();
  });
});
