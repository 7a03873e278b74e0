import { assert } from '../basics/assert.js';

/** One seat of a hemicycle, in the chart's own units (the outer radius is 1). */
export interface SeatPosition {
  /** Left to right: 0 is the leftmost seat (see `layoutHemicycle`). */
  readonly order: number;
  /** 0 is the innermost row. */
  readonly row: number;
  /** Measured from the right end of the baseline: π is the far left, 0 the far right. */
  readonly angle: number;
  readonly x: number;
  readonly y: number;
}

export interface HemicycleLayout {
  readonly seats: readonly SeatPosition[];
  /** Every seat is a circle of this radius. */
  readonly seatRadius: number;
  /** The radius of each row's centre line, innermost first. */
  readonly rowRadii: readonly number[];
  /** Half the distance between two rows' centre lines. */
  readonly rowHalfWidth: number;
}

/** The fewest and most seats a chart is drawn for. */
export const MIN_SEATS = 1;
export const MAX_SEATS = 400;

/**
 * A hemicycle of `count` seats: rows of seats on half-circles around the
 * origin (x to the right, y up), the outer row's seats within radius 1. Rows
 * are evenly spaced between an inner radius and the outer one, and each row
 * holds seats in proportion to its length, spaced evenly from one end of the
 * baseline to the other.
 * Seats are circles small enough that no two overlap: rows are further apart
 * than a seat is wide, and so are two seats of a row.
 *
 * `seats` is in fill order, left to right by angle (ties by row, inner
 * first), so that the first k seats form a wedge: see `thresholdBoundary`.
 */
export function layoutHemicycle(count: number): HemicycleLayout {
  assert(
    Number.isInteger(count) && count >= MIN_SEATS && count <= MAX_SEATS,
    `a seat chart has ${MIN_SEATS} to ${MAX_SEATS} seats, not ${count}`,
  );
  const rows = Math.max(1, Math.round(Math.sqrt(count) / 2));
  const inner = rows === 1 ? 0.5 : 0.35;
  const rowWidth = (1 - inner) / rows;
  // Outer row on radius 1 less half a row, so seats stay inside the unit circle.
  const rowRadii = Array.from({ length: rows }, (_, i) => inner + rowWidth * (i + 0.5));
  const perRow = apportionSeats(count, rowRadii);

  const positions: Omit<SeatPosition, 'order'>[] = [];
  let smallestGap = rowWidth;
  for (const [row, radius] of rowRadii.entries()) {
    const n = perRow[row] ?? 0;
    if (n === 0) continue;
    // Distance between neighbouring seats' centres (a chord).
    if (n > 1) smallestGap = Math.min(smallestGap, 2 * radius * Math.sin(Math.PI / (2 * (n - 1))));
    for (let j = 0; j < n; j++) {
      // From the left end of the baseline to the right end; one seat alone at the top.
      const angle = n === 1 ? Math.PI / 2 : Math.PI - (Math.PI * j) / (n - 1);
      positions.push({ row, angle, x: radius * Math.cos(angle), y: radius * Math.sin(angle) });
    }
  }
  positions.sort((a, b) => b.angle - a.angle || a.row - b.row);
  return {
    seats: positions.map((p, order) => ({ ...p, order })),
    // 80% of the smallest distance between centres, halved: a visible gap between seats.
    seatRadius: 0.4 * smallestGap,
    rowRadii,
    rowHalfWidth: rowWidth / 2,
  };
}

/**
 * Seats per row in proportion to each row's radius (its length), by largest
 * remainder; every row gets at least one seat while there are seats enough.
 */
function apportionSeats(count: number, radii: readonly number[]): number[] {
  const total = radii.reduce((sum, r) => sum + r, 0);
  const quotas = radii.map((r) => (count * r) / total);
  const seats = quotas.map((q) => Math.max(count >= radii.length ? 1 : 0, Math.floor(q)));
  let left = count - seats.reduce((sum, n) => sum + n, 0);
  // Largest remainders first; among equal remainders, the outer row.
  const byRemainder = quotas
    .map((q, row) => ({ row, remainder: q - Math.floor(q) }))
    .sort((a, b) => b.remainder - a.remainder || b.row - a.row);
  for (let i = 0; left > 0; i = (i + 1) % byRemainder.length) {
    const entry = byRemainder[i];
    if (entry === undefined) break;
    seats[entry.row] = (seats[entry.row] ?? 0) + 1;
    left -= 1;
  }
  for (let row = radii.length - 1; left < 0 && row >= 0; row--) {
    // A row given its one seat may have taken more than its share: take back from the outer rows.
    while (left < 0 && (seats[row] ?? 0) > 1) {
      seats[row] = (seats[row] ?? 0) - 1;
      left += 1;
    }
  }
  return seats;
}

/** A point of the threshold line, in the chart's units. */
export interface BoundaryPoint {
  readonly x: number;
  readonly y: number;
}

/**
 * The line between the first `k` seats (in fill order) and the rest: in each
 * row, halfway between the row's last seat among the first k and its first
 * seat after them, from the row's inner edge to its outer edge; consecutive
 * rows joined, so the line is a staircase from the inner row to the outer
 * one that no seat crosses. In a row whose seats are all on one side, the
 * line passes beyond the row's end seat (below the baseline when that seat
 * sits on it). Null when k is not between 1 and the seats.
 */
export function thresholdBoundary(layout: HemicycleLayout, k: number): BoundaryPoint[] | null {
  if (!Number.isInteger(k) || k < 1 || k > layout.seats.length) return null;
  const points: BoundaryPoint[] = [];
  for (const [row, radius] of layout.rowRadii.entries()) {
    const inRow = layout.seats.filter((s) => s.row === row);
    if (inRow.length === 0) continue;
    const last = inRow.filter((s) => s.order < k).at(-1);
    const next = inRow.find((s) => s.order >= k);
    // Half the angle between neighbours in the row, for a line beyond its end seat.
    const halfStep = inRow.length > 1 ? Math.PI / (2 * (inRow.length - 1)) : Math.PI / 4;
    const angle =
      last === undefined
        ? (next?.angle ?? Math.PI) + halfStep
        : next === undefined
          ? last.angle - halfStep
          : (last.angle + next.angle) / 2;
    for (const r of [radius - layout.rowHalfWidth, radius + layout.rowHalfWidth]) {
      points.push({ x: r * Math.cos(angle), y: r * Math.sin(angle) });
    }
  }
  return points;
}
