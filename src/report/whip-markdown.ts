import type { WhipProjection } from '../tally/whip-result.js';
import {
  exactly,
  explainWhip,
  gainWords,
  lineLabel,
  percent,
  percentTarget,
  persuadeNames,
  requiredWords,
  resultWords,
  ruleDetailsOf,
  ruleHeadingOf,
  shortDecimal,
  shownDistribution,
  thresholdWords,
  WHIP_HYPOTHETICAL_BANNER,
  warningText,
} from './whip-text.js';

/** A whip projection for a pull request or a web page (GitHub-flavoured markdown). */
export function renderWhipMarkdown(p: WhipProjection): string {
  const out: string[] = [];
  out.push(`# Whip count ${inline(p.whip.id)}`, '');
  if (p.hypothetical) out.push('> [!WARNING]', `> **${WHIP_HYPOTHETICAL_BANNER}**`, '');
  const measure =
    p.measure === null ? p.whip.measure : `${p.measure.id} (${p.measure.type}): ${p.measure.title}`;
  const facts: [string, string | null][] = [
    ['Council', `${p.council.name} (${p.seats} seats, ${p.inOffice} in office)`],
    ['As of', p.whip.asOf],
    ['Measure', measure],
    ['Rule', `${ruleHeadingOf(p)} (${ruleDetailsOf(p)})`],
  ];
  for (const [name, value] of facts) {
    if (value !== null) out.push(`- **${name}:** ${inline(value)}`);
  }
  out.push('');
  const warnings = p.warnings.filter((w) => w.code !== 'hypothetical');
  if (warnings.length > 0) {
    out.push('> [!CAUTION]');
    for (const w of warnings) out.push(`> ${inline(warningText(w, p))}`);
    out.push('');
  }

  out.push(`## Chance of passage: ${percent(p.chance)}`, '');
  out.push(`${inline(exactly(p.chance))}.`, '');
  out.push('| | |', '| --- | --- |');
  if (p.quorum !== null) {
    out.push(
      `| Chance of a quorum | ${percent(p.quorumChance)} (${cell(exactly(p.quorumChance))}) |`,
    );
  }
  out.push(
    `| Ayes needed | ${requiredWords(p.required)} (${cell(p.thresholds.map((t) => thresholdWords(t, p)).join('; '))}) |`,
    `| Expected ayes | ${shortDecimal(p.expectedAyes, 2)} |`,
    `| Most likely ayes | ${p.mostLikelyAyes} |`,
    `| Best case | ${p.best.ayes} ayes, ${resultWords(p.best.result)} |`,
    `| Worst case | ${p.worst.ayes} ayes, ${resultWords(p.worst.result)} |`,
    '',
  );

  out.push(`## Whom to persuade, to reach ${percentTarget(p.target)}`, '');
  if (!p.persuade.reached) {
    out.push(
      `Out of reach: with every member won over, the chance is ${percent(p.persuade.chance)}.`,
      '',
    );
  } else if (p.persuade.keys.length === 0) {
    out.push(`Nobody: the chance is already ${percent(p.chance)}.`, '');
  } else {
    persuadeNames(p).forEach((name, i) => out.push(`${i + 1}. ${inline(name)}`));
    out.push('', `Then the chance of passage is ${percent(p.persuade.chance)}.`, '');
  }

  out.push(
    '## Members and blocs',
    '',
    '| Member or bloc | Stance | Aye if present | Attends | Gain if won |',
    '| --- | --- | ---: | ---: | ---: |',
  );
  for (const line of p.lines) {
    const stance =
      line.assumed !== null
        ? `assumed ${line.assumed}`
        : line.stanceFrom === 'default'
          ? 'undecided (not given)'
          : line.stance;
    out.push(
      `| ${cell(lineLabel(line))} | ${stance} | ${shortDecimal(line.probability)} | ` +
        `${shortDecimal(line.attendance)} | ${gainWords(line.gain)} |`,
    );
  }
  out.push('');

  out.push(
    '## Chance of each count of ayes',
    '',
    '| Ayes | Chance | Result |',
    '| ---: | ---: | --- |',
  );
  const shown = shownDistribution(p);
  for (const d of shown.entries) {
    const result =
      d.passGiven === null
        ? ''
        : d.passGiven.numerator === 0n
          ? 'fails'
          : d.passGiven.numerator === d.passGiven.denominator
            ? 'passes'
            : `passes ${percent(d.passGiven)} of the time`;
    out.push(`| ${d.ayes} | ${percent(d.probability)} | ${result} |`);
  }
  out.push('');
  if (shown.hidden > 0)
    out.push(`${shown.hidden} counts with a chance under 0.05% are not shown.`, '');

  if (p.readings !== null) {
    out.push(
      '## Every reading of the rule',
      '',
      '| Reading | Ayes needed | Chance of passage |',
      '| --- | ---: | ---: |',
    );
    for (const r of p.readings) {
      const words = `${thresholdWords(r, p)}${r.asWritten ? ' (as written)' : ''}`;
      out.push(`| ${cell(words)} | ${requiredWords(r.required)} | ${percent(r.chance)} |`);
    }
    out.push('');
  }

  out.push('## How it was worked out', '');
  for (const line of explainWhip(p)) out.push(`- ${inline(line)}`);
  out.push('');
  if (p.whip.sources.length > 0) {
    out.push('## Sources', '');
    for (const s of p.whip.sources) out.push(`- <${s.replace(/[<>\s]/g, encodeURIComponent)}>`);
    out.push('');
  }
  return `${out.join('\n').replace(/\n+$/, '')}\n`;
}

/** Text in a paragraph: markdown's special characters escaped. */
function inline(text: string): string {
  return text.replace(/[\\`*_[\]<>|#]/g, (c) => `\\${c}`).replace(/\s*\n\s*/g, ' ');
}

/** Text in a table cell. */
function cell(text: string): string {
  return inline(text);
}
