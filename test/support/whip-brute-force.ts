import fc from 'fast-check';
import { rational, type Rational } from '../../src/basics/rational.js';
import type { Council, Member, Quorum, RuleVersion, Threshold } from '../../src/model/council.js';
import type { Bloc, Position, Stance, WhipCount } from '../../src/model/whip-count.js';
import { STANCES } from '../../src/model/whip-count.js';
import { computeTally } from '../../src/tally/compute-tally.js';

/**
 * The definition of a whip projection, by brute force: every member's
 * absent/aye/no outcome enumerated (3ⁿ outcomes), each outcome's chance the
 * product of the members' chances, each outcome decided by `tally` itself
 * (a roll call with those counts), with the executive's aye or no on a tie
 * weighed by the executive's chance. Exact fractions throughout.
 */

export const STANCE_DEFAULT: Readonly<Record<Stance, Rational>> = {
  yes: rational(95n, 100n),
  'lean-yes': rational(75n, 100n),
  undecided: rational(1n, 2n),
  'lean-no': rational(25n, 100n),
  no: rational(5n, 100n),
};

export const ZERO = rational(0n, 1n);
export const ONE = rational(1n, 1n);

export function add(a: Rational, b: Rational): Rational {
  return rational(
    a.numerator * b.denominator + b.numerator * a.denominator,
    a.denominator * b.denominator,
  );
}
export function mul(a: Rational, b: Rational): Rational {
  return rational(a.numerator * b.numerator, a.denominator * b.denominator);
}
export function sub(a: Rational, b: Rational): Rational {
  return add(a, { numerator: -b.numerator, denominator: b.denominator });
}
/** A decimal as a JS number is written, read exactly (k / 10^digits). */
export function exact(n: number): Rational {
  const [whole = '0', fraction = ''] = String(n).split('.');
  return rational(BigInt(whole + fraction), 10n ** BigInt(fraction.length));
}

/** Each member in office's chance of attendance and of an aye, as the whip count says (SPEC 1.6). */
export interface BruteMember {
  readonly id: string | null;
  /** The whip count's line the member is in: the id, `bloc:N` or `bloc:uncovered`. */
  readonly line: string;
  readonly attendance: Rational;
  readonly aye: Rational;
}

/** The members of a whip count by SPEC 1.6, written independently of src/tally/whip-voters.ts. */
export function bruteMembers(council: Council, whip: WhipCount): BruteMember[] {
  const inOffice = council.members.filter(
    (m) => m.from <= whip.as_of && (m.to === undefined || whip.as_of <= m.to),
  );
  const base = whip.attendance === undefined ? ONE : exact(whip.attendance);
  const out: BruteMember[] = [];
  let unnamed = 0;
  for (const m of inOffice) {
    const p = whip.positions?.[m.id];
    if (p === undefined) {
      unnamed++;
      if ((whip.blocs ?? []).length === 0) {
        out.push({ id: m.id, line: m.id, attendance: base, aye: STANCE_DEFAULT.undecided });
      }
      continue;
    }
    const stance = typeof p === 'string' ? p : p.stance;
    const detail: { attendance?: number; probability?: number } = typeof p === 'string' ? {} : p;
    out.push({
      id: m.id,
      line: m.id,
      attendance: detail.attendance === undefined ? base : exact(detail.attendance),
      aye: detail.probability === undefined ? STANCE_DEFAULT[stance] : exact(detail.probability),
    });
  }
  let covered = 0;
  for (const [index, b] of (whip.blocs ?? []).entries()) {
    covered += b.size;
    for (let i = 0; i < b.size; i++) {
      out.push({
        id: null,
        line: `bloc:${index + 1}`,
        attendance: b.attendance === undefined ? base : exact(b.attendance),
        aye: b.probability === undefined ? STANCE_DEFAULT[b.stance] : exact(b.probability),
      });
    }
  }
  if ((whip.blocs ?? []).length > 0) {
    for (let i = covered; i < unnamed; i++) {
      out.push({
        id: null,
        line: 'bloc:uncovered',
        attendance: base,
        aye: STANCE_DEFAULT.undecided,
      });
    }
  }
  return out;
}

export interface BruteProjection {
  readonly chance: Rational;
  readonly quorumChance: Rational;
  /** By ayes. */
  readonly distribution: readonly Rational[];
}

/** The chance of passage and more, by enumerating every outcome and tallying it. */
export function bruteForce(
  council: Council,
  whip: WhipCount,
  members: readonly BruteMember[],
): BruteProjection {
  const n = members.length;
  // Each member's chances as integers over one denominator: products of
  // integers, no fraction reduced per outcome (the enumeration stays exact).
  const weights = members.map((m) => {
    const a = m.attendance;
    const p = m.aye;
    return {
      absent: (a.denominator - a.numerator) * p.denominator,
      aye: a.numerator * p.numerator,
      no: a.numerator * (p.denominator - p.numerator),
    };
  });
  const denominator = members.reduce(
    (d, m) => d * m.attendance.denominator * m.aye.denominator,
    1n,
  );
  // Outcomes grouped by (ayes, present) only to tally each count once; every outcome is enumerated.
  const byCounts = new Map<string, { ayes: number; present: number; weight: bigint }>();
  const visit = (i: number, ayes: number, present: number, weight: bigint): void => {
    if (weight === 0n) return;
    const w = weights[i];
    if (w === undefined) {
      const key = `${ayes}/${present}`;
      const found = byCounts.get(key);
      byCounts.set(key, { ayes, present, weight: (found?.weight ?? 0n) + weight });
      return;
    }
    visit(i + 1, ayes, present, weight * w.absent);
    visit(i + 1, ayes + 1, present + 1, weight * w.aye);
    visit(i + 1, ayes, present + 1, weight * w.no);
  };
  visit(0, 0, 0, 1n);

  const executive = whip.executive;
  const eStance =
    executive === undefined
      ? undefined
      : typeof executive === 'string'
        ? executive
        : executive.stance;
  const eChance =
    executive === undefined || eStance === undefined
      ? undefined
      : typeof executive !== 'string' && executive.probability !== undefined
        ? exact(executive.probability)
        : STANCE_DEFAULT[eStance];
  let chance = ZERO;
  let quorumChance = ZERO;
  const distribution = new Array<Rational>(n + 1).fill(ZERO);
  for (const { ayes, present, weight } of byCounts.values()) {
    const c = rational(weight, denominator);
    const tally = (vote?: 'aye' | 'no') => {
      const result = computeTally({
        council,
        rollCall: {
          kind: 'roll-call',
          version: 1,
          id: 'brute',
          council: council.id,
          date: whip.as_of,
          rule: whip.rule,
          counts: { aye: ayes, no: present - ayes, absent: n - present },
          ...(vote === undefined ? {} : { executive: vote }),
        },
      });
      if (!result.ok) throw new Error(result.error.code);
      return result.value;
    };
    const alone = tally();
    let pass: Rational;
    if (eChance === undefined) pass = alone.result === 'passed' ? ONE : ZERO;
    else {
      const withAye = tally('aye').result === 'passed' ? eChance : ZERO;
      const withNo = tally('no').result === 'passed' ? sub(ONE, eChance) : ZERO;
      pass = add(withAye, withNo);
    }
    chance = add(chance, mul(c, pass));
    if (alone.quorum === null || alone.quorum.met) quorumChance = add(quorumChance, c);
    distribution[ayes] = add(distribution[ayes] ?? ZERO, c);
  }
  return { chance, quorumChance, distribution };
}

// ---- arbitraries

const decimal = fc.oneof(
  fc.integer({ min: 0, max: 20 }).map((k) => k / 20),
  fc.integer({ min: 0, max: 100 }).map((k) => k / 100),
  fc.constantFrom(0, 1, 0.001, 0.999),
);
const fraction = fc
  .tuple(fc.integer({ min: 1, max: 6 }), fc.integer({ min: 1, max: 6 }))
  .map(([a, b]) => `${Math.min(a, b)}/${Math.max(a, b)}`);
const compare = fc.constantFrom('at-least' as const, 'more-than' as const);

export function thresholdArb(maxMinimum: number): fc.Arbitrary<Threshold> {
  return fc.record(
    {
      fraction,
      of: fc.constantFrom(
        'seats' as const,
        'members' as const,
        'eligible' as const,
        'present' as const,
        'voting' as const,
      ),
      compare,
      minimum: fc.integer({ min: 0, max: maxMinimum }),
    },
    { requiredKeys: ['fraction', 'of', 'compare'] },
  );
}

function quorumArb(maxMinimum: number): fc.Arbitrary<Quorum> {
  return fc.record(
    {
      fraction,
      of: fc.constantFrom('seats' as const, 'members' as const),
      compare,
      minimum: fc.integer({ min: 0, max: maxMinimum }),
    },
    { requiredKeys: ['fraction', 'of', 'compare'] },
  );
}

const positionArb: fc.Arbitrary<Position> = fc.oneof(
  fc.constantFrom(...STANCES),
  fc.record(
    { stance: fc.constantFrom(...STANCES), probability: decimal, attendance: decimal },
    { requiredKeys: ['stance'] },
  ),
);

/** A council of up to `maxMembers` in office, a rule of any shape, and a whip count over it. */
export function caseArb(maxMembers: number, options: { blocs?: boolean } = {}) {
  return fc
    .record({
      n: fc.integer({ min: 0, max: maxMembers }),
      vacancies: fc.integer({ min: 0, max: 2 }),
      executive: fc.boolean(),
      tieVote: fc.boolean(),
      whipExecutive: fc.option(
        fc.oneof(
          fc.constantFrom(...STANCES),
          fc.record(
            { stance: fc.constantFrom(...STANCES), probability: decimal },
            { requiredKeys: ['stance'] },
          ),
        ),
        { nil: undefined },
      ),
      attendance: fc.option(decimal, { nil: undefined }),
      seed: fc.integer(),
    })
    .chain((base) =>
      fc.record({
        base: fc.constant(base),
        thresholds: fc.array(thresholdArb(base.n + 1), { minLength: 1, maxLength: 2 }),
        list: fc.boolean(),
        quorum: fc.option(quorumArb(base.n + 1), { nil: undefined }),
        positions: fc.array(fc.option(positionArb, { nil: undefined }), {
          minLength: base.n,
          maxLength: base.n,
        }),
        blocs:
          options.blocs === true
            ? fc.array(
                fc.record(
                  {
                    size: fc.integer({ min: 1, max: 3 }),
                    stance: fc.constantFrom(...STANCES),
                    probability: decimal,
                    attendance: decimal,
                  },
                  { requiredKeys: ['size', 'stance'] },
                ),
                { maxLength: 2 },
              )
            : fc.constant([] as Bloc[]),
      }),
    )
    .map(({ base, thresholds, list, quorum, positions, blocs: generated }) => {
      const blocs: readonly Bloc[] = generated;
      const members: Member[] = Array.from({ length: base.n }, (_, i) => ({
        id: `m${i + 1}`,
        name: `Member ${i + 1}`,
        from: '2020-01-01',
      }));
      const first = thresholds[0] ?? { fraction: '1/2', of: 'voting', compare: 'more-than' };
      const version: RuleVersion = {
        threshold: list ? thresholds : first,
        ...(quorum === undefined ? {} : { quorum }),
        ...(base.tieVote ? { executive_tie_vote: true } : {}),
      };
      const council: Council = {
        kind: 'council',
        version: 1,
        id: 'c',
        name: 'Test council',
        seats: Math.max(1, base.n + base.vacancies),
        ...(base.executive ? { executive: { title: 'Mayor' } } : {}),
        members,
        rules: { r: version },
      };
      // Blocs stand for members not named: name only as many as leave room for them.
      const inBlocs = blocs.reduce((s, b) => s + b.size, 0);
      const keptBlocs = inBlocs <= base.n ? blocs : [];
      const named = base.n - (keptBlocs.length > 0 ? keptBlocs.reduce((s, b) => s + b.size, 0) : 0);
      const entries = positions
        .slice(0, Math.max(0, named))
        .flatMap((p, i) => (p === undefined ? [] : [[`m${i + 1}`, p] as const]));
      const whip: WhipCount = {
        kind: 'whip-count',
        version: 1,
        id: 'w',
        council: 'c',
        rule: 'r',
        as_of: '2026-01-01',
        ...(base.attendance === undefined ? {} : { attendance: base.attendance }),
        positions: Object.fromEntries(entries),
        ...(keptBlocs.length > 0 ? { blocs: keptBlocs } : {}),
        ...(base.whipExecutive === undefined ? {} : { executive: base.whipExecutive }),
      };
      return { council, whip };
    });
}
