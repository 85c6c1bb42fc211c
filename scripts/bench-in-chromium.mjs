// The page readers measured where they really run: inside Chromium, on the
// same large pages as the happy-dom benches, each against one querySelectorAll
// pass over the same page in the same run. Part of `npm run bench`.
// happy-dom's DOM is written in JavaScript, so its ratios overstate the cost of
// walking text nodes; these are the figures that describe a user's browser.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { build } from 'esbuild';
import { chromium } from 'playwright-core';
import { findChromium } from './find-chromium.mjs';

const root = resolve(import.meta.dirname, '..');
const fixture = (path) => readFileSync(resolve(root, 'tests/fixtures', path), 'utf8');

const bundle = await build({
  entryPoints: [resolve(root, 'tests/bench/in-chromium-entry.ts')],
  bundle: true,
  format: 'iife',
  write: false,
  target: 'chrome120',
  tsconfig: resolve(root, 'tsconfig.json'),
  define: { 'import.meta.env': '{"DEV":false}' },
  logLevel: 'error',
});
const script = bundle.outputFiles[0].text;

const browser = await chromium.launch({ executablePath: findChromium(), headless: true });

/** Opens a fixture as the whole page, adds the readers, and runs one of their benches. */
async function measure(html, run) {
  const page = await browser.newPage();
  try {
    await page.setContent(html, { waitUntil: 'load' });
    await page.addScriptTag({ content: script });
    return await page.evaluate(run);
  } finally {
    await page.close();
  }
}

try {
  const gmail = await measure(fixture('gmail/thread-single.html'), () => rapportBench.gmail());
  const linkedIn = await measure(fixture('linkedin/member-full.html'), () =>
    rapportBench.linkedIn('https://www.linkedin.com/in/maria-okafor/'),
  );
  const version = browser.version();

  console.log(`\nPage readers in Chromium ${version} (median of 15 batches of at least 20 ms):`);
  console.log('| bench | ms per call | × its baseline |');
  console.log('|---|---|---|');
  for (const rows of [gmail, linkedIn]) {
    const baseline = rows[0].ms;
    for (const { name, ms } of rows)
      console.log(`| ${name} | ${ms.toFixed(3)} | ${(ms / baseline).toFixed(2)} |`);
  }
} finally {
  await browser.close();
}
