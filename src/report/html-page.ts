import { HTML_STYLE } from './html-style.js';
import { escapeHtml } from './html-text.js';
import { renderSeatChart, type SeatChartModel } from './seat-chart-svg.js';

/**
 * The page may load nothing at all: no script, font, image, frame or
 * connection; only its own inline styles (and images written into it).
 */
const CONTENT_SECURITY_POLICY =
  "default-src 'none'; style-src 'unsafe-inline'; img-src data:; base-uri 'none'; form-action 'none'";

/** A warning no reader can miss, at the top of a page. */
export interface Banner {
  /** `hypothetical`: not an official record; `caution`: a rule not verified, a record that disagrees. */
  readonly level: 'hypothetical' | 'caution';
  readonly title: string;
  readonly lines: readonly string[];
}

/**
 * One self-contained HTML page: inline CSS, no script, no request of any
 * kind. `main` is HTML already escaped; the title is text.
 */
export function renderHtmlDocument(page: {
  readonly title: string;
  readonly main: string;
}): string {
  return `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${CONTENT_SECURITY_POLICY}">
<meta http-equiv="x-dns-prefetch-control" content="off">
<meta name="referrer" content="no-referrer">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="color-scheme" content="light dark">
<meta name="generator" content="overrule">
<title>${escapeHtml(page.title)}</title>
<style>${HTML_STYLE}</style>
</head>
<body>
<main>
${page.main}
<footer><p>Computed by overrule from the council's own files: every threshold is exact integer arithmetic, and the rule it applies is cited above.</p></footer>
</main>
</body>
</html>
`;
}

export function renderBanner(banner: Banner): string {
  const lines =
    banner.lines.length === 0
      ? ''
      : banner.lines.length === 1
        ? `<p>${escapeHtml(banner.lines[0] ?? '')}</p>`
        : `<ul>${banner.lines.map((line) => `<li>${escapeHtml(line)}</li>`).join('')}</ul>`;
  return `<div class="banner banner-${banner.level}" role="note" aria-label="${escapeHtml(banner.title)}"><strong>${escapeHtml(banner.title)}</strong>${lines}</div>`;
}

/**
 * A page about one vote or one projection, with its seat chart: the page of
 * `tally --format html`, and the slot for `whip --format html`, which builds
 * its own `SeatChartModel` (seat kinds `yes`, `lean-yes`, `undecided`,
 * `lean-no`, `no` are styled) and body.
 */
export interface ChartPage {
  /** The page's title and heading (text). */
  readonly title: string;
  readonly banners: readonly Banner[];
  /** HTML between the banners and the chart: the facts, the result. */
  readonly intro: string;
  readonly chart: SeatChartModel;
  /** HTML after the chart: tables, the arithmetic, sources. */
  readonly body: string;
}

export function renderChartPage(page: ChartPage): string {
  return renderHtmlDocument({
    title: page.title,
    main: [
      `<h1>${escapeHtml(page.title)}</h1>`,
      ...page.banners.map(renderBanner),
      page.intro,
      renderSeatChart(page.chart, 'chart'),
      page.body,
    ].join('\n'),
  });
}
