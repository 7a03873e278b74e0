import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runInMemory } from '../cli/tally-memory-io.js';

/**
 * Golden files pin every byte of every `whip` format. After an intended
 * change, regenerate them with
 * `UPDATE_GOLDEN=1 npx vitest run test/tally/whip-golden.test.ts`
 * and review the diff.
 */
const UPDATE = process.env['UPDATE_GOLDEN'] === '1';
const GOLDEN = 'test/golden/whip';

const FORMATS = [
  ['table', 'table.txt'],
  ['markdown', 'markdown.md'],
  ['json', 'json.json'],
  ['csv', 'csv.csv'],
] as const;

const LAKESIDE = 'test/fixtures/whip/lakeside/whip-counts';

const CASES: readonly { name: string; file: string; flags?: readonly string[] }[] = [
  {
    name: 'milwaukee/frt-moratorium-whip',
    file: 'ordinances/milwaukee/whip-counts/frt-moratorium-whip.yaml',
  },
  {
    name: 'milwaukee/frt-moratorium-whip-readings-99',
    file: 'ordinances/milwaukee/whip-counts/frt-moratorium-whip.yaml',
    flags: ['--all-readings', '--target', '0.99'],
  },
  { name: 'lakeside/parking', file: `${LAKESIDE}/parking.yaml` },
  {
    name: 'lakeside/parking-what-if',
    file: `${LAKESIDE}/parking.yaml`,
    flags: ['--assume', 'ed-eng=aye', '--assume', 'ana-alba=absent', '--attendance', '0.8'],
  },
  {
    name: 'lakeside/override-readings',
    file: `${LAKESIDE}/override.yaml`,
    flags: ['--all-readings'],
  },
];

function compareWithGolden(path: string, actual: string): void {
  if (UPDATE || !existsSync(path)) {
    if (!UPDATE) throw new Error(`${path} is missing: run with UPDATE_GOLDEN=1 to create it`);
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(path, actual);
    return;
  }
  expect(actual).toBe(readFileSync(path, 'utf8'));
}

describe('whip reports match their golden files', () => {
  for (const c of CASES) {
    for (const [format, fileName] of FORMATS) {
      it(`${c.name} as ${format}`, async () => {
        const { code, stdout } = await runInMemory([
          'whip',
          c.file,
          '--format',
          format,
          ...(c.flags ?? []),
        ]);
        expect(code).toBe(0);
        compareWithGolden(join(GOLDEN, c.name, fileName), stdout);
      });
    }
  }
});
