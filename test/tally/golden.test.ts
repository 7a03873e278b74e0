import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runInMemory } from '../cli/tally-memory-io.js';

/**
 * Golden files pin every report byte for byte. After an intended change,
 * regenerate them with `UPDATE_GOLDEN=1 npx vitest run test/tally/golden.test.ts`
 * and review the diff.
 */
const UPDATE = process.env['UPDATE_GOLDEN'] === '1';
const GOLDEN = 'test/golden';

const FORMATS = [
  ['table', 'table.txt'],
  ['markdown', 'markdown.md'],
  ['json', 'json.json'],
  ['csv', 'csv.csv'],
  ['html', 'html.html'],
] as const;

interface Case {
  readonly name: string;
  readonly file: string;
  readonly flags?: readonly string[];
  readonly exit: number;
}

const MILWAUKEE = 'ordinances/milwaukee/roll-calls';
const RIVERTON = 'test/fixtures/tally/riverton/roll-calls';
const LAKESIDE = 'test/fixtures/tally/lakeside/roll-calls';

const CASES: readonly Case[] = [
  { name: 'milwaukee/2023-07-11-230359', file: `${MILWAUKEE}/2023-07-11-230359.yaml`, exit: 0 },
  {
    name: 'milwaukee/2026-03-24-frt-scenario-10-5',
    file: `${MILWAUKEE}/2026-03-24-frt-scenario-10-5.yaml`,
    exit: 0,
  },
  {
    name: 'milwaukee/2026-03-24-frt-scenario-11-4',
    file: `${MILWAUKEE}/2026-03-24-frt-scenario-11-4.yaml`,
    exit: 0,
  },
  { name: 'riverton/budget', file: `${RIVERTON}/2024-03-05-budget.yaml`, exit: 0 },
  { name: 'riverton/tie', file: `${RIVERTON}/2024-03-05-tie.yaml`, exit: 0 },
  { name: 'riverton/override-mismatch', file: `${RIVERTON}/2024-03-05-override.yaml`, exit: 1 },
  { name: 'riverton/no-quorum', file: `${RIVERTON}/2024-03-05-no-quorum.yaml`, exit: 0 },
  { name: 'riverton/charter-vacancy', file: `${RIVERTON}/2024-09-10-charter.yaml`, exit: 0 },
  {
    name: 'riverton/charter-unanimity',
    file: `${RIVERTON}/2025-02-01-charter.yaml`,
    flags: ['--id', '2025-02-01-charter'],
    exit: 0,
  },
  // The executive's tie-breaking vote: not cast on a tie it could break, cast and
  // recorded in a tally that counts it, and a tie on a supermajority measure.
  { name: 'lakeside/tie-open', file: `${LAKESIDE}/2024-04-02-tie-open.yaml`, exit: 0 },
  { name: 'lakeside/tie-broken', file: `${LAKESIDE}/2024-04-02-tie-broken.yaml`, exit: 0 },
  { name: 'lakeside/budget-tie', file: `${LAKESIDE}/2024-04-02-budget-tie.yaml`, exit: 0 },
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

describe('tally reports match their golden files', () => {
  for (const c of CASES) {
    for (const [format, fileName] of FORMATS) {
      it(`${c.name} as ${format}`, async () => {
        const { code, stdout } = await runInMemory([
          'tally',
          c.file,
          '--format',
          format,
          ...(c.flags ?? []),
        ]);
        expect(code).toBe(c.exit);
        compareWithGolden(join(GOLDEN, 'tally', c.name, fileName), stdout);
      });
    }
  }
});

describe('threshold output matches its golden files', () => {
  const readings = [
    ['milwaukee-all-readings.txt', ['--seats', '15', '--fraction', '2/3', '--all-readings']],
    [
      'milwaukee-all-readings.json',
      ['--seats', '15', '--fraction', '2/3', '--all-readings', '--json'],
    ],
    ['sixteen.txt', ['--seats', '16', '--fraction', '2/3']],
  ] as const;
  for (const [fileName, flags] of readings) {
    it(fileName, async () => {
      const { code, stdout } = await runInMemory(['threshold', ...flags]);
      expect(code).toBe(0);
      compareWithGolden(join(GOLDEN, 'threshold', fileName), stdout);
    });
  }
});
