import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  layoutHemicycle,
  MAX_SEATS,
  thresholdBoundary,
  type HemicycleLayout,
} from '../../src/report/seat-chart.js';

/** Every pair of seats at least a seat's width apart, centre to centre (no overlap). */
function smallestDistance(layout: HemicycleLayout): number {
  let smallest = Infinity;
  const { seats } = layout;
  for (let i = 0; i < seats.length; i++) {
    for (let j = i + 1; j < seats.length; j++) {
      const a = seats[i];
      const b = seats[j];
      if (a === undefined || b === undefined) continue;
      smallest = Math.min(smallest, Math.hypot(a.x - b.x, a.y - b.y));
    }
  }
  return smallest;
}

describe('layoutHemicycle', () => {
  it('places exactly one seat per member, none overlapping, for every council of 1 to 100 seats', () => {
    for (let count = 1; count <= 100; count++) {
      const layout = layoutHemicycle(count);
      expect(layout.seats).toHaveLength(count);
      // Fill order is a permutation of 0..count-1, left to right.
      expect(layout.seats.map((s) => s.order)).toEqual([...Array(count).keys()]);
      for (let i = 1; i < count; i++) {
        expect(layout.seats[i]?.angle).toBeLessThanOrEqual(layout.seats[i - 1]?.angle ?? 0);
      }
      expect(layout.seatRadius).toBeGreaterThan(0);
      if (count > 1) expect(smallestDistance(layout)).toBeGreaterThan(2 * layout.seatRadius);
      for (const s of layout.seats) {
        // Inside the upper half of the unit disc, seat and all.
        expect(Math.hypot(s.x, s.y) + layout.seatRadius).toBeLessThanOrEqual(1 + 1e-9);
        expect(s.y).toBeGreaterThanOrEqual(-1e-9);
      }
    }
  });

  it('draws seats no smaller than a useful size up to 100 seats', () => {
    // The outer radius is 180 SVG units: a seat of 100 is still 7 units across or more.
    expect(180 * layoutHemicycle(100).seatRadius).toBeGreaterThan(3.5);
    expect(180 * layoutHemicycle(15).seatRadius).toBeGreaterThan(10);
  });

  it('holds up to the largest chart drawn, and refuses more', () => {
    const layout = layoutHemicycle(MAX_SEATS);
    expect(layout.seats).toHaveLength(MAX_SEATS);
    expect(smallestDistance(layout)).toBeGreaterThan(2 * layout.seatRadius);
    expect(() => layoutHemicycle(MAX_SEATS + 1)).toThrow();
    expect(() => layoutHemicycle(0)).toThrow();
  });
});

describe('thresholdBoundary', () => {
  it('separates exactly the first k seats from the rest in every row', () => {
    fc.assert(
      fc.property(
        fc
          .integer({ min: 1, max: 100 })
          .chain((n) => fc.tuple(fc.constant(n), fc.integer({ min: 1, max: n }))),
        ([n, k]) => {
          const layout = layoutHemicycle(n);
          const boundary = thresholdBoundary(layout, k);
          expect(boundary).not.toBeNull();
          if (boundary === null) return;
          // Two points per row that has seats, at the row's inner and outer edge.
          const rows = [...new Set(layout.seats.map((s) => s.row))];
          expect(boundary).toHaveLength(2 * rows.length);
          for (const [i, row] of rows.entries()) {
            const p = boundary[2 * i];
            if (p === undefined) throw new Error('missing point');
            // Beyond the left end of the baseline the angle is just over π, not near -π.
            const raw = Math.atan2(p.y, p.x);
            const angle = raw < -Math.PI / 2 ? raw + 2 * Math.PI : raw;
            for (const seat of layout.seats.filter((s) => s.row === row)) {
              if (seat.order < k) expect(seat.angle).toBeGreaterThan(angle);
              else expect(seat.angle).toBeLessThan(angle);
            }
          }
        },
      ),
      { seed: 20260324, numRuns: 400 },
    );
  });

  it('is null for no seat or more seats than there are', () => {
    const layout = layoutHemicycle(15);
    expect(thresholdBoundary(layout, 0)).toBeNull();
    expect(thresholdBoundary(layout, 16)).toBeNull();
    expect(thresholdBoundary(layout, 15)).not.toBeNull();
  });
});
