// Find a Chromium for the browser tests: $FIELDLINE_CHROMIUM (or $CHROMIUM_PATH), then
// Debian's /usr/bin/chromium, then Playwright's own download. Returns null when none exists.
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';

export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
];

export function findChromium() {
  const fromEnv = process.env.FIELDLINE_CHROMIUM || process.env.CHROMIUM_PATH;
  if (fromEnv) return existsSync(fromEnv) ? fromEnv : null;
  for (const candidate of ['/usr/bin/chromium', '/usr/bin/chromium-browser']) {
    if (existsSync(candidate)) return candidate;
  }
  try {
    const require = createRequire(import.meta.url);
    const { chromium } = require('@playwright/test');
    const own = chromium.executablePath();
    if (own && existsSync(own)) return own;
  } catch {
    // Playwright's browsers are not installed: fall through.
  }
  return null;
}

export const HOW_TO_GET_CHROMIUM = `No Chromium found for the end-to-end tests.
Fieldline looks, in order, at:
  1. the FIELDLINE_CHROMIUM environment variable (a path to a chromium/chrome binary),
  2. /usr/bin/chromium (Debian/Ubuntu: sudo apt-get install -y chromium),
  3. Playwright's own browser (npx playwright install chromium).
Install one of these and run npm test again.`;
