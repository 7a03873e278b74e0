import type { ChalkInstance } from 'chalk';
import { rationalToNumber } from '../basics/decimal.js';
import { renderTextColumns, type TextCell } from './text-columns.js';
import type { WhipProjection } from '../tally/whip-result.js';
import {
  exactly,
  explainWhip,
  gainWords,
  lineLabel,
  percent,
  persuadeNames,
  percentTarget,
  requiredWords,
  resultWords,
  ruleDetailsOf,
  ruleHeadingOf,
  shownDistribution,
  shortDecimal,
  thresholdWords,
  WHIP_HYPOTHETICAL_BANNER,
  warningText,
} from './whip-text.js';

const BAR_WIDTH = 30;

/**
 * The terminal report: a loud banner for a hypothetical count, the chance
 * of passage first, then each member or bloc, the distribution of ayes as
 * a bar chart, whom to persuade, every reading if asked, and the reasoning.
 */
export function renderWhipTable(p: WhipProjection, chalk: ChalkInstance): string {
  const out: string[] = [];
  if (p.hypothetical)
    out.push(
      renderBox(WHIP_HYPOTHETICAL_BANNER, (t) => chalk.bold.yellow(t)),
      '',
    );
  out.push(chalk.bold(`${p.council.name}: whip count ${p.whip.id}, as of ${p.whip.asOf}`));
  const measure =
    p.measure === null ? p.whip.measure : `${p.measure.id} (${p.measure.type}): ${p.measure.title}`;
  if (measure !== null) out.push(`${chalk.dim('Measure:')} ${measure}`);
  out.push(`${chalk.dim('Rule:   ')} ${ruleHeadingOf(p)}`);
  out.push(`         ${ruleDetailsOf(p)}`);
  for (const w of p.warnings) {
    if (w.code !== 'hypothetical') out.push(chalk.yellow(`⚠ ${warningText(w, p)}`));
  }
  out.push('');

  const figures: [string, TextCell | string][] = [
    ['Chance of passage', { text: percent(p.chance), color: (t) => chalk.bold(t) }],
    ...(p.quorum === null
      ? []
      : [['Chance of a quorum', percent(p.quorumChance)] as [string, string]]),
    ['Ayes needed', requiredWords(p.required)],
    ['Expected ayes', `${shortDecimal(p.expectedAyes, 2)}; most likely ${p.mostLikelyAyes}`],
    ['Best case', `${p.best.ayes} ayes, ${resultWords(p.best.result)}`],
    ['Worst case', `${p.worst.ayes} ayes, ${resultWords(p.worst.result)}`],
  ];
  const notes: Readonly<Record<string, string>> = {
    'Chance of passage': exactly(p.chance),
    'Chance of a quorum': exactly(p.quorumChance),
    'Ayes needed': p.thresholds.map((t) => thresholdWords(t, p)).join('; '),
  };
  out.push(
    renderTextColumns({
      head: [],
      align: ['left', 'left', 'left'],
      rows: figures.map(([name, value]) => [
        { text: name, color: (t) => chalk.dim(t) },
        value,
        { text: notes[name] === undefined ? '' : `(${notes[name]})`, color: (t) => chalk.dim(t) },
      ]),
    }),
    '',
  );

  const bold = (text: string): TextCell => ({ text, color: (t) => chalk.bold(t) });
  out.push(
    renderTextColumns({
      head: ['Member or bloc', 'Stance', 'Aye if present', 'Attends', 'Gain if won'].map(bold),
      align: ['left', 'left', 'right', 'right', 'right'],
      rows: p.lines.map((line) => [
        lineLabel(line),
        line.assumed !== null
          ? { text: `assumed ${line.assumed}`, color: (t) => chalk.cyan(t) }
          : line.stanceFrom === 'default'
            ? { text: 'undecided', color: (t) => chalk.dim(t) }
            : line.stance,
        shortDecimal(line.probability),
        shortDecimal(line.attendance),
        gainWords(line.gain),
      ]),
    }),
  );
  out.push(
    chalk.dim(
      'Gain if won: how much the chance of passage rises if one member of the line becomes a certain aye.',
    ),
    '',
  );

  out.push(chalk.bold('Chance of each count of ayes'));
  const shown = shownDistribution(p);
  const largest = Math.max(...shown.entries.map((d) => rationalToNumber(d.probability)));
  for (const d of shown.entries) {
    // the most likely count gets the full width
    const share = rationalToNumber(d.probability) / largest;
    const bar = '█'.repeat(Math.round(share * BAR_WIDTH)) || '·';
    const passes =
      d.passGiven === null ? '' : passLabel(d.passGiven.numerator, d.passGiven.denominator);
    const label = `${String(d.ayes).padStart(4)}  ${percent(d.probability).padStart(7)}  `;
    const colored =
      passes === 'passes'
        ? chalk.green(bar)
        : passes === 'fails'
          ? chalk.red(bar)
          : chalk.yellow(bar);
    out.push(`${label}${colored} ${chalk.dim(passes)}`);
  }
  if (shown.hidden > 0)
    out.push(chalk.dim(`  (${shown.hidden} counts with a chance under 0.05% not shown)`));
  out.push('');

  if (p.readings !== null) {
    out.push(
      renderTextColumns({
        head: ['Reading of the rule', 'Ayes needed', 'Chance of passage'].map(bold),
        align: ['left', 'right', 'right'],
        rows: p.readings.map((r) => {
          const words = thresholdWords(r, p) + (r.asWritten ? ' (as written)' : '');
          return [r.asWritten ? bold(words) : words, requiredWords(r.required), percent(r.chance)];
        }),
      }),
      '',
    );
  }

  out.push(chalk.bold(`Whom to persuade, to reach ${percentTarget(p.target)}`));
  if (!p.persuade.reached) {
    out.push(
      chalk.red(
        `  Out of reach: with every member won over, the chance is ${percent(p.persuade.chance)}.`,
      ),
    );
  } else if (p.persuade.keys.length === 0) {
    out.push(chalk.green(`  Nobody: the chance is already ${percent(p.chance)}.`));
  } else {
    persuadeNames(p).forEach((name, i) => out.push(`  ${i + 1}. ${name}`));
    out.push(`  Then the chance of passage is ${chalk.bold(percent(p.persuade.chance))}.`);
  }
  out.push('');
  out.push(chalk.bold('How it was worked out'));
  for (const line of explainWhip(p)) out.push(`  ${line}`);
  if (p.hypothetical) out.push('', chalk.bold.yellow(WHIP_HYPOTHETICAL_BANNER));
  return `${out.join('\n')}\n`;
}

function passLabel(numerator: bigint, denominator: bigint): string {
  if (numerator === 0n) return 'fails';
  if (numerator === denominator) return 'passes';
  return `passes ${percent({ numerator, denominator })} of the time`;
}

/** Text in a box, for the banner no reader should miss. */
function renderBox(text: string, color: (text: string) => string): string {
  const rule = '─'.repeat(text.length + 2);
  return [`┌${rule}┐`, `│ ${color(text)} │`, `└${rule}┘`].join('\n');
}
