import { describe, expect, it } from 'vitest';
import type { Council } from '../../src/model/council.js';
import type { WhipCount } from '../../src/model/whip-count.js';
import { describeWhipProblem } from '../../src/report/whip-problem-text.js';
import { projectWhipCount, type WhipProblem } from '../../src/tally/whip-projection.js';

const council: Council = {
  kind: 'council',
  version: 1,
  id: 'c',
  name: 'C',
  seats: 3,
  members: ['a', 'b', 'c'].map((id) => ({ id, name: id, from: '2020-01-01' })),
  rules: {
    passage: { threshold: { fraction: '1/2', of: 'seats', compare: 'more-than' } },
    later: {
      threshold: { fraction: '1/2', of: 'seats', compare: 'more-than' },
      effective: '2030-01-01',
    },
    broken: { threshold: { fraction: '0/2', of: 'seats', compare: 'more-than' } },
  },
};

const whip: WhipCount = {
  kind: 'whip-count',
  version: 1,
  id: 'w',
  council: 'c',
  rule: 'passage',
  as_of: '2026-01-01',
  positions: { a: 'yes' },
};

function problem(council: Council, whip: WhipCount): WhipProblem {
  const projected = projectWhipCount({ council, whip });
  if (projected.ok) throw new Error('projected');
  return projected.error;
}

describe('why a whip count cannot be projected, as data', () => {
  it('names an unknown rule, a rule with no version in force and one that cannot decide', () => {
    expect(problem(council, { ...whip, rule: 'none' })).toEqual({
      kind: 'unknown-rule',
      code: 'ref/unknown-rule',
      council: 'c',
      rule: 'none',
      in: 'whip-count',
      path: ['rule'],
    });
    expect(problem(council, { ...whip, rule: 'later' })).toEqual({
      kind: 'no-version-in-force',
      code: 'rule/no-version-in-force',
      rule: 'later',
      date: '2026-01-01',
      in: 'whip-count',
      path: ['as_of'],
    });
    expect(problem(council, { ...whip, rule: 'broken' })).toEqual({
      kind: 'unusable-rule',
      code: 'schema/invalid',
      rule: 'broken',
      reason: { code: 'fraction/zero', fraction: '0/2' },
      in: 'council',
      path: ['rules', 'broken'],
    });
  });

  it('counts the members positions and blocs cover against those in office', () => {
    const over = problem(council, { ...whip, blocs: [{ size: 3, stance: 'no' }] });
    expect(over).toEqual({
      kind: 'over-members',
      code: 'whip/over-members',
      lines: 4,
      members: 3,
      in: 'whip-count',
      path: ['blocs'],
    });
  });

  it('is worded by the report layer with its parameters', () => {
    for (const rule of ['none', 'later', 'broken']) {
      const found = problem(council, { ...whip, rule });
      if (
        found.kind !== 'unknown-rule' &&
        found.kind !== 'no-version-in-force' &&
        found.kind !== 'unusable-rule'
      ) {
        throw new Error(found.kind);
      }
      expect(describeWhipProblem(found)).toContain(`"${rule}"`);
    }
  });
});
