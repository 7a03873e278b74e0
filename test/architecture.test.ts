/**
 * The layering of src/ is checked by `npm run lint` (dependency-cruiser,
 * .dependency-cruiser.cjs). These tests show that the check passes on the
 * code as it is and fails on a cycle and on an upward import: a rule that
 * could not fail would be no rule.
 */
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { makeTempFolder } from './support/run-cli.js';

const ROOT = join(import.meta.dirname, '..');
const DEPCRUISE = join(ROOT, 'node_modules', 'dependency-cruiser', 'bin', 'dependency-cruise.mjs');

function cruise(cwd: string): { code: number | null; output: string } {
  const run = spawnSync(
    process.execPath,
    [DEPCRUISE, 'src', '--config', '.dependency-cruiser.cjs', '--output-type', 'err'],
    { cwd, encoding: 'utf8' },
  );
  return { code: run.status, output: `${run.stdout}${run.stderr}` };
}

/** A tree with the project's rules and the given sources. */
function treeWith(files: Readonly<Record<string, string>>): string {
  const folder = makeTempFolder();
  copyFileSync(join(ROOT, '.dependency-cruiser.cjs'), join(folder, '.dependency-cruiser.cjs'));
  copyFileSync(join(ROOT, 'tsconfig.json'), join(folder, 'tsconfig.json'));
  for (const [name, text] of Object.entries(files)) {
    mkdirSync(dirname(join(folder, name)), { recursive: true });
    writeFileSync(join(folder, name), text);
  }
  return folder;
}

describe('the layering of src/', () => {
  it('holds for the code as it is', () => {
    const run = cruise(ROOT);
    expect(run.output).toContain('no dependency violations found');
    expect(run.code).toBe(0);
  });

  it('fails on an import cycle', () => {
    const run = cruise(
      treeWith({
        'src/basics/a.ts': "import { b } from './b.js';\nexport const a = (): number => b + 1;\n",
        'src/basics/b.ts': "import { a } from './a.js';\nexport const b = 1;\nvoid a;\n",
      }),
    );
    expect(run.output).toContain('no-circular');
    expect(run.code).not.toBe(0);
  });

  it('fails on an import from a layer above', () => {
    const run = cruise(
      treeWith({
        'src/load/read.ts': "import { run } from '../cli/run.js';\nexport const read = run;\n",
        'src/cli/run.ts': 'export const run = 1;\n',
      }),
    );
    expect(run.output).toContain('no-upward-from-load');
    expect(run.code).not.toBe(0);
  });
});
