import { existsSync, mkdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runInMemory } from '../cli/tally-memory-io.js';
import { messyCorpus, writeTree } from '../support/messy-corpus.js';
import { makeTempFolder } from '../support/run-cli.js';

/**
 * Golden files pin every byte of every `validate` format on a tree with
 * every kind of finding: the walk's (a symlink loop, a link out of the
 * tree), files before what they refer to, repeated ids, several documents,
 * bad bytes. After an intended change, regenerate them with
 * `UPDATE_GOLDEN=1 npx vitest run test/report/validation-golden.test.ts`
 * and review the diff.
 */
const UPDATE = process.env['UPDATE_GOLDEN'] === '1';
const GOLDEN = join('test', 'golden', 'validate');

const CASES = [
  ['pretty', [], 'pretty.txt'],
  ['pretty', ['--quiet'], 'pretty-quiet.txt'],
  ['json', [], 'json.json'],
  ['json', ['--quiet', '--strict'], 'json-quiet-strict.json'],
  ['github', [], 'github.txt'],
  ['sarif', [], 'sarif.json'],
  ['junit', [], 'junit.xml'],
  ['junit', ['--strict'], 'junit-strict.xml'],
] as const;

let folder = '';
let outside = '';

beforeAll(() => {
  folder = makeTempFolder();
  outside = makeTempFolder();
  writeTree(folder, messyCorpus(46));
  writeFileSync(join(outside, 'elsewhere.yaml'), 'kind: council\n');
  symlinkSync(folder, join(folder, 'roll-calls', 'loop'));
  symlinkSync(join(outside, 'elsewhere.yaml'), join(folder, 'elsewhere.yaml'));
});

afterAll(() => {
  rmSync(folder, { recursive: true, force: true });
  rmSync(outside, { recursive: true, force: true });
});

/** The report with the temporary folders' names replaced, so it is the same on every machine. */
function portable(text: string): string {
  return text.replaceAll(folder, '<ROOT>').replaceAll(outside, '<OUTSIDE>');
}

function compareWithGolden(path: string, actual: string): void {
  if (UPDATE || !existsSync(path)) {
    if (!UPDATE) throw new Error(`${path} is missing: run with UPDATE_GOLDEN=1 to create it`);
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(path, actual);
    return;
  }
  expect(actual).toBe(readFileSync(path, 'utf8'));
}

describe('validate reports match their golden files', () => {
  for (const [format, flags, fileName] of CASES) {
    it(`--format ${format} ${flags.join(' ')}`, async () => {
      const summary = join(makeTempFolder(), 'summary.md');
      const { code, stdout, stderr } = await runInMemory(
        ['validate', '.', '--format', format, ...flags],
        { cwd: folder, env: { GITHUB_STEP_SUMMARY: summary, GITHUB_WORKSPACE: folder } },
      );
      expect(code).toBe(1);
      expect(stderr).toBe('');
      compareWithGolden(join(GOLDEN, fileName), portable(stdout));
      if (format === 'github') {
        compareWithGolden(
          join(GOLDEN, 'github-summary.md'),
          portable(readFileSync(summary, 'utf8')),
        );
      }
    });
  }

  it('--output FILE holds the same bytes as standard output', async () => {
    const target = join(makeTempFolder(), 'report.json');
    const { code, stdout } = await runInMemory(
      ['validate', '.', '--format', 'json', '--output', target],
      { cwd: folder },
    );
    expect(code).toBe(1);
    expect(stdout).toBe('');
    compareWithGolden(join(GOLDEN, 'json.json'), portable(readFileSync(target, 'utf8')));
  });
});
