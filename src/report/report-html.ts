import { VOTE_VALUES } from '../model/roll-call.js';
import type {
  ArchiveReport,
  ArchiveRollCall,
  CouncilReport,
  MeasureReport,
  UntalliedRollCall,
} from '../tally/archive.js';
import type { TallyResult } from '../tally/tally-result.js';
import { renderBanner, renderHtmlDocument, type Banner } from './html-page.js';
import { ElementIds, escapeHtml, sourceLink } from './html-text.js';
import {
  agreementCell,
  measureAbout,
  dividedLine,
  filterLine,
  MEMBER_NOTES,
  memberNames,
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
import { renderSeatChart } from './seat-chart-svg.js';
import { ruleCell, tableBlock } from './tally-html.js';
import { tallySeatChart } from './tally-seats.js';
import { COUNT_LABELS, recordedLine } from './tally-text.js';

/** A report of an archive as one self-contained web page, a seat chart for every roll call. */
export function renderReportHtml(report: ArchiveReport): string {
  const ids = new ElementIds();
  const only = report.councils.length === 1 ? report.councils[0] : undefined;
  const title = only === undefined ? REPORT_TITLE : `${REPORT_TITLE}: ${only.council.name}`;
  const warnings = reportWarnings(report);
  const banners: Banner[] = [];
  if (warnings.hypothetical !== undefined) {
    banners.push({
      level: 'hypothetical',
      title: 'HYPOTHETICAL roll calls in this report',
      lines: [warnings.hypothetical],
    });
  }
  if (warnings.cautions.length > 0) {
    banners.push({ level: 'caution', title: 'Check before quoting', lines: warnings.cautions });
  }
  const filter = filterLine(report);
  const sections = report.councils.map((c) => councilSection(c, ids));
  const parts = [
    `<h1>${escapeHtml(title)}</h1>`,
    `<p class="lead">${escapeHtml(reportSummary(report))}</p>`,
    filter === undefined ? '' : `<p>${escapeHtml(filter)}</p>`,
    ...banners.map(renderBanner),
    ...sections,
    notTalliedSection(report.notTallied),
    otherFilesSection(report.otherProblemFiles),
  ];
  return renderHtmlDocument({ title, main: parts.filter((p) => p !== '').join('\n') });
}

function councilSection(c: CouncilReport, ids: ElementIds): string {
  const id = ids.idFor('council', c.council.id);
  const about = `${c.council.jurisdiction === null ? '' : `${c.council.jurisdiction}; `}${c.council.seats} seats.`;
  const measureIds = new Map(c.measures.map((m) => [m, ids.idFor('measure', m.measure.id)]));
  const measures = c.measures.map((m) => measureSection(m, measureIds.get(m) ?? '', ids));
  const others =
    c.otherRollCalls.length === 0
      ? []
      : [
          `<section aria-labelledby="${id}-other"><h3 id="${id}-other">Roll calls on no measure in the archive</h3>`,
          ...c.otherRollCalls.map((r) => rollCallArticle(r, ids)),
          '</section>',
        ];
  return [
    `<section aria-labelledby="${id}">`,
    `<h2 id="${id}">${escapeHtml(c.council.name)}</h2>`,
    `<p>${escapeHtml(about)}</p>`,
    contents(c, measureIds, ids),
    ...measures,
    ...others,
    membersSection(c, ids),
    dividedSection(c, ids),
    '</section>',
  ].join('\n');
}

/** Links to each measure, with its roll calls' verdicts. */
function contents(
  c: CouncilReport,
  measureIds: ReadonlyMap<MeasureReport, string>,
  ids: ElementIds,
): string {
  const links = c.measures.map((m) => {
    const verdicts = m.rollCalls.map((r) =>
      r.status === 'tallied' ? verdictShort(r.tally) : 'NOT TALLIED',
    );
    return `<li><a href="#${measureIds.get(m) ?? ''}">${escapeHtml(m.measure.id)}</a>${m.measure.hypothetical ? ' <span class="badge badge-hypothetical">hypothetical</span>' : ''}: ${escapeHtml(verdicts.length === 0 ? 'no roll call' : verdicts.join(', '))}</li>`;
  });
  if (links.length === 0) return '';
  const id = ids.idFor('contents', c.council.id);
  return `<nav aria-labelledby="${id}"><h3 id="${id}">Measures</h3><ul class="toc">${links.join('')}</ul></nav>`;
}

function measureSection(m: MeasureReport, id: string, ids: ElementIds): string {
  const badge = m.measure.hypothetical
    ? ' <span class="badge badge-hypothetical">hypothetical</span>'
    : '';
  const about = measureAbout(m.measure);
  return [
    `<section class="measure" aria-labelledby="${id}">`,
    `<h3 id="${id}">${escapeHtml(`${m.measure.id}: ${m.measure.title}`)}${badge}</h3>`,
    `<p>${escapeHtml(about)}</p>`,
    m.rollCalls.length === 0 ? '<p>No roll call.</p>' : '',
    ...m.rollCalls.map((r) => rollCallArticle(r, ids)),
    '</section>',
  ].join('\n');
}

function rollCallArticle(r: ArchiveRollCall, ids: ElementIds): string {
  const id = ids.idFor(
    'roll-call',
    (r.status === 'tallied' ? r.tally.rollCall.id : r.id) ?? r.file,
  );
  const hypothetical = r.status === 'tallied' ? r.tally.hypothetical : r.hypothetical;
  const badges = [
    hypothetical ? '<span class="badge badge-hypothetical">hypothetical</span>' : '',
    r.status === 'tallied' && r.tally.rule.verified === false
      ? '<span class="badge badge-caution">rule not verified</span>'
      : '',
  ].join('');
  const cls = `roll-call${hypothetical ? ' hypothetical' : ''}`;
  const heading = `<h4 id="${id}">${escapeHtml(rollCallHeading(r))}${badges}</h4>`;
  if (r.status === 'not-tallied') {
    return `<article class="${cls}" aria-labelledby="${id}">${heading}<p class="result result-not-tallied">NOT TALLIED</p>${problemsList(r)}</article>`;
  }
  const t = r.tally;
  return [
    `<article class="${cls}" aria-labelledby="${id}">`,
    heading,
    `<p class="result result-${t.result}">${escapeHtml(verdictShort(t))}</p>`,
    `<p>${escapeHtml(requiredLine(t))}.</p>`,
    renderSeatChart(tallySeatChart(t), ids.idFor('chart', t.rollCall.id)),
    votersLine(t),
    '<dl class="facts">',
    `<dt>Rule</dt><dd>${ruleCell(t)}</dd>`,
    `<dt>Recorded</dt><dd>${recordedHtml(t)}</dd>`,
    `<dt>Roll call</dt><dd>${escapeHtml(t.rollCall.id)} (${escapeHtml(r.file)})</dd>`,
    t.rollCall.sources.length === 0
      ? ''
      : `<dt>Sources</dt><dd><ul class="sources">${t.rollCall.sources.map((u) => `<li>${sourceLink(u)}</li>`).join('')}</ul></dd>`,
    '</dl>',
    '</article>',
  ].join('\n');
}

/** Who voted how, in words: the chart's text alternative for named votes. */
function votersLine(t: TallyResult): string {
  if (t.source === 'counts') return '<p>Only the counts are known: no member is named.</p>';
  const groups = VOTE_VALUES.map((vote) => ({
    vote,
    names: t.members.filter((m) => m.vote === vote).map((m) => m.name),
  })).filter((g) => g.names.length > 0);
  const items = groups.map(
    (g) =>
      `<li><strong>${escapeHtml(COUNT_LABELS[g.vote])} (${g.names.length}):</strong> ${escapeHtml(g.names.join(', '))}</li>`,
  );
  return `<ul class="voters">${items.join('')}</ul>`;
}

function recordedHtml(t: TallyResult): string {
  const line = recordedLine(t);
  if (line === undefined) return 'no official record in the file';
  return t.recorded !== null && !t.recorded.matches
    ? `<span class="mismatch">${escapeHtml(line)}</span>`
    : escapeHtml(line);
}

function problemsList(r: UntalliedRollCall): string {
  const items = r.problems.map((p) => `<li><code>${escapeHtml(problemLine(p))}</code></li>`);
  return `<p>Errors in the files stop this roll call from being tallied:</p><ul class="problems">${items.join('')}</ul>`;
}

function membersSection(c: CouncilReport, ids: ElementIds): string {
  const id = ids.idFor('members', c.council.id);
  const head = `<section aria-labelledby="${id}"><h3 id="${id}">Members</h3>`;
  if (c.members.length === 0) {
    return `${head}<p>No roll call names each member’s vote, so there is no member record.</p></section>`;
  }
  const rows = c.members.map(
    (m, i) =>
      `<tr><th scope="row">${i + 1}. ${escapeHtml(m.name)}</th><td>${escapeHtml(m.district ?? '')}</td><td class="num">${m.rollCalls}</td><td class="num">${m.votes.aye}</td><td class="num">${m.votes.no}</td><td class="num">${otherVotes(m)}</td><td class="num">${m.cast}</td><td>${escapeHtml(share(m.attended, m.rollCalls))}</td><td class="num">${m.losingSide}</td></tr>`,
  );
  const columns = [
    'Member',
    'District',
    'Roll calls',
    'Aye',
    'No',
    'Other',
    'Votes cast',
    'Attendance',
    'On the losing side',
  ];
  const record = tableBlock(
    'Each member’s record',
    `<thead><tr>${columns.map((c) => `<th scope="col">${c}</th>`).join('')}</tr></thead><tbody>${rows.join('')}</tbody>`,
  );
  const countOnly =
    c.countOnly === 0
      ? ''
      : `<p>${c.countOnly} tallied roll call${c.countOnly === 1 ? ' gives' : 's give'} only counts and ${c.countOnly === 1 ? 'is' : 'are'} in no member’s record.</p>`;

  const header = c.members
    .map((m, i) => `<th scope="col"><abbr title="${escapeHtml(m.name)}">${i + 1}</abbr></th>`)
    .join('');
  const matrixRows = c.agreement.map((row, i) => {
    const a = c.members[i]?.name ?? row.member;
    const cells = row.with.map((cell, j) => {
      if (i === j) return '<td>·</td>';
      const b = c.members[j]?.name ?? cell.member;
      const title = `${a} and ${b}: alike on ${cell.agreed} of ${cell.together} votes`;
      return `<td title="${escapeHtml(title)}">${agreementCell(cell.agreed, cell.together)}</td>`;
    });
    return `<tr><th scope="row">${i + 1}. ${escapeHtml(a)}</th>${cells.join('')}</tr>`;
  });
  const matrix = tableBlock(
    'How often members voted alike (columns numbered as the rows)',
    `<thead><tr><th scope="col">Member</th>${header}</tr></thead><tbody>${matrixRows.join('')}</tbody>`,
    'matrix',
  );
  const notes = `<ul class="notes">${MEMBER_NOTES.map((n) => `<li>${escapeHtml(n)}</li>`).join('')}</ul>`;
  return [head, record, countOnly, matrix, notes, '</section>'].join('\n');
}

function dividedSection(c: CouncilReport, ids: ElementIds): string {
  const id = ids.idFor('divided', c.council.id);
  const head = `<section aria-labelledby="${id}"><h3 id="${id}">Divided votes</h3>`;
  if (c.divided.length === 0) {
    return `${head}<p>None: every roll call was without a single aye or without a single no.</p></section>`;
  }
  const name = memberNames(c);
  const items = c.divided.map(
    (d) =>
      `<li><strong>${escapeHtml(d.date)}</strong>, ${escapeHtml(d.rollCall)}${d.hypothetical ? ' <span class="badge badge-hypothetical">hypothetical</span>' : ''}: ${escapeHtml(dividedLine(d, name))}</li>`,
  );
  return `${head}<ul class="divided">${items.join('')}</ul></section>`;
}

function notTalliedSection(rollCalls: readonly UntalliedRollCall[]): string {
  if (rollCalls.length === 0) return '';
  const items = rollCalls.map(
    (r) =>
      `<li><strong>${escapeHtml(rollCallHeading(r))}</strong> (${escapeHtml(r.file)})${r.hypothetical ? ' <span class="badge badge-hypothetical">hypothetical</span>' : ''}${problemsList(r)}</li>`,
  );
  return `<section aria-labelledby="not-tallied"><h2 id="not-tallied">Not tallied</h2><ul>${items.join('')}</ul></section>`;
}

function otherFilesSection(files: readonly string[]): string {
  if (files.length === 0) return '';
  return `<section aria-labelledby="other-files"><h2 id="other-files">Other files with errors</h2><p>Not part of this report; <code>overrule validate</code> explains them.</p><ul>${files.map((f) => `<li>${escapeHtml(f)}</li>`).join('')}</ul></section>`;
}
