import { mkdtempSync, readFileSync, rmSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium, type BrowserContext, type Page, type Worker } from 'playwright-core';
import { findChromium } from '../../scripts/find-chromium.mjs';

export const EXTENSION_DIR = resolve(import.meta.dirname, '../../.output/chrome-mv3');
export const FIXTURES_DIR = resolve(import.meta.dirname, '../fixtures');

export interface Rapport {
  context: BrowserContext;
  worker: Worker;
  extensionId: string;
  /** Opens the sidebar page in a tab, as Chrome's side panel would show it. */
  openSidebar(): Promise<Page>;
  /** The badge text on the toolbar icon, read from the service worker. */
  badge(): Promise<string>;
  /** The service worker, waiting for it to start again if it was stopped. */
  currentWorker(): Promise<Worker>;
  close(): Promise<void>;
}

/** Starts Debian's Chromium with the built extension loaded, in a throwaway profile. */
export async function launchRapport(): Promise<Rapport> {
  if (!existsSync(join(EXTENSION_DIR, 'manifest.json'))) {
    throw new Error(`No built extension at ${EXTENSION_DIR}. Run "npm run build" first.`);
  }

  const profile = mkdtempSync(join(tmpdir(), 'rapport-e2e-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: findChromium(),
    headless: true,
    viewport: { width: 420, height: 900 },
    args: [
      `--disable-extensions-except=${EXTENSION_DIR}`,
      `--load-extension=${EXTENSION_DIR}`,
      '--no-sandbox',
      '--disable-gpu',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--disable-quic',
    ],
  });

  const worker =
    context.serviceWorkers()[0] ??
    (await context.waitForEvent('serviceworker', { timeout: 15_000 }));
  const extensionId = new URL(worker.url()).host;

  async function currentWorker(): Promise<Worker> {
    const live = context.serviceWorkers().find((w) => w.url().includes(extensionId));
    return live ?? context.waitForEvent('serviceworker', { timeout: 15_000 });
  }

  return {
    context,
    worker,
    extensionId,
    currentWorker,
    async openSidebar() {
      const page = await context.newPage();
      await page.goto(`chrome-extension://${extensionId}/sidepanel.html`);
      return page;
    },
    async badge() {
      // Read through an extension page: after a reload the old worker handle is gone.
      const page = context
        .pages()
        .find((p) => p.url().startsWith(`chrome-extension://${extensionId}/`));
      if (page) return page.evaluate(() => chrome.action.getBadgeText({}));
      const w = await currentWorker();
      return w.evaluate(() => chrome.action.getBadgeText({}));
    },
    async close() {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}

/**
 * Serves a fixture page at a real site's address (mail.google.com,
 * www.linkedin.com) without the network, so content scripts run on it.
 */
export async function serveFixture(
  context: BrowserContext,
  urlPattern: RegExp,
  fixture: string,
): Promise<void> {
  const body = readFileSync(join(FIXTURES_DIR, fixture), 'utf8');
  await context.route(urlPattern, (route) =>
    route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body }),
  );
}

/** Polls `read` until it returns `expected` (or the timeout), for state that settles asynchronously. */
export async function eventually<T>(
  read: () => Promise<T>,
  expected: T,
  timeoutMs = 10_000,
): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  let last = await read();
  while (last !== expected && Date.now() < deadline) {
    await new Promise((done) => setTimeout(done, 100));
    last = await read();
  }
  return last;
}

/**
 * Every record of one table of Rapport's database, read from inside an
 * extension page (the database lives in the extension's origin).
 */
export function readStore<T>(page: Page, table: string): Promise<T[]> {
  return page.evaluate(
    (name) =>
      new Promise<T[]>((done, fail) => {
        const open = indexedDB.open('rapport');
        open.addEventListener('error', () => fail(open.error));
        open.addEventListener('success', () => {
          const all = open.result.transaction(name).objectStore(name).getAll();
          all.addEventListener('success', () => {
            open.result.close();
            done(all.result as T[]);
          });
          all.addEventListener('error', () => fail(all.error));
        });
      }),
    table,
  );
}
