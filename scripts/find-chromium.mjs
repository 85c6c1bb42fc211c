// Finds a Chromium or Chrome to drive; says what to install when there is none.
import { existsSync } from 'node:fs';

const CANDIDATES = [
  process.env.CHROMIUM_PATH,
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/usr/bin/google-chrome',
  '/usr/bin/google-chrome-stable',
  '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
  '/Applications/Chromium.app/Contents/MacOS/Chromium',
];

/** @returns {string} the path of a Chromium-family browser */
export function findChromium() {
  const found = CANDIDATES.find((path) => path && existsSync(path));
  if (found) return found;

  throw new Error(
    'No Chromium or Chrome found. On Debian or Ubuntu: sudo apt-get install -y chromium. ' +
      'Elsewhere install Chrome or Chromium, or set CHROMIUM_PATH to its executable.',
  );
}
