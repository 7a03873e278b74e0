import type { Rational } from '../basics/rational.js';
import type { WhipProjection } from '../tally/whip-result.js';
import { fractionString, shortDecimal } from './whip-text.js';

type Cell = string | number | boolean | null;

/**
 * One row per member, bloc or uncovered rest, for a spreadsheet: each with
 * the whip count's chance of passage beside it, so the rows of several
 * projections can be appended into one sheet. Chances as decimals rounded to
 * 6 places, and exactly as `p/q` where a program needs them.
 */
export function renderWhipCsv(p: WhipProjection): string {
  const rank = new Map<string, number>();
  p.persuade.keys.forEach((key, i) => {
    if (!rank.has(key)) rank.set(key, i + 1);
  });
  const won = new Map<string, number>();
  for (const key of p.persuade.keys) won.set(key, (won.get(key) ?? 0) + 1);
  const header = [
    'whip',
    'as_of',
    'council',
    'rule',
    'hypothetical',
    'key',
    'kind',
    'id',
    'name',
    'bloc',
    'size',
    'stance',
    'stance_from',
    'probability',
    'attendance',
    'aye_probability',
    'assumed',
    'gain',
    'gain_exact',
    'persuade_rank',
    'persuade_count',
    'passage_probability',
    'passage_probability_exact',
  ];
  const rows = p.lines.map((l): Cell[] => [
    p.whip.id,
    p.whip.asOf,
    p.council.id,
    p.rule.id,
    p.hypothetical,
    l.key,
    l.kind,
    l.id,
    l.name,
    l.bloc,
    l.size,
    l.stance,
    l.stanceFrom,
    decimal(l.probability),
    decimal(l.attendance),
    decimal(l.ayeChance),
    l.assumed,
    decimal(l.gain),
    fractionString(l.gain),
    rank.get(l.key) ?? null,
    won.get(l.key) ?? 0,
    decimal(p.chance),
    fractionString(p.chance),
  ]);
  return [header, ...rows].map((row) => row.map(csvCell).join(',')).join('\r\n') + '\r\n';
}

function decimal(r: Rational): string {
  if (r.numerator < 0n)
    return `-${shortDecimal({ numerator: -r.numerator, denominator: r.denominator }, 6)}`;
  return shortDecimal(r, 6);
}

/**
 * RFC 4180 quoting; text that a spreadsheet would run as a formula
 * (`=`, `+`, `-`, `@` first) is prefixed with an apostrophe. Numbers written
 * by overrule (a negative gain) are left as numbers.
 */
function csvCell(value: Cell): string {
  if (value === null) return '';
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  if (/^-?\d+(\.\d+)?$/.test(value)) return value;
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}
