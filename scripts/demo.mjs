// `npm run demo`: builds Rapport, starts Chromium with it loaded, opens the
// sidebar on the bundled sample data and, with no display, saves
// screenshots to demo-screenshots/. With a display it leaves the browser open.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium } from 'playwright-core';
import { findChromium } from './find-chromium.mjs';

const EXTENSION_DIR = resolve('.output/chrome-mv3');
// DEMO_SCREENSHOTS lets the demo's own test keep its pictures out of the working tree.
const SHOTS = resolve(process.env.DEMO_SCREENSHOTS ?? 'demo-screenshots');
const headed =
  Boolean(process.env.DISPLAY || process.env.WAYLAND_DISPLAY) && process.env.HEADLESS !== '1';

function ensureChromium() {
  try {
    return findChromium();
  } catch (error) {
    const root = process.getuid?.() === 0;
    if (root && existsSync('/usr/bin/apt-get')) {
      console.log(
        "No Chromium found; installing Debian's chromium package (apt-get install chromium)...",
      );
      spawnSync('apt-get', ['update', '-qq'], { stdio: 'inherit' });
      spawnSync('apt-get', ['install', '-y', '-qq', 'chromium'], { stdio: 'inherit' });
      return findChromium();
    }
    console.error(error.message);
    process.exit(1);
  }
}

const executablePath = ensureChromium();

console.log('Building the extension...');
if (spawnSync('npx', ['wxt', 'build'], { stdio: 'inherit' }).status !== 0) process.exit(1);

const context = await chromium.launchPersistentContext(
  mkdtempSync(join(tmpdir(), 'rapport-demo-')),
  {
    executablePath,
    headless: !headed,
    viewport: { width: 420, height: 860 },
    args: [
      `--disable-extensions-except=${EXTENSION_DIR}`,
      `--load-extension=${EXTENSION_DIR}`,
      '--no-sandbox',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--disable-quic',
      ...(headed ? [] : ['--disable-gpu']),
    ],
  },
);

const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
const extensionId = new URL(worker.url()).host;
const sidebar = await context.newPage();
await sidebar.goto(`chrome-extension://${extensionId}/sidepanel.html`);

// A fresh profile offers the sample data; wait for the sidebar to render either the offer
// or the banner (sample data already loaded) before deciding, or the check races the render.
const offer = sidebar.getByRole('button', { name: 'try Rapport with sample data' });
const banner = sidebar.getByText('You are looking at sample data.');
await offer.or(banner).first().waitFor();
if (await offer.isVisible()) await offer.click();
await banner.waitFor();

const shots = [];
async function shot(name) {
  mkdirSync(SHOTS, { recursive: true });
  const path = join(SHOTS, `${name}.png`);
  await sidebar.screenshot({ path, fullPage: true });
  shots.push(path);
}

await shot('1-today');
await sidebar.getByRole('tab', { name: 'Contacts' }).click();
await shot('2-contacts');
await sidebar.getByRole('button', { name: /Dana Whitfield/ }).click();
await sidebar.getByRole('heading', { name: 'Dana Whitfield' }).waitFor();
await shot('3-contact-card');
await sidebar.emulateMedia({ colorScheme: 'dark' });
await sidebar.getByRole('tab', { name: 'Today' }).click();
await shot('4-today-dark');
await sidebar.emulateMedia({ colorScheme: 'light' });

// Sample pages stand in for Gmail and LinkedIn (no network here): the sidebar follows them.
const SAMPLE_PAGES = [
  {
    name: '5-gmail',
    pattern: /^https:\/\/mail\.google\.com\//,
    file: 'tests/fixtures/gmail/e2e-two-threads.html',
    url: 'https://mail.google.com/mail/u/0/#inbox/FMfcgzQZTwxyzHkVbLmnPqRs',
    // The email comes from the sample Dana, so the sidebar opens a card that is already filled in.
    replace: ['dana@northwind.example', 'dana.whitfield@northwind-logistics.example'],
    shows: () => sidebar.getByRole('heading', { name: 'Dana Whitfield' }),
  },
  {
    name: '6-linkedin',
    pattern: /^https:\/\/www\.linkedin\.com\//,
    file: 'tests/fixtures/linkedin/member-full.html',
    url: 'https://www.linkedin.com/in/maria-okafor/',
    shows: () => sidebar.getByText('is not in Rapport yet'),
  },
];
for (const sample of SAMPLE_PAGES) {
  const page = readFileSync(sample.file, 'utf8');
  const body = sample.replace ? page.replaceAll(...sample.replace) : page;
  await context.route(sample.pattern, (route) =>
    route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body }),
  );
  const tab = await context.newPage();
  await tab.setViewportSize({ width: 1000, height: 700 });
  await tab.goto(sample.url);
  await tab.bringToFront();
  // A screenshot of a sidebar that has not caught up would show nothing of the page.
  await sample.shows().waitFor({ timeout: 10_000 });
  await tab.screenshot({ path: join(SHOTS, `${sample.name}-page.png`) });
  shots.push(join(SHOTS, `${sample.name}-page.png`));
  await shot(`${sample.name}-sidebar`);
}

const badge = await sidebar.evaluate(() => chrome.action.getBadgeText({}));
console.log(`\nRapport is running on sample data. Badge on the toolbar icon: "${badge}".`);

if (headed) {
  console.log('The browser stays open; close it (or press Ctrl-C) to end the demo.');
  await new Promise((done) => context.on('close', done));
} else {
  console.log(`No display here, so the demo saved screenshots to ${SHOTS}/:`);
  for (const path of shots) console.log(`  ${path}`);
  await context.close();
}
