import type { VoteValue } from '../model/roll-call.js';
import { escapeHtml } from './html-text.js';
import {
  layoutHemicycle,
  MAX_SEATS,
  MIN_SEATS,
  thresholdBoundary,
  type HemicycleLayout,
} from './seat-chart.js';

/**
 * What a seat shows: a vote (`tally`, `report`), a whip stance (`whip`), or
 * an empty seat. Each is a class on the seat's element, `seat-KIND`, styled
 * in html-style.ts.
 */
export type SeatKind =
  VoteValue | 'missing' | 'vacant' | 'yes' | 'lean-yes' | 'undecided' | 'lean-no';

export interface ChartSeat {
  readonly kind: SeatKind;
  /** The seat's accessible name and tooltip: `Andrea Pratt, district 1: aye`. */
  readonly label: string;
}

export interface ChartLegendEntry {
  readonly kind: SeatKind;
  readonly label: string;
  readonly count: number;
}

/**
 * Everything a seat chart shows, for any command: build one from a tally or
 * a whip projection, then `renderSeatChart` (or `renderChartPage`).
 */
export interface SeatChartModel {
  /** A short heading: `Seats and votes`. */
  readonly title: string;
  /** The text alternative, in sentences: what the chart shows, with its numbers. */
  readonly summary: string;
  /** Every seat, in fill order: the first is drawn leftmost. */
  readonly seats: readonly ChartSeat[];
  /** The line after the first `after` seats, labelled (`10 needed`); null for none. */
  readonly threshold: { readonly after: number; readonly label: string } | null;
  /** A few characters in the middle of the chart: `15–0`. */
  readonly centre: string;
  readonly legend: readonly ChartLegendEntry[];
  /** Draws a HYPOTHETICAL label on the chart itself. */
  readonly hypothetical: boolean;
}

/** SVG units: the outer radius of the hemicycle, and the margins beside and above it. */
const RADIUS = 180;
const MIN_SIDE = 16;
const TOP = 40;

/**
 * A seat chart as a `<figure>`: an SVG hemicycle with one labelled element
 * per seat (vacant seats drawn as empty outlines), the threshold line, a
 * legend, and a caption that says in words what the chart shows. `id` makes
 * the ids of its parts unique on the page.
 */
export function renderSeatChart(model: SeatChartModel, id: string): string {
  const count = model.seats.length;
  if (count < MIN_SEATS || count > MAX_SEATS) {
    return `<figure class="seat-chart" id="${id}"><figcaption>${escapeHtml(model.summary)} (No chart is drawn for ${count} seats; the tables list them.)</figcaption></figure>`;
  }
  const layout = layoutHemicycle(count);
  const threshold = placeThreshold(layout, model.threshold);
  // Wide enough for the threshold's label beside the hemicycle, and centred.
  const side = Math.max(MIN_SIDE, Math.ceil(threshold?.overhang ?? 0) + 6);
  const cx = RADIUS + side;
  const cy = RADIUS + TOP;
  const width = 2 * cx;
  // Seats at the ends of the rows sit on the baseline; the threshold line may pass just below one.
  const lowest = Math.min(0, ...(threshold?.line.map((p) => p.y) ?? []));
  const height = Math.ceil(cy + RADIUS * Math.max(layout.seatRadius, -lowest) + 4);
  const at = (p: { readonly x: number; readonly y: number }): { x: string; y: string } => ({
    x: fixed(cx + RADIUS * p.x),
    y: fixed(cy - RADIUS * p.y),
  });
  const r = fixed(RADIUS * layout.seatRadius);

  const seats = layout.seats.map((position) => {
    const seat = model.seats[position.order];
    if (seat === undefined) return '';
    const label = escapeHtml(seat.label);
    const { x, y } = at(position);
    return `<circle class="seat seat-${seat.kind}" data-vote="${seat.kind}" cx="${x}" cy="${y}" r="${r}" role="img" aria-label="${label}"><title>${label}</title></circle>`;
  });

  const parts: string[] = [];
  if (threshold !== null) {
    const points = threshold.line.map((p) => {
      const { x, y } = at(p);
      return `${x},${y}`;
    });
    const text = at(threshold.text);
    parts.push(
      `<g class="threshold"><polyline class="threshold-line" points="${points.join(' ')}"/><text class="threshold-label" x="${text.x}" y="${text.y}" text-anchor="${threshold.anchor}">${escapeHtml(threshold.label)}</text></g>`,
    );
  }
  if (model.centre !== '') {
    parts.push(
      `<text class="chart-centre" x="${cx}" y="${cy - 6}" text-anchor="middle">${escapeHtml(model.centre)}</text>`,
    );
  }
  if (model.hypothetical) {
    parts.push(
      `<text class="chart-hypothetical" x="8" y="22" text-anchor="start">HYPOTHETICAL</text>`,
    );
  }

  const legend = model.legend
    .filter((entry) => entry.count > 0)
    .map(
      (entry) =>
        `<li><svg class="swatch" viewBox="0 0 16 16" width="16" height="16" aria-hidden="true"><circle class="swatch-dot seat-${entry.kind}" cx="8" cy="8" r="6"/></svg>${escapeHtml(entry.label)}: ${entry.count}</li>`,
    );
  return [
    `<figure class="seat-chart" id="${id}">`,
    `<svg class="hemicycle" viewBox="0 0 ${width} ${height}" role="group" aria-labelledby="${id}-title ${id}-desc">`,
    `<title id="${id}-title">${escapeHtml(model.title)}</title>`,
    `<desc id="${id}-desc">${escapeHtml(model.summary)}</desc>`,
    `<g class="seats">${seats.join('')}</g>`,
    ...parts,
    '</svg>',
    `<ul class="legend" aria-label="Legend">${legend.join('')}</ul>`,
    `<figcaption>${escapeHtml(model.summary)}</figcaption>`,
    '</figure>',
  ].join('\n');
}

interface PlacedThreshold {
  readonly label: string;
  /** In the chart's units (outer radius 1): the staircase, then out past the outer row. */
  readonly line: readonly { readonly x: number; readonly y: number }[];
  readonly text: { readonly x: number; readonly y: number };
  readonly anchor: 'start' | 'middle' | 'end';
  /** How far (SVG units) the label reaches beyond the hemicycle's radius, sideways. */
  readonly overhang: number;
}

/** Label size in SVG units (see .threshold-label in html-style.ts), estimated generously. */
const LABEL_FONT = 17;
const CHAR_WIDTH = 0.62 * LABEL_FONT;

function placeThreshold(
  layout: HemicycleLayout,
  threshold: SeatChartModel['threshold'],
): PlacedThreshold | null {
  if (threshold === null) return null;
  const boundary = thresholdBoundary(layout, threshold.after);
  const outer = boundary?.at(-1);
  if (boundary === null || outer === undefined) return null;
  // Just beyond the left end of the baseline the angle is a little over π, not near -π.
  const raw = Math.atan2(outer.y, outer.x);
  const angle = raw < -Math.PI / 2 ? raw + 2 * Math.PI : raw;
  const tip = { x: 1.05 * Math.cos(angle), y: 1.05 * Math.sin(angle) };
  const text = { x: 1.09 * Math.cos(angle), y: 1.09 * Math.sin(angle) };
  const anchor = angle > 1.75 ? 'end' : angle < 1.39 ? 'start' : 'middle';
  const width = threshold.label.length * CHAR_WIDTH;
  const reach =
    anchor === 'middle' ? Math.abs(text.x) * RADIUS + width / 2 : Math.abs(text.x) * RADIUS + width;
  return {
    label: threshold.label,
    line: [...boundary, tip],
    text,
    anchor,
    overhang: Math.max(0, reach - RADIUS),
  };
}

function fixed(n: number): string {
  return (Math.round(n * 10) / 10).toString();
}
