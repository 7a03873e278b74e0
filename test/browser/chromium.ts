import { existsSync } from 'node:fs';
import { chromium, type Browser } from 'playwright-core';

/**
 * The distribution's Chromium (`apt-get install -y chromium`), driven by
 * playwright-core: nothing is downloaded. OVERRULE_CHROMIUM, when set, names
 * the only binary to try.
 */
const OVERRIDE = process.env['OVERRULE_CHROMIUM'];
export const CHROMIUM_PATH = (
  OVERRIDE !== undefined && OVERRIDE !== ''
    ? [OVERRIDE]
    : ['/usr/bin/chromium', '/usr/bin/chromium-browser']
).find((path) => existsSync(path));

/** CI must run the browser tests: there, a missing Chromium fails instead of skipping. */
export const IN_CI = process.env['CI'] === 'true';

const FLAGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

/**
 * Chromium, headless. Playwright starts it with a fresh profile in a
 * temporary folder of its own, removed when the browser closes.
 */
export function launchChromium(executablePath: string): Promise<Browser> {
  return chromium.launch({ executablePath, headless: true, args: FLAGS, timeout: 60_000 });
}
