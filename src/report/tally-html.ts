import { describeTallyStep, describeTallyWarning } from './tally-explanation.js';
import type { TallyResult } from '../tally/tally-result.js';
import { renderChartPage, type Banner } from './html-page.js';
import { escapeHtml, isWebAddress, sourceLink } from './html-text.js';
import { seatKindLabel, tallySeatChart } from './tally-seats.js';
import { computedWithReadings, executiveRow } from './tally-executive-text.js';
import {
  countRows,
  HYPOTHETICAL_BANNER,
  measureLine,
  recordedLine,
  recordedStep,
  resultNumbers,
  resultWord,
  ruleDetails,
  ruleHeading,
} from './tally-text.js';

/** A tally as one self-contained web page with its seat chart. */
export function renderTallyHtml(result: TallyResult): string {
  const heading = result.rollCall.motion ?? `Roll call ${result.rollCall.id}`;
  return renderChartPage({
    title: result.hypothetical ? `HYPOTHETICAL: ${heading}` : heading,
    banners: tallyBanners(result),
    intro: tallyVerdict(result),
    chart: tallySeatChart(result),
    body: [
      tallyFacts(result),
      '<h2>The votes</h2>',
      '<div class="tables">',
      membersTable(result, 'How each member voted'),
      countsTable(result, 'Votes'),
      '</div>',
      '<h2>How it was decided</h2>',
      explanationList(result),
      sourcesList(result.rollCall.sources),
    ].join('\n'),
  });
}

/** The warnings of a tally as banners: the hypothetical one first, then the others. */
export function tallyBanners(result: TallyResult): Banner[] {
  const banners: Banner[] = [];
  if (result.hypothetical) {
    banners.push({ level: 'hypothetical', title: HYPOTHETICAL_BANNER, lines: [] });
  }
  const cautions = result.warnings
    .filter((w) => w.code !== 'hypothetical')
    .map(describeTallyWarning);
  const recorded = recordedStep(result);
  if (recorded !== undefined && !recorded.matches) {
    cautions.unshift(
      `The official record says ${[recorded.recordedResult, recorded.recordedTally].filter((x) => x !== null).join(' ')}, but the votes under the rule give ${computedWithReadings(recorded)}.`,
    );
  }
  if (cautions.length > 0) {
    banners.push({
      level: 'caution',
      title: 'Read this before quoting the result',
      lines: cautions,
    });
  }
  return banners;
}

/** Council, date, measure, motion and rule, as a description list. */
export function tallyFacts(result: TallyResult): string {
  const rows: [string, string][] = [
    ['Council', escapeHtml(`${result.council.name} (${result.seats} seats)`)],
    ['Date', escapeHtml(result.rollCall.date)],
    ['Roll call', escapeHtml(result.rollCall.id)],
  ];
  const measure = measureLine(result);
  if (measure !== undefined) rows.push(['Measure', escapeHtml(measure)]);
  if (result.directive !== null) {
    rows.push(['Directive', escapeHtml(`${result.directive.id}: ${result.directive.title}`)]);
  }
  if (result.rollCall.motion !== null) rows.push(['Motion', escapeHtml(result.rollCall.motion)]);
  rows.push(['Rule', ruleCell(result)]);
  return `<dl class="facts">${rows.map(([name, value]) => `<dt>${name}</dt><dd>${value}</dd>`).join('')}</dl>`;
}

/** The rule's name, its citation (a link to its source when there is one) and its version. */
export function ruleCell(result: TallyResult): string {
  const source = result.rule.source;
  const heading = escapeHtml(ruleHeading(result));
  const details = escapeHtml(ruleDetails(result));
  const cited =
    source !== null && isWebAddress(source)
      ? `<a class="cite" href="${escapeHtml(source)}">${details}</a>`
      : details;
  const unverified =
    result.rule.verified === false ? ' <span class="badge badge-caution">not verified</span>' : '';
  return `${heading} (${cited})${unverified}`;
}

/** PASSED / FAILED / NO QUORUM, the numbers, and the official record. */
export function tallyVerdict(result: TallyResult): string {
  const lines = [
    `<p class="result result-${result.result}">${escapeHtml(`${resultWord(result)} ${result.ayes}–${result.noes}`)}</p>`,
    `<p>${escapeHtml(resultNumbers(result))}.</p>`,
  ];
  const recorded = recordedLine(result);
  if (recorded !== undefined) {
    const mismatch = result.recorded !== null && !result.recorded.matches;
    lines.push(
      `<p>Recorded: ${mismatch ? `<span class="mismatch">${escapeHtml(recorded)}</span>` : escapeHtml(recorded)}.</p>`,
    );
  }
  return lines.join('\n');
}

/** Every vote value and the vacant seats, zeros included. */
export function countsTable(result: TallyResult, caption: string): string {
  const rows = countRows(result).map(
    ({ label, count }) =>
      `<tr><th scope="row">${escapeHtml(label)}</th><td class="num">${count}</td></tr>`,
  );
  return tableBlock(
    caption,
    `<thead><tr><th scope="col">Vote</th><th scope="col" class="num">Count</th></tr></thead><tbody>${rows.join('')}</tbody>`,
  );
}

/** Each member in office and their vote; a sentence instead when only counts are known. */
export function membersTable(result: TallyResult, caption: string): string {
  if (result.source === 'counts') {
    return '<p>Only the counts are known: no member is named.</p>';
  }
  const rows = result.members.map((m) => {
    const role = m.role === null ? '' : ` (${m.role})`;
    const vote = seatKindLabel(m.vote);
    return `<tr><th scope="row">${escapeHtml(m.name + role)}</th><td>${escapeHtml(m.district ?? '')}</td><td class="vote-${m.vote ?? 'missing'}">${escapeHtml(vote)}</td></tr>`;
  });
  const executive = executiveRow(result);
  if (executive !== undefined) {
    rows.push(
      `<tr><th scope="row">${escapeHtml(`${executive.name} (${executive.role})`)}</th><td></td><td class="vote-${executive.vote}">${escapeHtml(executive.label)}</td></tr>`,
    );
  }
  return tableBlock(
    caption,
    `<thead><tr><th scope="col">Member</th><th scope="col">District</th><th scope="col">Vote</th></tr></thead><tbody>${rows.join('')}</tbody>`,
  );
}

export function explanationList(result: TallyResult): string {
  return `<ol class="explanation">${result.explanation.map((step) => `<li>${escapeHtml(describeTallyStep(step))}</li>`).join('')}</ol>`;
}

export function sourcesList(sources: readonly string[]): string {
  if (sources.length === 0) return '';
  return `<h2>Sources</h2>\n<ul class="sources">${sources.map((s) => `<li>${sourceLink(s)}</li>`).join('')}</ul>`;
}

/** A table in a box that scrolls sideways on a narrow screen (and can be scrolled from the keyboard). */
export function tableBlock(caption: string, inner: string, className = ''): string {
  const label = escapeHtml(caption);
  const cls = className === '' ? '' : ` class="${className}"`;
  return `<div class="table-scroll" role="region" aria-label="${label}" tabindex="0"><table${cls}><caption>${label}</caption>${inner}</table></div>`;
}
