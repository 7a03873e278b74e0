// Refreshes the README's screenshot: the HTML tally of the bundled 230359
// roll call, rendered by the built CLI and photographed in Debian's Chromium
// (apt-get install -y chromium; playwright-core drives it, nothing is
// downloaded). Run `npm run screenshot`, look at the picture, commit it.
//
//   node scripts/screenshot.js [--width 640] [--out test/golden/tally/milwaukee/2023-07-11-230359/screenshot.png]
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { chromium } from 'playwright-core';

const root = resolve(import.meta.dirname, '..');
const { values } = parseArgs({
  options: {
    width: { type: 'string', default: '640' },
    out: {
      type: 'string',
      default: 'test/golden/tally/milwaukee/2023-07-11-230359/screenshot.png',
    },
    chromium: { type: 'string', default: process.env.OVERRULE_CHROMIUM ?? '/usr/bin/chromium' },
  },
});
if (!existsSync(values.chromium)) {
  console.error(`screenshot: no Chromium at ${values.chromium}: apt-get install -y chromium`);
  process.exit(2);
}

const folder = mkdtempSync(join(tmpdir(), 'overrule-screenshot-'));
try {
  const page = join(folder, 'tally.html');
  const tally = spawnSync(
    process.execPath,
    [
      join(root, 'bin/overrule.js'),
      'tally',
      'ordinances/milwaukee/roll-calls/2023-07-11-230359.yaml',
      '--format',
      'html',
      '--output',
      page,
    ],
    { cwd: root, stdio: 'inherit' },
  );
  if (tally.status !== 0) throw new Error('overrule tally failed: run npm run build first');

  const browser = await chromium.launch({
    executablePath: values.chromium,
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking'],
  });
  try {
    const tab = await browser.newPage({
      viewport: { width: Number(values.width), height: 900 },
      colorScheme: 'light',
    });
    await tab.goto(pathToFileURL(page).href);
    // From the top of the page to the end of the seat chart: the headline, the warning, the verdict and the chart.
    const chart = await tab.locator('figure.seat-chart').boundingBox();
    if (chart === null) throw new Error('no seat chart on the page');
    await tab.screenshot({
      path: resolve(root, values.out),
      clip: {
        x: 0,
        y: 0,
        width: Number(values.width),
        height: Math.ceil(chart.y + chart.height + 16),
      },
    });
  } finally {
    await browser.close();
  }
  console.log(`screenshot: wrote ${values.out}`);
} finally {
  rmSync(folder, { recursive: true, force: true });
}
