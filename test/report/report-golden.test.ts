import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../support/run-cli.js';

/**
 * Golden files pin every byte of `overrule report`. After an intended change,
 * regenerate them with `UPDATE_GOLDEN=1 npx vitest run test/report/report-golden.test.ts`
 * and review the diff.
 */
const UPDATE = process.env['UPDATE_GOLDEN'] === '1';
const GOLDEN = 'test/golden/report';

const FORMATS = [
  ['markdown.md', ['--format', 'markdown']],
  ['markdown-github.md', ['--format', 'markdown', '--flavor', 'github']],
  ['json.json', ['--format', 'json']],
  ['csv.csv', ['--format', 'csv']],
  ['html.html', ['--format', 'html']],
] as const;

const CASES = [
  // The bundled archive: clean, exit 0.
  { name: 'milwaukee', path: 'ordinances/milwaukee', flags: [], exit: 0 },
  // Every kind of vote, a tie broken by the mayor, no quorum, a record that disagrees (exit 1).
  { name: 'riverton', path: 'test/fixtures/tally/riverton', flags: [], exit: 1 },
  {
    name: 'riverton-2024',
    path: 'test/fixtures/tally/riverton',
    flags: ['--from', '2024-03-05', '--to', '2024-12-31'],
    exit: 1,
  },
] as const;

function compareWithGolden(path: string, actual: string): void {
  if (UPDATE || !existsSync(path)) {
    if (!UPDATE) throw new Error(`${path} is missing: run with UPDATE_GOLDEN=1 to create it`);
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(path, actual);
    return;
  }
  expect(actual).toBe(readFileSync(path, 'utf8'));
}

describe('report output matches its golden files', () => {
  for (const c of CASES) {
    for (const [fileName, format] of FORMATS) {
      it(`${c.name} ${fileName}`, async () => {
        const { code, stdout } = await runCli(['report', c.path, ...c.flags, ...format]);
        expect(code).toBe(c.exit);
        compareWithGolden(join(GOLDEN, c.name, fileName), stdout);
      });
    }
  }
});
