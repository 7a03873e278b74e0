import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compareRationals, rational, type Rational } from '../../src/basics/rational.js';
import { projectWhipCount, type WhipInput } from '../../src/tally/whip-projection.js';
import type { WhipProjection } from '../../src/tally/whip-result.js';
import {
  add,
  bruteForce,
  bruteMembers,
  caseArb,
  mul,
  ONE,
  ZERO,
  type BruteMember,
} from '../support/whip-brute-force.js';

/** Property tests take seconds to minutes on a busy machine: never a reason to fail. */
const LONG = 900_000;

function project(input: WhipInput): WhipProjection {
  const projected = projectWhipCount(input);
  if (!projected.ok) throw new Error(JSON.stringify(projected.error));
  return projected.value;
}

const TARGETS = [
  rational(1n, 2n),
  rational(3n, 4n),
  rational(9n, 10n),
  rational(19n, 20n),
  rational(99n, 100n),
];

const won = (m: BruteMember): BruteMember => ({ ...m, attendance: ONE, aye: ONE });
const ayeChance = (m: BruteMember): Rational => mul(m.attendance, m.aye);

/** Every set of members of each size (indexes), smallest first. */
function* subsets(n: number, size: number, start = 0): Generator<number[]> {
  if (size === 0) {
    yield [];
    return;
  }
  for (let i = start; i <= n - size; i++) {
    for (const rest of subsets(n, size - 1, i + 1)) yield [i, ...rest];
  }
}

describe('persuade, checked by brute force', () => {
  it(
    'reaches the target, no shorter list does, and no list as short is cheaper',
    () => {
      fc.assert(
        fc.property(
          caseArb(6, { blocs: true }),
          fc.constantFrom(...TARGETS),
          ({ council, whip }, target) => {
            const p = project({ council, whip, target });
            const members = bruteMembers(council, whip);
            const chanceWith = (chosen: readonly number[]): Rational =>
              bruteForce(
                council,
                whip,
                members.map((m, i) => (chosen.includes(i) ? won(m) : m)),
              ).chance;
            const reaches = (r: Rational): boolean => compareRationals(r, target) >= 0;
            const keys = p.persuade.keys;

            if (reaches(p.chance)) {
              expect(keys).toEqual([]);
              expect(p.persuade.reached).toBe(true);
              return;
            }
            const candidates = members.flatMap((m, i) =>
              compareRationals(ayeChance(m), ONE) < 0 ? [i] : [],
            );
            if (!reaches(chanceWith(candidates))) {
              expect([p.persuade.reached, keys]).toEqual([false, []]);
              return;
            }
            expect(p.persuade.reached).toBe(true);
            expect([p.persuade.fewest, p.persuade.cheapest]).toEqual([true, true]);
            // the list's members, by line, in the order each line's members come
            const chosen: number[] = [];
            for (const key of keys) {
              const index = members.findIndex((m, i) => m.line === key && !chosen.includes(i));
              expect(index).toBeGreaterThanOrEqual(0);
              chosen.push(index);
            }
            const reached = chanceWith(chosen);
            expect(reaches(reached)).toBe(true);
            expect(compareRationals(reached, p.persuade.chance)).toBe(0);
            // no shorter list reaches the target
            for (let size = 0; size < keys.length; size++) {
              for (const other of subsets(members.length, size))
                expect(reaches(chanceWith(other))).toBe(false);
            }
            // no list as short is cheaper (members more likely to vote aye already)
            const value = (list: readonly number[]): Rational =>
              list.reduce(
                (s, i) => add(s, ayeChance(members[i] ?? won(members[0] as BruteMember))),
                ZERO,
              );
            for (const other of subsets(members.length, keys.length)) {
              if (compareRationals(value(other), value(chosen)) > 0)
                expect(reaches(chanceWith(other))).toBe(false);
            }
            // cheapest first
            const chances = chosen.map((i) => ayeChance(members[i] as BruteMember));
            for (let i = 1; i < chances.length; i++) {
              expect(
                compareRationals(chances[i - 1] ?? ZERO, chances[i] ?? ZERO),
              ).toBeGreaterThanOrEqual(0);
            }
          },
        ),
        { numRuns: 600 },
      );
    },
    LONG,
  );

  it(
    'out of budget, still reaches the target, and says it is not proven the fewest',
    () => {
      fc.assert(
        fc.property(caseArb(7), fc.constantFrom(...TARGETS), ({ council, whip }, target) => {
          const p = project({ council, whip, target, persuadeBudget: 1 });
          if (!p.persuade.reached || p.persuade.keys.length === 0) return;
          expect(p.persuade.fewest).toBe(false);
          expect(p.warnings).toContainEqual({
            code: 'persuade-not-proven',
            fewest: false,
            cheapest: false,
          });
          const assume = p.persuade.keys.map((id) => ({ id, vote: 'aye' as const }));
          expect(
            compareRationals(project({ council, whip, assume }).chance, target),
          ).toBeGreaterThanOrEqual(0);
        }),
        { numRuns: 200 },
      );
    },
    LONG,
  );
});

describe('persuade on larger councils, checked by trying every mix of alike members', () => {
  it(
    'is the fewest and the cheapest among lists of members alike in their chances',
    () => {
      const stances = ['yes', 'lean-yes', 'undecided', 'lean-no', 'no'] as const;
      fc.assert(
        fc.property(
          fc.integer({ min: 8, max: 16 }),
          fc.array(fc.constantFrom(...stances), { minLength: 16, maxLength: 16 }),
          fc.array(fc.constantFrom(1, 0.8), { minLength: 16, maxLength: 16 }),
          fc.constantFrom('seats' as const, 'present' as const),
          fc.constantFrom(...TARGETS),
          (n, stanceOf, attendanceOf, of, target) => {
            const members = Array.from({ length: n }, (_, i) => ({
              id: `m${i + 1}`,
              name: `M${i + 1}`,
              from: '2020-01-01',
            }));
            const council = {
              kind: 'council' as const,
              version: 1 as const,
              id: 'c',
              name: 'C',
              seats: n,
              members,
              rules: { r: { threshold: { fraction: '2/3', of, compare: 'at-least' as const } } },
            };
            const positions = Object.fromEntries(
              members.map((m, i) => [
                m.id,
                { stance: stanceOf[i] ?? 'yes', attendance: attendanceOf[i] ?? 1 },
              ]),
            );
            const whip = {
              kind: 'whip-count' as const,
              version: 1 as const,
              id: 'w',
              council: 'c',
              rule: 'r',
              as_of: '2026-01-01',
              positions,
            };
            const p = project({ council, whip, target });
            if (!p.persuade.reached || p.persuade.keys.length === 0) return;
            const k = p.persuade.keys.length;
            // Members alike in their chances, as groups of ids, each group's chance of an aye.
            const groups = new Map<string, { ids: string[]; aye: Rational }>();
            for (const line of p.lines) {
              if (compareRationals(line.ayeChance, ONE) === 0) continue;
              const key = `${String(line.probability.numerator)}/${String(line.probability.denominator)}@${String(line.attendance.numerator)}/${String(line.attendance.denominator)}`;
              const group = groups.get(key) ?? { ids: [], aye: line.ayeChance };
              group.ids.push(line.key);
              groups.set(key, group);
            }
            const list = [...groups.values()];
            const reaches = (counts: readonly number[]): boolean => {
              const assume = list.flatMap((g, i) =>
                g.ids.slice(0, counts[i] ?? 0).map((id) => ({ id, vote: 'aye' as const })),
              );
              return compareRationals(project({ council, whip, assume }).chance, target) >= 0;
            };
            const value = (counts: readonly number[]): Rational =>
              list.reduce(
                (sum, g, i) => add(sum, mul(g.aye, rational(BigInt(counts[i] ?? 0), 1n))),
                ZERO,
              );
            const chosen = list.map(
              (g) => g.ids.filter((id) => p.persuade.keys.includes(id)).length,
            );
            expect(reaches(chosen)).toBe(true);
            // every mix of k − 1 and of k members
            const mixes = (size: number, i = 0): number[][] => {
              const g = list[i];
              if (g === undefined) return size === 0 ? [[]] : [];
              const out: number[][] = [];
              for (let c = 0; c <= Math.min(size, g.ids.length); c++) {
                for (const rest of mixes(size - c, i + 1)) out.push([c, ...rest]);
              }
              return out;
            };
            for (const mix of mixes(k - 1)) expect(reaches(mix)).toBe(false);
            for (const mix of mixes(k)) {
              if (compareRationals(value(mix), value(chosen)) > 0) expect(reaches(mix)).toBe(false);
            }
          },
        ),
        { numRuns: 40 },
      );
    },
    LONG,
  );
});

describe('persuade on a worked example', () => {
  // The README's three-member council: a majority of 3 seats is 2 ayes.
  const council = {
    kind: 'council',
    version: 1,
    id: 'c',
    name: 'Three',
    seats: 3,
    members: ['ana', 'ben', 'cal'].map((id) => ({ id, name: id, from: '2020-01-01' })),
    rules: { r: { threshold: { fraction: '1/2', of: 'seats', compare: 'more-than' } } },
  } as const;
  const whip = {
    kind: 'whip-count',
    version: 1,
    id: 'w',
    council: 'c',
    rule: 'r',
    as_of: '2026-01-01',
    positions: {
      ana: { stance: 'yes', probability: 0.9 },
      ben: 'undecided',
      cal: { stance: 'lean-no', probability: 0.2 },
    },
  } as const;

  it('wins the cheapest members that are enough: Ben (0.5) over Cal (0.2), though Cal gains more', () => {
    const p = project({ council, whip });
    expect(p.chance).toEqual(rational(11n, 20n));
    const gains = Object.fromEntries(p.lines.map((l) => [l.key, l.gain]));
    expect(gains).toEqual({
      ana: rational(1n, 20n),
      ben: rational(37n, 100n),
      cal: rational(2n, 5n),
    });
    expect(p.persuade.keys).toEqual(['ben']);
    expect(p.persuade.chance).toEqual(rational(23n, 25n));
    expect(project({ council, whip, target: rational(93n, 100n) }).persuade.keys).toEqual(['cal']);
    expect(project({ council, whip, target: rational(96n, 100n) }).persuade.keys).toEqual([
      'ana',
      'ben',
    ]);
  });
});
