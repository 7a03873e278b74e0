import type { ChalkInstance } from 'chalk';
import Table from 'cli-table3';
import type { VoteValue } from '../model/roll-call.js';
import type { TallyResult } from '../tally/tally-result.js';
import { executiveRow } from './tally-executive-text.js';
import {
  countRows,
  explanationLines,
  HYPOTHETICAL_BANNER,
  measureLine,
  recordedLine,
  resultNumbers,
  resultWord,
  ruleDetails,
  ruleHeading,
  warningLines,
} from './tally-text.js';

/** Plain borders, no colours of cli-table3's own: colour comes from `chalk` only. */
const TABLE_STYLE = { head: [], border: [], compact: true };

/**
 * The terminal report: a loud banner for a hypothetical roll call, the
 * heading, members with their votes, every count (zeros included), the
 * arithmetic, and the verdict.
 */
export function renderTallyTable(result: TallyResult, chalk: ChalkInstance): string {
  const out: string[] = [];
  if (result.hypothetical) {
    const banner = new Table({ style: TABLE_STYLE });
    banner.push([chalk.bold.yellow(HYPOTHETICAL_BANNER)]);
    out.push(banner.toString(), '');
  }

  out.push(
    chalk.bold(`${result.council.name}: roll call ${result.rollCall.id}, ${result.rollCall.date}`),
  );
  const measure = measureLine(result);
  if (measure !== undefined) out.push(`${chalk.dim('Measure:')} ${measure}`);
  if (result.rollCall.motion !== null)
    out.push(`${chalk.dim('Motion: ')} ${result.rollCall.motion}`);
  out.push(`${chalk.dim('Rule:   ')} ${ruleHeading(result)}`);
  out.push(`         ${ruleDetails(result)}`);
  for (const warning of warningLines(result)) out.push(chalk.yellow(`⚠ ${warning}`));
  out.push('');

  const executive = executiveRow(result);
  if (result.members.length > 0) {
    const hasRole = executive !== undefined || result.members.some((m) => m.role !== null);
    const members = new Table({
      head: ['Member', 'District', ...(hasRole ? ['Role'] : []), 'Vote'].map((h) => chalk.bold(h)),
      style: TABLE_STYLE,
    });
    for (const m of result.members) {
      members.push([
        m.name,
        m.district ?? '',
        ...(hasRole ? [m.role ?? ''] : []),
        m.vote === null ? chalk.red('(missing)') : colorVote(m.vote, chalk),
      ]);
    }
    if (executive !== undefined) {
      const vote = colorVote(executive.vote, chalk, executive.label);
      members.push([executive.name, '', executive.role, vote]);
    }
    out.push(members.toString(), '');
  } else {
    out.push(chalk.dim('Only the counts are known: no member is named.'), '');
  }

  const counts = new Table({
    head: ['Vote', 'Count'].map((h) => chalk.bold(h)),
    colAligns: ['left', 'right'],
    style: TABLE_STYLE,
  });
  for (const { key, label, count } of countRows(result)) {
    counts.push([key === 'vacant' ? label : colorVote(key, chalk, label), count]);
  }
  out.push(counts.toString(), '');

  out.push(chalk.bold('How it was decided'));
  for (const line of explanationLines(result)) out.push(`  ${line}`);
  out.push('');

  const word = resultWord(result);
  const verdict = `${word}: ${resultNumbers(result)}`;
  out.push(
    result.result === 'passed' ? chalk.bold.green(`✔ ${verdict}`) : chalk.bold.red(`✖ ${verdict}`),
  );
  const recorded = recordedLine(result);
  if (recorded !== undefined) {
    const text = `Recorded: ${recorded}`;
    out.push(result.recorded?.matches === true ? text : chalk.bold.red(text));
  }
  if (result.hypothetical) out.push(chalk.bold.yellow(HYPOTHETICAL_BANNER));
  return `${out.join('\n')}\n`;
}

function colorVote(vote: VoteValue, chalk: ChalkInstance, label: string = vote): string {
  switch (vote) {
    case 'aye':
      return chalk.green(label);
    case 'no':
      return chalk.red(label);
    case 'absent':
    case 'excused':
      return chalk.dim(label);
    default:
      return chalk.yellow(label);
  }
}
