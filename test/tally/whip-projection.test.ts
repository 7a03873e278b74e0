import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatRational, type Rational } from '../../src/basics/rational.js';
import type { Council } from '../../src/model/council.js';
import type { WhipCount } from '../../src/model/whip-count.js';
import { projectWhipCount, type WhipInput } from '../../src/tally/whip-projection.js';
import type { WhipProjection } from '../../src/tally/whip-result.js';
import {
  add,
  bruteForce,
  bruteMembers,
  caseArb,
  mul,
  ONE,
  sub,
  ZERO,
} from '../support/whip-brute-force.js';

function project(input: WhipInput): WhipProjection {
  const projected = projectWhipCount(input);
  if (!projected.ok) throw new Error(JSON.stringify(projected.error));
  return projected.value;
}

/** Property tests take seconds to minutes on a busy machine: never a reason to fail. */
const LONG = 900_000;

const text = (r: Rational): string => formatRational(r);

describe('projectWhipCount against brute-force enumeration (tally decides each outcome)', () => {
  it(
    'gives the exact chance of passage, of a quorum and of each count of ayes',
    () => {
      fc.assert(
        fc.property(caseArb(9, { blocs: true }), ({ council, whip }) => {
          const members = bruteMembers(council, whip);
          const brute = bruteForce(council, whip, members);
          const p = project({ council, whip });
          expect(text(p.chance)).toBe(text(brute.chance));
          expect(text(p.quorumChance)).toBe(text(brute.quorumChance));
          expect(p.distribution.map((d) => text(d.probability))).toEqual(
            brute.distribution.map(text),
          );
          const expected = members.reduce((s, m) => add(s, mul(m.attendance, m.aye)), ZERO);
          expect(text(p.expectedAyes)).toBe(text(expected));
          const total = add(add(p.outcomes.passed, p.outcomes.failed), p.outcomes.noQuorum);
          expect(text(total)).toBe('1');
          expect(text(p.outcomes.passed)).toBe(text(p.chance));
          expect(text(p.outcomes.noQuorum)).toBe(text(sub(ONE, p.quorumChance)));
        }),
        { numRuns: 2500 },
      );
    },
    LONG,
  );

  it(
    'gives each member the exact gain of becoming a certain aye',
    () => {
      fc.assert(
        fc.property(caseArb(7), ({ council, whip }) => {
          const p = project({ council, whip });
          const members = bruteMembers(council, whip);
          for (const line of p.lines) {
            if (line.id === null) continue;
            const won = members.map((m) =>
              m.id === line.id ? { ...m, attendance: ONE, aye: ONE } : m,
            );
            const brute = bruteForce(council, whip, won);
            expect(text(line.passIfWon)).toBe(text(brute.chance));
            expect(text(line.gain)).toBe(text(sub(brute.chance, p.chance)));
          }
        }),
        { numRuns: 500 },
      );
    },
    LONG,
  );

  it(
    'applies --assume and --attendance what-ifs exactly',
    () => {
      fc.assert(
        fc.property(
          caseArb(7),
          fc.constantFrom('aye' as const, 'no' as const, 'absent' as const),
          fc.option(
            fc.integer({ min: 0, max: 10 }).map((k) => k / 10),
            { nil: undefined },
          ),
          ({ council, whip }, vote, attendance) => {
            const first = council.members[0];
            const assume = first === undefined ? [] : [{ id: first.id, vote }];
            const p = project({
              council,
              whip,
              assume,
              ...(attendance === undefined ? {} : { attendance: exactChance(attendance) }),
            });
            const members = bruteMembers(council, whip).map((m) => {
              const withAttendance =
                attendance === undefined ? m : { ...m, attendance: exactChance(attendance) };
              if (first === undefined || m.id !== first.id) return withAttendance;
              return vote === 'absent'
                ? { ...m, attendance: ZERO }
                : { ...m, attendance: ONE, aye: vote === 'aye' ? ONE : ZERO };
            });
            expect(text(p.chance)).toBe(text(bruteForce(council, whip, members).chance));
          },
        ),
        { numRuns: 500 },
      );
    },
    LONG,
  );

  it(
    'is the same whether or not every reading is asked for (ayes alone, or ayes and present)',
    () => {
      fc.assert(
        fc.property(caseArb(8, { blocs: true }), ({ council, whip }) => {
          const plain = project({ council, whip });
          const all = project({ council, whip, allReadings: true });
          expect(text(all.chance)).toBe(text(plain.chance));
          expect(all.lines.map((l) => text(l.gain))).toEqual(plain.lines.map((l) => text(l.gain)));
        }),
        { numRuns: 500 },
      );
    },
    LONG,
  );

  it(
    'reads each reading of the fraction as a rule of its own would',
    () => {
      fc.assert(
        fc.property(caseArb(6), ({ council, whip }) => {
          const p = project({ council, whip, allReadings: true });
          const rule = council.rules['r'];
          if (rule === undefined || Array.isArray(rule)) return;
          for (const reading of p.readings ?? []) {
            const version = {
              ...(rule as object),
              threshold: {
                fraction: reading.fraction,
                of: reading.of,
                compare: reading.compare,
                ...(reading.minimum === null ? {} : { minimum: reading.minimum }),
              },
            };
            const variant: Council = { ...council, rules: { r: version } };
            const brute = bruteForce(variant, whip, bruteMembers(variant, whip));
            expect(text(reading.chance)).toBe(text(brute.chance));
          }
        }),
        { numRuns: 150 },
      );
    },
    LONG,
  );
});

describe('monotonicity', () => {
  it(
    'raising any member’s chance of an aye never lowers the chance of passage',
    () => {
      fc.assert(
        fc.property(
          caseArb(9, { blocs: true }),
          fc.nat(),
          fc.integer({ min: 1, max: 20 }),
          ({ council, whip }, pick, step) => {
            const ids = Object.keys(whip.positions ?? {});
            const id = ids[pick % Math.max(1, ids.length)];
            if (id === undefined) return;
            const before = project({ council, whip });
            const position = whip.positions?.[id];
            if (position === undefined) return;
            const detail = typeof position === 'string' ? { stance: position } : position;
            const current = detail.probability ?? STANCE_NUMBER[detail.stance];
            const raised: WhipCount = {
              ...whip,
              positions: {
                ...whip.positions,
                [id]: {
                  ...detail,
                  probability: Math.min(1, Math.round((current + step / 20) * 100) / 100),
                },
              },
            };
            const after = project({ council, whip: raised });
            expect(
              Number(
                after.chance.numerator * before.chance.denominator -
                  before.chance.numerator * after.chance.denominator,
              ) >= 0,
            ).toBe(true);
          },
        ),
        { numRuns: 1500 },
      );
    },
    LONG,
  );
});

const STANCE_NUMBER = {
  yes: 0.95,
  'lean-yes': 0.75,
  undecided: 0.5,
  'lean-no': 0.25,
  no: 0.05,
} as const;

function exactChance(n: number): Rational {
  const [whole = '0', fraction = ''] = String(n).split('.');
  const d = 10n ** BigInt(fraction.length);
  const num = BigInt(whole + fraction);
  const g = gcd(num, d);
  return { numerator: num / g, denominator: d / g };
}

function gcd(a: bigint, b: bigint): bigint {
  return b === 0n ? (a === 0n ? 1n : a) : gcd(b, a % b);
}
