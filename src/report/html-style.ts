/**
 * The one stylesheet of every HTML report, inlined in the page: light and
 * dark colour schemes, phone widths, print. Colours for votes are told apart
 * by lightness as well as hue (blue and orange), so a grey print and readers
 * who do not see red from green still can; every text colour meets WCAG AA.
 */
export const HTML_STYLE = `
:root {
  color-scheme: light dark;
  --bg: #ffffff; --fg: #16181d; --muted: #4b5260; --rule: #c5cad3; --panel: #f3f5f8;
  --link: #0b57b3;
  --aye: #1d4e89; --aye-light: #8fb3e0; --no: #d46a00; --no-light: #f2c08d;
  --other: #8c929c; --recused: #6a4c9c; --empty: #ffffff;
  --passed: #14602f; --failed: #a3190f;
  --warn-bg: #fff1b8; --warn-fg: #3b2c00; --warn-border: #8a6a00;
  --alert-bg: #fde3e1; --alert-fg: #5a0b06; --alert-border: #b3261e;
}
@media (prefers-color-scheme: dark) {
  :root {
    --bg: #111418; --fg: #eceff4; --muted: #b3bac6; --rule: #3b424d; --panel: #1b2027;
    --link: #8ab8ff;
    --aye: #6ea6ff; --aye-light: #2f5687; --no: #ffa24d; --no-light: #8a5320;
    --other: #7c8490; --recused: #b39ae6; --empty: #111418;
    --passed: #7ddc9a; --failed: #ff8f85;
    --warn-bg: #3a2e00; --warn-fg: #ffe9a3; --warn-border: #ffd23f;
    --alert-bg: #47100c; --alert-fg: #ffd7d3; --alert-border: #ff6b5e;
  }
}
* { box-sizing: border-box; }
body {
  margin: 0; background: var(--bg); color: var(--fg);
  font: 16px/1.5 system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif;
  -webkit-text-size-adjust: 100%;
}
main { max-width: 62rem; margin: 0 auto; padding: 1rem 1.25rem 3rem; }
h1 { font-size: 1.75rem; line-height: 1.2; margin: 0.5rem 0 1rem; overflow-wrap: anywhere; }
h2 { font-size: 1.35rem; margin: 2rem 0 0.75rem; border-bottom: 2px solid var(--rule); padding-bottom: 0.25rem; }
h3 { font-size: 1.1rem; margin: 1.5rem 0 0.5rem; overflow-wrap: anywhere; }
a { color: var(--link); }
a:focus-visible, .table-scroll:focus-visible { outline: 3px solid var(--link); outline-offset: 2px; }
p, li { overflow-wrap: anywhere; }
.facts { display: grid; grid-template-columns: max-content 1fr; gap: 0.25rem 1rem; margin: 0 0 1rem; }
.facts dt { font-weight: 600; color: var(--muted); }
.facts dd { margin: 0; overflow-wrap: anywhere; }
.banner {
  border: 3px solid; border-left-width: 10px; padding: 0.75rem 1rem; margin: 1rem 0;
  font-size: 1.05rem; -webkit-print-color-adjust: exact; print-color-adjust: exact;
}
.banner strong { display: block; font-size: 1.15rem; letter-spacing: 0.02em; }
.banner ul { margin: 0.25rem 0 0; padding-left: 1.25rem; }
.banner-hypothetical { background: var(--warn-bg); color: var(--warn-fg); border-color: var(--warn-border); }
.banner-caution { background: var(--alert-bg); color: var(--alert-fg); border-color: var(--alert-border); }
.badge {
  display: inline-block; border: 2px solid; border-radius: 4px; padding: 0 0.4em; margin-left: 0.25em;
  font-size: 0.8rem; font-weight: 700; text-transform: uppercase; vertical-align: middle;
  -webkit-print-color-adjust: exact; print-color-adjust: exact;
}
.badge-hypothetical { background: var(--warn-bg); color: var(--warn-fg); border-color: var(--warn-border); }
.badge-caution { background: var(--alert-bg); color: var(--alert-fg); border-color: var(--alert-border); }
.result { font-size: 1.4rem; font-weight: 700; margin: 1rem 0 0.25rem; }
.result-passed { color: var(--passed); }
.result-failed, .result-no-quorum, .result-not-tallied { color: var(--failed); }
.mismatch { color: var(--alert-fg); background: var(--alert-bg); font-weight: 700; padding: 0 0.25em; }
.roll-call { border-top: 1px solid var(--rule); margin-top: 1.5rem; padding-top: 0.5rem; }
.roll-call.hypothetical { border-left: 8px solid var(--warn-border); padding-left: 0.75rem; }
.tables { display: flex; flex-wrap: wrap; gap: 0 2.5rem; align-items: flex-start; }
.table-scroll { overflow-x: auto; margin: 0.5rem 0 1rem; max-width: 100%; }
table { border-collapse: collapse; font-variant-numeric: tabular-nums; }
caption { text-align: left; font-weight: 600; padding: 0.25rem 0; color: var(--muted); caption-side: top; }
th, td { border-bottom: 1px solid var(--rule); padding: 0.3rem 0.6rem; text-align: left; vertical-align: top; }
thead th { border-bottom: 2px solid var(--muted); }
th[scope="row"] { font-weight: 600; }
td.num, th.num { text-align: right; }
.matrix td, .matrix thead th { text-align: center; min-width: 2.75rem; }
td, th[scope="row"] { white-space: nowrap; }
td.wrap { white-space: normal; }
.vote-no, .vote-aye { font-weight: 600; }
.seat-chart { margin: 1rem 0; }
.hemicycle { display: block; width: 100%; max-width: 34rem; height: auto; }
.hemicycle text { font-family: inherit; }
.seat, .swatch-dot { stroke: var(--fg); stroke-width: 1; }
.seat-aye, .seat-yes { fill: var(--aye); }
.seat-lean-yes { fill: var(--aye-light); }
.seat-no { fill: var(--no); }
.seat-lean-no { fill: var(--no-light); }
.seat-abstain, .seat-present, .seat-not-voting, .seat-undecided { fill: var(--other); }
.seat-recused { fill: var(--recused); }
.seat-excused, .seat-absent { fill: var(--empty); stroke: var(--muted); stroke-width: 2; }
.seat-vacant { fill: none; stroke: var(--muted); stroke-width: 1.5; stroke-dasharray: 3 2; }
.seat-missing { fill: var(--empty); stroke: var(--failed); stroke-width: 3; }
.threshold-line { fill: none; stroke: var(--fg); stroke-width: 3; stroke-dasharray: 7 4; }
.threshold-label { fill: var(--fg); font-size: 17px; font-weight: 700; }
.chart-centre { fill: var(--fg); font-size: 30px; font-weight: 700; }
.chart-hypothetical { fill: var(--warn-fg); stroke: var(--warn-bg); stroke-width: 4px; paint-order: stroke; font-size: 16px; font-weight: 800; letter-spacing: 0.08em; }
.legend { list-style: none; padding: 0; margin: 0.25rem 0; display: flex; flex-wrap: wrap; gap: 0.25rem 1rem; }
.legend li { display: flex; align-items: center; gap: 0.35rem; }
.legend .swatch { flex: none; }
figcaption { color: var(--muted); font-size: 0.95rem; max-width: 40rem; }
footer { color: var(--muted); font-size: 0.9rem; margin-top: 3rem; border-top: 1px solid var(--rule); padding-top: 0.5rem; }
.toc { columns: 2 16rem; }
@media (max-width: 40rem) {
  body { font-size: 15px; }
  main { padding: 0.75rem 0.75rem 2rem; }
  h1 { font-size: 1.4rem; }
  .facts { grid-template-columns: 1fr; gap: 0; }
  .facts dd { margin-bottom: 0.35rem; }
  th, td { padding: 0.25rem 0.4rem; }
}
@media print {
  :root {
    color-scheme: light;
    --bg: #ffffff; --fg: #000000; --muted: #333333; --rule: #999999; --link: #000000;
    --aye: #1d4e89; --aye-light: #8fb3e0; --no: #d46a00; --no-light: #f2c08d;
    --other: #8c929c; --recused: #6a4c9c; --empty: #ffffff;
    --passed: #14602f; --failed: #a3190f;
    --warn-bg: #fff1b8; --warn-fg: #3b2c00; --warn-border: #000000;
    --alert-bg: #fde3e1; --alert-fg: #5a0b06; --alert-border: #000000;
  }
  body { font-size: 10.5pt; }
  main { max-width: none; padding: 0; }
  .table-scroll { overflow: visible; }
  .hemicycle { max-width: 13cm; }
  .seat-chart, .banner, tr, .facts { break-inside: avoid; }
  h2, h3 { break-after: avoid; }
  a.cite::after { content: " <" attr(href) ">"; font-size: 0.85em; overflow-wrap: anywhere; }
  .seat { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
}
`;
