import { describe, expect, it } from 'vitest';
import { renderChartPage } from '../../src/report/html-page.js';
import type { ChartSeat, SeatChartModel } from '../../src/report/seat-chart-svg.js';

/** The slot `whip --format html` fills: its own seat chart model (stances, not votes) and body. */
describe('renderChartPage', () => {
  const stances: ChartSeat[] = [
    ...Array.from({ length: 6 }, (_, i) => ({
      kind: 'yes' as const,
      label: `Member ${i + 1}: yes`,
    })),
    { kind: 'lean-yes', label: 'Member 7: leans yes' },
    { kind: 'undecided', label: 'Member 8: undecided' },
    { kind: 'lean-no', label: 'Member 9: leans no' },
    { kind: 'vacant', label: 'Vacant seat' },
    { kind: 'no', label: 'Member 10: no' },
  ];
  const chart: SeatChartModel = {
    title: 'Where the 11 seats stand',
    summary: '11 seats: 6 yes, 1 leaning yes, 1 undecided, 1 leaning no, 1 no, 1 vacant. 7 needed.',
    seats: stances,
    threshold: { after: 7, label: '7 needed' },
    centre: '6–1',
    legend: [
      { kind: 'yes', label: 'yes', count: 6 },
      { kind: 'no', label: 'no', count: 1 },
      { kind: 'undecided', label: 'undecided', count: 0 },
    ],
    hypothetical: true,
  };
  const html = renderChartPage({
    title: 'Whip count <frt>',
    banners: [{ level: 'hypothetical', title: 'HYPOTHETICAL', lines: ['A projection.'] }],
    intro: '<p class="result">62% chance of passing</p>',
    chart,
    body: '<h2>Members</h2>',
  });

  it('draws one labelled seat per seat with the class of its stance', () => {
    const seats = [
      ...html.matchAll(/<circle class="seat seat-([a-z-]+)"[^>]*aria-label="([^"]*)"/g),
    ];
    expect(seats.map((m) => m[1])).toEqual(stances.map((s) => s.kind));
    expect(seats.map((m) => m[2])).toEqual(stances.map((s) => s.label));
    expect(html).toContain('>7 needed</text>');
    expect(html).toContain('>HYPOTHETICAL</text>');
    // The legend leaves out what no seat shows.
    expect(html).toContain('yes: 6</li>');
    expect(html).not.toContain('undecided: 0');
  });

  it('is one page with the title escaped, the banner first and the body after the chart', () => {
    expect(html.startsWith('<!DOCTYPE html>')).toBe(true);
    expect(html).toContain('<title>Whip count &lt;frt&gt;</title>');
    const order = [
      'banner-hypothetical',
      '62% chance',
      'class="seat-chart"',
      '<h2>Members</h2>',
    ].map((s) => html.indexOf(s));
    expect(order.every((i) => i > 0)).toBe(true);
    expect([...order].sort((a, b) => a - b)).toEqual(order);
    // Every stance has a style of its own.
    for (const kind of ['yes', 'lean-yes', 'undecided', 'lean-no', 'no', 'vacant']) {
      expect(html).toMatch(new RegExp(`\\.seat-${kind}[ ,{]`));
    }
  });
});
