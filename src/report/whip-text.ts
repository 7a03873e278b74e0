import { formatDecimal, rationalToNumber } from '../basics/decimal.js';
import { compareRationals, type Rational } from '../basics/rational.js';
import type { Base } from '../model/council.js';
import { compareWords, plural } from './requirement-text.js';
import type {
  WhipDistributionEntry,
  WhipLine,
  WhipProjection,
  WhipThreshold,
  WhipWarning,
} from '../tally/whip-result.js';

/** Phrases shared by the whip reports: sentences are written here, from the projection's data. */

export const WHIP_HYPOTHETICAL_BANNER =
  'HYPOTHETICAL: this whip count is a scenario, not a record of how anyone will vote.';

/** `passed`, `failed`, `no quorum`. */
export function resultWords(result: 'passed' | 'failed' | 'no-quorum'): string {
  return result === 'no-quorum' ? 'no quorum' : result;
}

/** `p/q` always, `0/1` and `1/1` included (the JSON contract). */
export function fractionString(r: Rational): string {
  return `${r.numerator}/${r.denominator}`;
}

/** A chance as people read it: `98.9%`, `100%`, `0%`; never `100.0%` for what is not certain. */
export function percent(r: Rational): string {
  if (r.numerator === 0n) return '0%';
  if (r.numerator === r.denominator) return '100%';
  const value = rationalToNumber(r) * 100;
  if (value < 0.1) return '< 0.1%';
  if (value > 99.9) return '> 99.9%';
  return `${value.toFixed(1)}%`;
}

/** A rise in the chance of passage, in percentage points: `+8.3 pts`, `+< 0.1 pts`, `0`. */
export function gainWords(r: Rational): string {
  if (r.numerator === 0n) return '0';
  const points = rationalToNumber(r) * 100;
  if (points < 0.1 && points > 0) return '+< 0.1 pts';
  return `${points > 0 ? '+' : ''}${points.toFixed(1)} pts`;
}

/** A chance as a short decimal: `0.95` exactly, or `0.9892` rounded. */
export function shortDecimal(r: Rational, digits = 4): string {
  return formatDecimal(r, digits).text;
}

/** Fractions longer than this are shown by their size in the terminal and markdown. */
const SHOWN_FRACTION_LENGTH = 80;

/** `exactly 11/20`, or, for a fraction too long to read, its size and where to find it. */
export function exactly(r: Rational): string {
  const text = fractionString(r);
  if (text.length <= SHOWN_FRACTION_LENGTH) return `exactly ${text}`;
  const digits = (n: bigint): number => n.toString().length;
  return `exactly a fraction of ${digits(r.numerator)} digits over ${digits(r.denominator)}; --format json prints it`;
}

/** `Andrea Pratt`, `bloc 1 (11 members)`, `4 members covered by no position or bloc`. */
export function lineLabel(line: WhipLine): string {
  switch (line.kind) {
    case 'member':
      return line.name ?? line.id ?? line.key;
    case 'bloc':
      return `bloc ${line.bloc ?? ''} (${plural(line.size, 'member')})`;
    case 'uncovered':
      return `${plural(line.size, 'member')} covered by no position or bloc`;
  }
}

/** `Ben, Cal, 2 of bloc 1` from the keys of a persuade list. */
export function persuadeNames(projection: WhipProjection): string[] {
  const byKey = new Map(projection.lines.map((l) => [l.key, l]));
  const names: string[] = [];
  const counts = new Map<string, number>();
  for (const key of projection.persuade.keys) counts.set(key, (counts.get(key) ?? 0) + 1);
  for (const [key, count] of counts) {
    const line = byKey.get(key);
    if (line === undefined) continue;
    if (line.kind === 'member') names.push(lineLabel(line));
    else if (line.kind === 'bloc') names.push(`${count} of bloc ${line.bloc ?? ''}`);
    else
      names.push(`${count} of the ${plural(line.size, 'member')} covered by no position or bloc`);
  }
  return names;
}

const BASE_WORDS: Readonly<Record<Base, string>> = {
  seats: 'seats',
  members: 'members in office',
  eligible: 'members eligible to vote',
  present: 'members present',
  voting: 'members voting (ayes plus noes)',
};

/** `at least 2/3 of the 15 seats`. */
export function thresholdWords(t: WhipThreshold, projection: WhipProjection): string {
  const size =
    t.of === 'seats' ? `${projection.seats} ` : t.of === 'members' ? `${projection.inOffice} ` : '';
  const minimum = t.minimum === null ? '' : `, and never fewer than ${plural(t.minimum, 'aye')}`;
  return `${compareWords(t.compare)} ${t.fraction} of the ${size}${BASE_WORDS[t.of]}${minimum}`;
}

/** `10`, or `7 to 10` where the ayes needed depend on who attends. */
export function requiredWords(
  required: { readonly min: number; readonly max: number } | null,
): string {
  if (required === null) return 'none: no outcome has a quorum';
  return required.min === required.max
    ? String(required.min)
    : `${required.min} to ${required.max}`;
}

export function warningText(w: WhipWarning, projection: WhipProjection): string {
  switch (w.code) {
    case 'hypothetical':
      return 'Hypothetical: this whip count is a scenario, not a record of how anyone will vote.';
    case 'unverified-rule':
      return `The rule "${w.rule}" is marked verified: false: its threshold has not been checked against the law it cites.`;
    case 'executive-ignored':
      return w.reason === 'not-allowed'
        ? `The whip count gives the ${executiveTitle(projection)}'s stance, but the rule does not let the ${executiveTitle(projection)} break a tie: it is left out.`
        : `The whip count gives an executive's stance, but the council has no executive: it is left out.`;
    case 'persuade-not-proven':
      return w.fewest
        ? 'The persuade list is the shortest possible, but the search for the cheapest list that short stopped early.'
        : 'The persuade list reaches the target, but the search stopped before proving that no shorter list does.';
  }
}

function executiveTitle(projection: WhipProjection): string {
  return projection.executive?.title ?? 'executive';
}

/** `To reach 90%: …`, the persuade result in a sentence. */
export function persuadeSentence(projection: WhipProjection): string {
  const p = projection.persuade;
  const target = percentTarget(projection.target);
  if (p.reached && p.keys.length === 0) {
    return `To reach ${target}: nobody needs winning over; the chance of passage is already ${percent(projection.chance)}.`;
  }
  if (!p.reached) {
    return `No list reaches ${target}: even with every member won over, the chance of passage is ${percent(p.chance)}.`;
  }
  return (
    `To reach ${target}, win over ${plural(p.keys.length, 'member')} (cheapest first): ` +
    `${persuadeNames(projection).join(', ')}; the chance of passage becomes ${percent(p.chance)}.`
  );
}

/** A target is a decimal the user wrote: `90%`, `95%`, `99.5%`. */
export function percentTarget(target: Rational): string {
  const scaled = { numerator: target.numerator * 100n, denominator: target.denominator };
  return `${formatDecimal(scaled, 4).text}%`;
}

/** The projection in sentences, in order, for every format. */
export function explainWhip(projection: WhipProjection): string[] {
  const lines: string[] = [];
  const rule = projection.rule;
  const { effective, until, number, of } = rule.version;
  const dates =
    effective === null && until === null
      ? 'always in force'
      : `in force${effective === null ? '' : ` from ${effective}`}${until === null ? '' : ` to ${until}`}`;
  lines.push(
    `Rule "${rule.id}"${rule.citation === null ? '' : ` (${rule.citation})`}: version ${number} of ${of}, ${dates}.`,
  );
  const vacancies =
    projection.vacancies === 0
      ? 'no vacancies'
      : plural(projection.vacancies, 'vacancy', 'vacancies');
  lines.push(
    `On ${projection.whip.asOf}: ${projection.seats} seats, ${projection.inOffice} members in office, ${vacancies}.`,
  );
  lines.push(
    'The model: each member in office is present with their chance of attendance and, when present, ' +
      'votes aye with their chance of an aye, otherwise no; an absent member does not vote. ' +
      'Members do so independently of each other. Default chances of an aye: yes 0.95, lean-yes 0.75, ' +
      'undecided 0.5, lean-no 0.25, no 0.05; attendance 1 unless the whip count says otherwise.',
  );
  lines.push(...describeLines(projection.lines));
  for (const t of projection.thresholds) {
    lines.push(`Threshold: ${thresholdWords(t, projection)}.`);
  }
  lines.push(
    `Ayes needed: ${requiredWords(projection.required)}` +
      (projection.required !== null && projection.required.min !== projection.required.max
        ? ', depending on who attends.'
        : '.'),
  );
  if (projection.quorum !== null) {
    lines.push(
      `Quorum: ${thresholdWords(projection.quorum, projection)}, so ${plural(projection.quorum.required, 'member')} present; the chance of a quorum is ` +
        `${percent(projection.quorumChance)} (${exactly(projection.quorumChance)}).`,
    );
  }
  const e = projection.executive;
  if (e !== null && e.counted) {
    lines.push(
      `On a tie the ${e.title ?? 'executive'} votes aye with chance ${shortDecimal(e.chance)} (${e.stance}); ` +
        'the rule engine decides each tie both ways and weighs them so.',
    );
  }
  for (const a of projection.whatIf.assumptions) {
    lines.push(
      `What if: ${a.id} is taken to be ${a.vote === 'absent' ? 'absent' : `a certain ${a.vote}`}.`,
    );
  }
  if (projection.whatIf.attendance !== null) {
    lines.push(
      `What if: every member attends with chance ${shortDecimal(projection.whatIf.attendance)}.`,
    );
  }
  lines.push(
    `Every outcome (${projection.tracked === 'ayes' ? 'each count of ayes' : 'each count of ayes and of members present'}) ` +
      'has an exact chance, built up one member at a time; the rule decides each outcome as it decides a roll call, ' +
      `and the chances of the outcomes that pass add up to ${percent(projection.chance)} (${exactly(projection.chance)}).`,
  );
  lines.push(
    `Expected ayes ${formatDecimal(projection.expectedAyes, 2).text} (the sum of every member's chance of an aye); ` +
      `the most likely count is ${projection.mostLikelyAyes}.`,
  );
  lines.push(persuadeSentence(projection));
  return lines;
}

/**
 * One sentence per line of the whip count; named members alike in every
 * chance share one sentence, so that a large body is explained in a few.
 */
function describeLines(lines: readonly WhipLine[]): string[] {
  const groups = new Map<string, WhipLine[]>();
  for (const line of lines) {
    const what = describeChances(line);
    const key = line.kind === 'member' ? what : `${line.key} ${what}`;
    const group = groups.get(key);
    if (group === undefined) groups.set(key, [line]);
    else group.push(line);
  }
  return [...groups.values()].map((group) => {
    const [first] = group;
    if (first === undefined) return '';
    const names = group.map(lineLabel);
    const who =
      names.length <= SHOWN_NAMES
        ? names.join(', ')
        : `${names.slice(0, SHOWN_NAMES).join(', ')} and ${names.length - SHOWN_NAMES} more`;
    return `${who.charAt(0).toUpperCase()}${who.slice(1)}: ${describeChances(first)}.`;
  });
}

/** Members named in one sentence before the rest are counted. */
const SHOWN_NAMES = 5;

function describeChances(line: WhipLine): string {
  if (line.assumed !== null) {
    return `${line.assumed === 'absent' ? 'absent' : `a certain ${line.assumed}`} (what if)`;
  }
  const stance = line.stanceFrom === 'default' ? 'undecided (no stance given)' : line.stance;
  const probability =
    line.probabilityFrom === 'file'
      ? `${shortDecimal(line.probability)} as given`
      : shortDecimal(line.probability);
  const attendance =
    compareRationals(line.attendance, { numerator: 1n, denominator: 1n }) === 0
      ? 'always present'
      : `present with chance ${shortDecimal(line.attendance)}`;
  return `${stance}, aye with chance ${probability}, ${attendance}`;
}

/** `policy-override: Suspend or modify…`. */
export function ruleHeadingOf(p: WhipProjection): string {
  return p.rule.title === null ? p.rule.id : `${p.rule.id}: ${p.rule.title}`;
}

/** `Wis. Stat. § 62.50 …; version 1 of 1, in force from 2023-06-22`. */
export function ruleDetailsOf(p: WhipProjection): string {
  const v = p.rule.version;
  const dates =
    v.effective === null && v.until === null
      ? 'always in force'
      : `in force${v.effective === null ? '' : ` from ${v.effective}`}${v.until === null ? '' : ` to ${v.until}`}`;
  return [
    ...(p.rule.citation === null ? [] : [p.rule.citation]),
    `version ${v.number} of ${v.of}, ${dates}`,
  ].join('; ');
}

/** Counts of ayes below this chance are left out of the terminal and markdown charts. */
const SHOWN_CHANCE = { numerator: 1n, denominator: 2000n };

/**
 * The counts of ayes worth a row: from the first to the last with a chance
 * of at least 0.05% (what rounds to 0.1%), and how many are left out.
 */
export function shownDistribution(p: WhipProjection): {
  readonly entries: readonly WhipDistributionEntry[];
  readonly hidden: number;
} {
  const big = p.distribution.filter((d) => compareRationals(d.probability, SHOWN_CHANCE) >= 0);
  const first = big[0]?.ayes ?? p.mostLikelyAyes;
  const last = big.at(-1)?.ayes ?? p.mostLikelyAyes;
  const entries = p.distribution.filter((d) => d.ayes >= first && d.ayes <= last).reverse();
  return { entries, hidden: p.distribution.length - entries.length };
}
