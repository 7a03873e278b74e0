import { readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Check, OrderedCheck } from '../../src/check/check.js';
import { CHECKS, ORDERED_CHECKS } from '../../src/check/index.js';
import { findingsOf } from '../support/project-from-text.js';
import {
  TESTVILLE,
  directiveText,
  ordinanceText,
  rollCallText,
  whipCountText,
} from '../support/testville.js';

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
    const findings = findingsOf({
      'council.yaml': TESTVILLE,
      'directive.yaml': directiveText(
        'proposed: 2024-05-01\nissued: 2024-06-01\ncouncil_notified: 2024-06-02\n',
      ),
      'ordinance.yaml': ordinanceText(
        [
          'sponsors: [ann-adams, dan-diaz]',
          'introduced: 2024-08-15',
          'action: override',
          'directive: frt-policy',
          'enacting_clause: The Testville Council does ordain as follows',
          'sections:',
          '  - { number: 1, text: The policy is suspended. }',
          '',
        ].join('\n'),
        'introduced',
      ),
      'roll-call.yaml': rollCallText(
        'measure: "24-001"\nrule: override\nvotes:\n  ann-adams: aye\n  bob-brown: aye\n  dan-diaz: aye\n  eve-evans: no\n  fay-fox: absent\n',
      ),
      'whip.yaml': whipCountText(
        'measure: "24-001"\npositions:\n  ann-adams: yes\n  bob-brown: { stance: lean-yes, probability: 0.7 }\nblocs:\n  - { size: 3, stance: undecided }\n',
      ),
    });
    expect(findings).toEqual([]);
  });
});
