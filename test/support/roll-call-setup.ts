import { join } from 'node:path';
import type { Council } from '../../src/model/council.js';
import { loadProject } from '../../src/project/load-project.js';
import { createRollCallSetup, type RollCallSetup } from '../../src/tally/roll-call-view.js';

const ROOT = join(import.meta.dirname, '..', '..');

/** The bundled Milwaukee council. */
export async function milwaukeeCouncil(): Promise<Council> {
  const loaded = await loadProject(['ordinances/milwaukee/council.yaml'], {
    cwd: ROOT,
    maxFileSize: 4 * 1024 * 1024,
  });
  const council = loaded.project.find('council', 'milwaukee');
  if (council === undefined) throw new Error('no Milwaukee council');
  return council.value;
}

/** A roll call of a council, checked as the command checks it. */
export function setupFor(
  council: Council,
  options: { date: string; rule: string; measure?: string; motion?: string },
): RollCallSetup {
  const created = createRollCallSetup({
    id: 'rc',
    council,
    date: options.date,
    ruleId: options.rule,
    measureId: options.measure ?? null,
    measure: null,
    motion: options.motion ?? null,
  });
  if (!created.ok) throw new Error(created.error.kind);
  return created.value;
}

/** A council of `n` members, one per district, under a two-thirds rule with a quorum. */
export function largeCouncil(n: number): Council {
  return {
    kind: 'council',
    version: 1,
    id: 'big',
    name: 'Big City Council',
    seats: n,
    members: Array.from({ length: n }, (_, i) => ({
      id: `member-${i + 1}`,
      name: `Member Number ${i + 1} With A Rather Long Name`,
      district: i + 1,
      from: '2020-01-01',
    })),
    rules: {
      override: {
        threshold: { fraction: '2/3', of: 'members', compare: 'at-least' },
        quorum: { fraction: '1/2', of: 'seats', compare: 'more-than' },
      },
    },
  };
}
