import { readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Check, OrderedCheck } from '../../src/check/check.js';
import { CHECKS, ORDERED_CHECKS } from '../../src/check/index.js';
import { findingsOf } from '../support/project-from-text.js';
import { CONSISTENT_PROJECT } from '../support/testville.js';

/** Modules in src/check that are not checks. */
const NOT_CHECKS = new Set(['check.ts', 'index.ts', 'describe.ts', 'executive-voter.ts']);

describe('CHECKS', () => {
  it('registers every check module once, under a unique name', async () => {
    const all: readonly (Check | OrderedCheck)[] = [...ORDERED_CHECKS, ...CHECKS];
    const folder = new URL('../../src/check/', import.meta.url);
    const modules = readdirSync(folder).filter((f) => f.endsWith('.ts') && !NOT_CHECKS.has(f));
    for (const file of modules) {
      const exports = (await import(new URL(file, folder).href)) as Record<string, unknown>;
      const checks = Object.values(exports).filter(
        (v): v is Check | OrderedCheck =>
          typeof v === 'object' && v !== null && ('run' in v || 'start' in v) && 'name' in v,
      );
      expect(checks.length, file).toBeGreaterThan(0);
      for (const check of checks) expect(all, file).toContain(check);
    }
    const names = all.map((c) => c.name);
    expect(new Set(names).size).toBe(names.length);
  });

  it('finds nothing wrong with a consistent project', () => {
    const findings = findingsOf(CONSISTENT_PROJECT);
    expect(findings).toEqual([]);
  });
});
