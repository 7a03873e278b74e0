import type {
  ArchiveReport,
  ArchiveRollCall,
  CouncilReport,
  MeasureReport,
} from '../tally/archive.js';
import type { TallyResult } from '../tally/tally-result.js';
import {
  agreementCell,
  measureAbout,
  dividedLine,
  filterLine,
  MEMBER_NOTES,
  memberNames,
  notTalliedLine,
  otherVotes,
  problemLine,
  REPORT_TITLE,
  reportSummary,
  reportWarnings,
  requiredLine,
  rollCallHeading,
  share,
  verdictShort,
} from './report-text.js';
import { isWebAddress } from './html-text.js';
import { inline } from './tally-markdown.js';
import { recordedLine, ruleDetails, ruleHeading } from './tally-text.js';

/**
 * `plain`: CommonMark with pipe tables, for any renderer (a newsletter, a
 * static site); warnings are bold block quotes. `github`: the same, with
 * GitHub's alert blocks (`> [!WARNING]`) for the warnings.
 */
export type MarkdownFlavor = 'plain' | 'github';

/** A report of an archive in markdown. */
export function renderReportMarkdown(report: ArchiveReport, flavor: MarkdownFlavor): string {
  const out: string[] = [];
  const title =
    report.councils.length === 1 && report.councils[0] !== undefined
      ? `${REPORT_TITLE}: ${report.councils[0].council.name}`
      : REPORT_TITLE;
  out.push(`# ${inline(title)}`, '', inline(reportSummary(report)), '');
  const filter = filterLine(report);
  if (filter !== undefined) out.push(inline(filter), '');

  const warnings = reportWarnings(report);
  if (warnings.hypothetical !== undefined) {
    out.push(
      ...warningBlock(flavor, 'WARNING', 'HYPOTHETICAL roll calls', [warnings.hypothetical]),
    );
  }
  if (warnings.cautions.length > 0) {
    out.push(...warningBlock(flavor, 'CAUTION', 'Check before quoting', warnings.cautions));
  }

  for (const council of report.councils) out.push(...councilSection(council));
  if (report.notTallied.length > 0) {
    out.push('## Not tallied', '');
    for (const r of report.notTallied) {
      out.push(
        `- **${inline(rollCallHeading(r))}** (${inline(r.file)})${r.hypothetical ? ' **HYPOTHETICAL**' : ''}`,
      );
      for (const p of r.problems) out.push(`  - ${inline(problemLine(p))}`);
    }
    out.push('');
  }
  if (report.otherProblemFiles.length > 0) {
    out.push(
      '## Other files with errors',
      '',
      'Not part of this report; `overrule validate` explains them.',
      '',
    );
    for (const file of report.otherProblemFiles) out.push(`- ${inline(file)}`);
    out.push('');
  }
  return `${out.join('\n').replace(/\n+$/, '')}\n`;
}

function councilSection(c: CouncilReport): string[] {
  const out: string[] = [];
  const seats = `${c.council.seats} seats`;
  out.push(
    `## ${inline(c.council.name)}`,
    '',
    inline(c.council.jurisdiction === null ? `${seats}.` : `${c.council.jurisdiction}; ${seats}.`),
    '',
  );
  for (const m of c.measures) out.push(...measureSection(m));
  if (c.otherRollCalls.length > 0) {
    out.push('### Roll calls on no measure in the archive', '');
    for (const r of c.otherRollCalls) out.push(...rollCallBlock(r));
  }
  out.push(...memberSection(c));
  out.push('### Divided votes', '');
  if (c.divided.length === 0) {
    out.push('None: every roll call was without a single aye or without a single no.', '');
  } else {
    const name = memberNames(c);
    for (const d of c.divided) {
      const label = d.hypothetical ? ' **HYPOTHETICAL**' : '';
      out.push(`- **${d.date}**, ${inline(d.rollCall)}${label}: ${inline(dividedLine(d, name))}`);
    }
    out.push('');
  }
  return out;
}

function measureSection(m: MeasureReport): string[] {
  const { measure } = m;
  const label = measure.hypothetical ? ' (HYPOTHETICAL)' : '';
  const out = [
    `### ${inline(`${measure.id}${label}: ${measure.title}`)}`,
    '',
    inline(measureAbout(measure)),
    '',
  ];
  if (m.rollCalls.length === 0) out.push('No roll call.', '');
  for (const r of m.rollCalls) out.push(...rollCallBlock(r));
  return out;
}

function rollCallBlock(r: ArchiveRollCall): string[] {
  if (r.status === 'not-tallied') {
    return [
      `#### ${inline(rollCallHeading(r))}`,
      '',
      `- **${inline(notTalliedLine(r))}**`,
      `- File: ${inline(r.file)}`,
      '',
    ];
  }
  const t = r.tally;
  return [
    `#### ${inline(rollCallHeading(r))}`,
    '',
    `- **${inline(verdictShort(t))}**: ${inline(requiredLine(t))}`,
    `- Rule: ${inline(`${ruleHeading(t)} (${ruleDetails(t)})`)}${t.rule.verified === false ? ' **NOT VERIFIED**' : ''}`,
    `- Recorded: ${recordedText(t)}`,
    `- Roll call: ${inline(t.rollCall.id)}${t.source === 'counts' ? ' (counts only, no member named)' : ''}`,
    ...t.rollCall.sources.map(
      (u) =>
        `- Source: ${isWebAddress(u) ? `<${u.replace(/[<>]/g, encodeURIComponent)}>` : inline(u)}`,
    ),
    '',
  ];
}

function recordedText(t: TallyResult): string {
  const line = recordedLine(t);
  if (line === undefined) return 'no official record in the file';
  return t.recorded !== null && !t.recorded.matches ? `**${inline(line)}**` : inline(line);
}

function memberSection(c: CouncilReport): string[] {
  const out = ['### Members', ''];
  if (c.members.length === 0) {
    out.push('No roll call names each member’s vote, so there is no member record.', '');
    return out;
  }
  out.push(
    '| Member | District | Roll calls | Aye | No | Other | Votes cast | Attendance | On the losing side |',
    '| --- | --- | ---: | ---: | ---: | ---: | ---: | --- | ---: |',
  );
  for (const m of c.members) {
    out.push(
      `| ${inline(m.name)} | ${inline(m.district ?? '')} | ${m.rollCalls} | ${m.votes.aye} | ${m.votes.no} | ${otherVotes(m)} | ${m.cast} | ${share(m.attended, m.rollCalls)} | ${m.losingSide} |`,
    );
  }
  out.push('');
  if (c.countOnly > 0) {
    out.push(
      inline(
        `${c.countOnly} tallied roll call${c.countOnly === 1 ? ' gives' : 's give'} only counts and ${c.countOnly === 1 ? 'is' : 'are'} in no member's record.`,
      ),
      '',
    );
  }

  out.push('#### How often members voted alike', '');
  out.push(
    'Row and column numbers are the members in the order of the table above.',
    '',
    `| Member | ${c.members.map((_, i) => String(i + 1)).join(' | ')} |`,
    `| --- | ${c.members.map(() => '---:').join(' | ')} |`,
  );
  for (const [i, row] of c.agreement.entries()) {
    const name = c.members[i]?.name ?? row.member;
    const cells = row.with.map((cell, j) =>
      i === j ? '·' : agreementCell(cell.agreed, cell.together),
    );
    out.push(`| ${i + 1}. ${inline(name)} | ${cells.join(' | ')} |`);
  }
  out.push('');
  for (const note of MEMBER_NOTES) out.push(`- ${inline(note)}`);
  out.push('');
  return out;
}

/**
 * A warning: GitHub's alert block, or a block quote with a bold title that
 * reads the same everywhere.
 */
function warningBlock(
  flavor: MarkdownFlavor,
  alert: 'WARNING' | 'CAUTION',
  title: string,
  lines: readonly string[],
): string[] {
  const head =
    flavor === 'github' ? [`> [!${alert}]`, `> **${inline(title)}**`] : [`> **${inline(title)}**`];
  const body =
    lines.length === 1 ? [`> ${inline(lines[0] ?? '')}`] : lines.map((l) => `> - ${inline(l)}`);
  return [...head, '>', ...body, ''];
}
