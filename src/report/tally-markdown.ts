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

/** A tally for a pull request or a web page (GitHub-flavoured markdown). */
export function renderTallyMarkdown(result: TallyResult): string {
  const out: string[] = [];
  out.push(`# Roll call ${inline(result.rollCall.id)}`, '');
  if (result.hypothetical) {
    out.push('> [!WARNING]', `> **${HYPOTHETICAL_BANNER}**`, '');
  }
  const facts: [string, string | undefined][] = [
    ['Council', `${result.council.name} (${result.seats} seats)`],
    ['Date', result.rollCall.date],
    ['Measure', measureLine(result)],
    ['Motion', result.rollCall.motion ?? undefined],
    ['Rule', `${ruleHeading(result)} (${ruleDetails(result)})`],
  ];
  for (const [name, value] of facts) {
    if (value !== undefined) out.push(`- **${name}:** ${inline(value)}`);
  }
  out.push('');
  const warnings = warningLines(result);
  if (warnings.length > 0) {
    out.push('> [!CAUTION]');
    for (const w of warnings) out.push(`> ${inline(w)}`);
    out.push('');
  }

  out.push(`## Result: ${resultWord(result)}`, '', `${inline(resultNumbers(result))}.`, '');
  const recorded = recordedLine(result);
  if (recorded !== undefined) out.push(`Recorded: ${inline(recorded)}.`, '');

  out.push('| Vote | Count |', '| --- | ---: |');
  for (const { label, count } of countRows(result)) out.push(`| ${cell(label)} | ${count} |`);
  out.push('');

  if (result.members.length > 0) {
    out.push('## Members', '', '| Member | District | Vote |', '| --- | --- | --- |');
    for (const m of result.members) {
      const role = m.role === null ? '' : ` (${m.role})`;
      out.push(
        `| ${cell(m.name + role)} | ${cell(m.district ?? '')} | ${m.vote ?? '**missing**'} |`,
      );
    }
    const executive = executiveRow(result);
    if (executive !== undefined) {
      out.push(
        `| ${cell(`${executive.name} (${executive.role})`)} |  | ${cell(executive.label)} |`,
      );
    }
    out.push('');
  } else {
    out.push('Only the counts are known: no member is named.', '');
  }

  out.push('## How it was decided', '');
  for (const line of explanationLines(result)) out.push(`- ${inline(line)}`);
  out.push('');
  if (result.rollCall.sources.length > 0) {
    out.push('## Sources', '');
    for (const s of result.rollCall.sources)
      out.push(`- <${s.replace(/[<>\s]/g, encodeURIComponent)}>`);
    out.push('');
  }
  return `${out.join('\n').replace(/\n+$/, '')}\n`;
}

/** Text in a paragraph: markdown's special characters escaped. */
export function inline(text: string): string {
  return text.replace(/[\\`*_[\]<>|#]/g, (c) => `\\${c}`).replace(/\s*\n\s*/g, ' ');
}

/** Text in a table cell. */
function cell(text: string): string {
  return inline(text);
}
