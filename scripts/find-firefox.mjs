// Finds a Firefox to load the Firefox package into; null when there is none.
import { existsSync } from 'node:fs';

/** @returns {string | null} the path of a Firefox to load the package into */
export function findFirefox() {
  const candidates = [
    process.env.FIREFOX_PATH,
    '/usr/bin/firefox-esr',
    '/usr/bin/firefox',
    '/Applications/Firefox.app/Contents/MacOS/firefox',
  ];
  return candidates.find((path) => path && existsSync(path)) ?? null;
}
