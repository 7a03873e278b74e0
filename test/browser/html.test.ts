import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeTempFolder, runCli } from '../support/run-cli.js';
import { CHROMIUM_PATH, IN_CI, launchChromium } from './chromium.js';

/**
 * Every HTML output, opened in headless Chromium: no request leaves the
 * page, every seat is a labelled element with its vote's class, axe-core
 * finds no accessibility violation (light and dark), the page fits a phone's
 * width, prints to PDF, and a screenshot of each is kept in test-artifacts/.
 */
const ARTIFACTS = resolve('test-artifacts/browser');
const AXE_SOURCE = readFileSync(
  createRequire(import.meta.url).resolve('axe-core/axe.min.js'),
  'utf8',
);
const TIMEOUT = 120_000;

const MILWAUKEE = 'ordinances/milwaukee';
const RIVERTON = 'test/fixtures/tally/riverton';

interface PageCase {
  readonly name: string;
  /** The command that writes the page, without `--format html`. */
  readonly argv: readonly string[];
  readonly exit: number;
}

const PAGES: readonly PageCase[] = [
  {
    name: 'tally-230359',
    argv: ['tally', `${MILWAUKEE}/roll-calls/2023-07-11-230359.yaml`],
    exit: 0,
  },
  {
    name: 'tally-frt-10-5',
    argv: ['tally', `${MILWAUKEE}/roll-calls/2026-03-24-frt-scenario-10-5.yaml`],
    exit: 0,
  },
  {
    name: 'tally-riverton-vacancy',
    argv: ['tally', `${RIVERTON}/roll-calls/2024-09-10-charter.yaml`],
    exit: 0,
  },
  {
    name: 'tally-riverton-tie',
    argv: ['tally', `${RIVERTON}/roll-calls/2024-03-05-tie.yaml`],
    exit: 0,
  },
  {
    name: 'tally-riverton-mismatch',
    argv: ['tally', `${RIVERTON}/roll-calls/2024-03-05-override.yaml`],
    exit: 1,
  },
  { name: 'report-milwaukee', argv: ['report', MILWAUKEE], exit: 0 },
  { name: 'report-riverton', argv: ['report', RIVERTON], exit: 1 },
];

interface Tally {
  readonly seats: number;
  readonly counts: Readonly<Record<string, number>>;
}

/** The tallies a page shows, from the same command's JSON. */
async function talliesOf(c: PageCase): Promise<Tally[]> {
  const { stdout } = await runCli([...c.argv, '--format', 'json']);
  const json = JSON.parse(stdout) as Tally & {
    councils?: { measures: { rollCalls: Tally[] }[]; otherRollCalls: Tally[] }[];
  };
  if (json.councils === undefined) return [json];
  return json.councils.flatMap((council) => [
    ...council.measures.flatMap((m) => m.rollCalls),
    ...council.otherRollCalls,
  ]);
}

if (CHROMIUM_PATH === undefined) {
  const message =
    'Chromium is not installed (apt-get install -y chromium, or set OVERRULE_CHROMIUM)';
  if (IN_CI) {
    describe('HTML in a real browser', () => {
      it('has Chromium to run in (required in CI)', () => {
        throw new Error(`${message}: CI must run the browser tests`);
      });
    });
  } else {
    console.warn(`test/browser: skipped: ${message}`);
    describe.skip(`HTML in a real browser (skipped: ${message})`, () => undefined);
  }
} else {
  const executablePath = CHROMIUM_PATH;
  describe('HTML in a real browser', () => {
    let browser: Browser;
    let folder: string;
    const urls = new Map<string, string>();

    beforeAll(async () => {
      folder = makeTempFolder('overrule-html-');
      for (const c of PAGES) {
        const file = join(folder, `${c.name}.html`);
        const { code, stderr } = await runCli([...c.argv, '--format', 'html', '--output', file]);
        expect(code, `${c.name}: ${stderr}`).toBe(c.exit);
        urls.set(c.name, pathToFileURL(file).href);
      }
      mkdirSync(ARTIFACTS, { recursive: true });
      browser = await launchChromium(executablePath);
    }, TIMEOUT);

    afterAll(async () => {
      await browser.close();
    }, TIMEOUT);

    const urlOf = (name: string): string => {
      const url = urls.get(name);
      if (url === undefined) throw new Error(`no page ${name}`);
      return url;
    };

    /** Opens a page, recording every request, socket and console message. */
    async function open(
      name: string,
      options: { bypassCSP: boolean; width?: number; dark?: boolean },
    ): Promise<{ page: Page; requests: string[]; messages: string[]; close: () => Promise<void> }> {
      const context = await browser.newContext({
        bypassCSP: options.bypassCSP,
        viewport: { width: options.width ?? 1280, height: 900 },
        colorScheme: options.dark === true ? 'dark' : 'light',
        javaScriptEnabled: true,
      });
      const page = await context.newPage();
      const requests: string[] = [];
      const messages: string[] = [];
      const url = urlOf(name);
      page.on('request', (request) => {
        if (request.url() !== url) requests.push(request.url());
      });
      page.on('websocket', (socket) => requests.push(socket.url()));
      page.on('console', (message) => messages.push(`${message.type()}: ${message.text()}`));
      page.on('pageerror', (error) => messages.push(`pageerror: ${error.message}`));
      // Anything but the page itself is refused, should anything be asked for.
      await context.route('**/*', (route) =>
        route.request().url() === url ? route.continue() : route.abort(),
      );
      await page.goto(url, { waitUntil: 'load' });
      return { page, requests, messages, close: () => context.close() };
    }

    for (const c of PAGES) {
      describe(c.name, () => {
        it(
          'loads with no request of any kind, even with its Content-Security-Policy lifted',
          async () => {
            for (const bypassCSP of [false, true]) {
              const { page, requests, messages, close } = await open(c.name, { bypassCSP });
              // Let anything lazy (fonts, images, prefetches) have its chance.
              await page.waitForTimeout(300);
              expect(requests, `bypassCSP ${bypassCSP}`).toEqual([]);
              expect(messages, `bypassCSP ${bypassCSP}`).toEqual([]);
              // Readable with no script: the page has none.
              expect(await page.locator('script').count()).toBe(0);
              await close();
            }
          },
          TIMEOUT,
        );

        it(
          'draws one labelled seat element per seat, with the class of its vote',
          async () => {
            const tallies = await talliesOf(c);
            const { page, close } = await open(c.name, { bypassCSP: false });
            const charts = page.locator('figure.seat-chart');
            expect(await charts.count()).toBe(tallies.length);
            for (const [i, tally] of tallies.entries()) {
              const chart = charts.nth(i);
              const seats = chart.locator('svg .seat');
              expect(await seats.count()).toBe(tally.seats);
              for (const kind of [
                'aye',
                'no',
                'abstain',
                'present',
                'not-voting',
                'recused',
                'excused',
                'absent',
                'vacant',
              ]) {
                expect(await chart.locator(`svg .seat.seat-${kind}`).count(), kind).toBe(
                  tally.counts[kind],
                );
              }
              const labels = JSON.parse(
                await page.evaluate<string>(
                  `JSON.stringify([...document.querySelectorAll('figure.seat-chart')][${i}].querySelectorAll('svg .seat').values().map((e) => [e.getAttribute('aria-label'), e.querySelector('title')?.textContent, e.getAttribute('role')]).toArray())`,
                ),
              ) as [string | null, string | null, string | null][];
              expect(labels).toHaveLength(tally.seats);
              for (const [label, title, role] of labels) {
                expect(label).toMatch(
                  /: (aye|no|abstain|present|not voting|recused|excused|absent)$|^Vacant seat$/,
                );
                expect(title).toBe(label);
                expect(role).toBe('img');
              }
              // The threshold is marked on the chart, and the chart has a text alternative.
              await expect
                .poll(() => chart.locator('.threshold-label').textContent())
                .toMatch(/^\d+ needed$/);
              expect(await chart.locator('figcaption').textContent()).toMatch(
                /seats, one circle each/,
              );
            }
            // Seats are exposed to assistive technology by name.
            if (c.name === 'tally-230359') {
              await expect
                .poll(() =>
                  page.getByRole('img', { name: 'Andrea Pratt, district 1: aye' }).count(),
                )
                .toBe(1);
            }
            if (c.name === 'tally-riverton-vacancy') {
              expect(await page.getByRole('img', { name: 'Vacant seat' }).count()).toBe(1);
            }
            await close();
          },
          TIMEOUT,
        );

        it(
          'has no accessibility violation (axe-core), light and dark',
          async () => {
            for (const dark of [false, true]) {
              // axe-core is injected into the page: the page's own policy would refuse it.
              const { page, close } = await open(c.name, { bypassCSP: true, dark });
              await page.addScriptTag({ content: AXE_SOURCE });
              const violations: unknown = await page.evaluate(
                'axe.run(document).then((r) => r.violations.map((v) => ({ id: v.id, nodes: v.nodes.map((n) => n.target.join(" ")).slice(0, 5) })))',
              );
              expect(violations, dark ? 'dark' : 'light').toEqual([]);
              await close();
            }
          },
          TIMEOUT,
        );

        it(
          'fits a phone, prints to PDF, and is kept as screenshots',
          async () => {
            const phone = await open(c.name, { bypassCSP: false, width: 390 });
            // Wide tables scroll in their own box: the page itself never scrolls sideways.
            expect(
              await phone.page.evaluate('document.documentElement.scrollWidth'),
            ).toBeLessThanOrEqual(390);
            await phone.page.screenshot({
              path: join(ARTIFACTS, `${c.name}-390.png`),
              fullPage: true,
            });
            await phone.close();

            const desktop = await open(c.name, { bypassCSP: false });
            await desktop.page.screenshot({
              path: join(ARTIFACTS, `${c.name}-1280.png`),
              fullPage: true,
            });
            const pdf = await desktop.page.pdf({ format: 'A4', printBackground: true });
            expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-');
            expect(pdf.length).toBeGreaterThan(10_000);
            writeFileSync(join(ARTIFACTS, `${c.name}.pdf`), pdf);
            await desktop.close();

            const dark = await open(c.name, { bypassCSP: false, dark: true, width: 390 });
            await dark.page.screenshot({
              path: join(ARTIFACTS, `${c.name}-390-dark.png`),
              fullPage: true,
            });
            await dark.close();
          },
          TIMEOUT,
        );
      });
    }
  });
}
