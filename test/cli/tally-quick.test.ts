/**
 * `tally` finds a clean roll call's council, measure and directive without
 * holding the whole tree (findTallyInputs); it must say exactly what holding
 * the whole tree says, for every roll call of the fixtures, of the bundled
 * data and of a corpus with trouble of every kind.
 */
import { readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import type { Io } from '../../src/cli/io.js';
import { tallyCommand, type TallyOptions } from '../../src/cli/tally.js';
import { messyCorpus, writeTree } from '../support/messy-corpus.js';
import { makeTempFolder } from '../support/run-cli.js';

const ROOT = join(import.meta.dirname, '..', '..');

/** While on, the quick way finds nothing, so that the whole tree is held. */
const wholeTree = vi.hoisted(() => ({ on: false }));
vi.mock('../../src/project/quick-inputs.js', async (importOriginal) => {
  const original = await importOriginal<typeof import('../../src/project/quick-inputs.js')>();
  return {
    ...original,
    findInputsQuickly: (...args: Parameters<typeof original.findInputsQuickly>) =>
      wholeTree.on ? Promise.resolve(undefined) : original.findInputsQuickly(...args),
  };
});

function yamlFilesUnder(folder: string): string[] {
  return readdirSync(folder, { withFileTypes: true }).flatMap((entry) => {
    const path = join(folder, entry.name);
    if (entry.isDirectory()) return yamlFilesUnder(path);
    return /\.ya?ml$/.test(entry.name) ? [path] : [];
  });
}

async function tally(file: string, cwd: string, options: TallyOptions) {
  const out: string[] = [];
  const err: string[] = [];
  const io: Io = {
    stdout: { write: (chunk) => out.push(chunk), isTTY: false },
    stderr: { write: (chunk) => err.push(chunk), isTTY: false },
    stdin: { isTTY: true, readAll: () => Promise.reject(new Error('no stdin')) },
    env: {},
    cwd,
  };
  let code: number | string;
  try {
    code = await tallyCommand(file, options, io);
  } catch (error) {
    code = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
  }
  return { code, stdout: out.join(''), stderr: err.join('') };
}

const messy = makeTempFolder();
writeTree(messy, { ...messyCorpus(46), '.git': '' });

const CASES: [string, string][] = [
  ...yamlFilesUnder(join(ROOT, 'ordinances')).map((f): [string, string] => [
    ROOT,
    relative(ROOT, f),
  ]),
  ...yamlFilesUnder(join(ROOT, 'test', 'fixtures', 'tally')).map((f): [string, string] => [
    ROOT,
    relative(ROOT, f),
  ]),
  ...yamlFilesUnder(messy).map((f): [string, string] => [messy, relative(messy, f)]),
];

describe('tally the quick way', () => {
  it.each(CASES)('says what holding the whole tree says (%s: %s)', async (cwd, file) => {
    for (const options of [
      { json: true },
      { format: 'table' as const },
      { json: true, id: 'rc-3' },
      { json: true, expectPass: true },
    ]) {
      const quick = await tally(file, cwd, options);
      wholeTree.on = true;
      const whole = await tally(file, cwd, options).finally(() => {
        wholeTree.on = false;
      });
      expect(quick).toEqual(whole);
    }
  });
});
