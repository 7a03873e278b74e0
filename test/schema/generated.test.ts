import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('../..', import.meta.url));

describe('src/schema/generated', () => {
  it('is what scripts/compile-schemas.js makes of schemas/*.schema.json', () => {
    const run = spawnSync(process.execPath, ['scripts/compile-schemas.js', '--check'], {
      cwd: root,
      encoding: 'utf8',
    });
    // On failure: run `npm run schemas` and commit the result.
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
  });
});
