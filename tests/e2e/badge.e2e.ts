import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { eventually, launchRapport, type Rapport } from './harness';

/** A datetime-local value one minute ago, in the browser's own time zone. */
function aMinuteAgo(page: Page): Promise<string> {
  return page.evaluate(() => {
    const d = new Date(Date.now() - 60_000);
    const pad = (n: number) => String(n).padStart(2, '0');
    return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}T${pad(d.getHours())}:${pad(d.getMinutes())}`;
  });
}

/**
 * Stops the extension's service worker the way Chrome does when it is idle,
 * with the badge cleared behind its back, then wakes it with a message it
 * does not act on: only the recount at start-up can put the badge right.
 */
async function stopWorkerAndWake(page: Page): Promise<void> {
  await page.evaluate(() => chrome.action.setBadgeText({ text: '' }));

  const cdp = await page.context().newCDPSession(page);
  await cdp.send('ServiceWorker.enable');
  await cdp.send('ServiceWorker.stopAllWorkers');
  await cdp.detach();

  await page.evaluate(() =>
    chrome.runtime.sendMessage({ type: 'read-page' }).catch(() => undefined),
  );
}

describe('the badge', () => {
  let rapport: Rapport;

  beforeEach(async () => {
    rapport = await launchRapport();
  });

  afterEach(async () => {
    await rapport.close();
  });

  it('counts a reminder added in the sidebar, clears when it is done, and survives a restart', async () => {
    const sidebar = await rapport.openSidebar();

    await sidebar.getByRole('button', { name: 'Add a contact' }).click();
    await sidebar.getByLabel('Name').fill('Dana Whitfield');
    await sidebar.getByLabel('Email addresses').fill('dana@northwind.example');
    await sidebar.getByRole('button', { name: 'Add contact' }).click();
    await sidebar.getByRole('heading', { name: 'Dana Whitfield' }).waitFor();

    await sidebar.getByLabel('Remind me to').selectOption('call-back');
    await sidebar.getByLabel('When').fill(await aMinuteAgo(sidebar));
    await sidebar.getByLabel('Note', { exact: true }).fill('Call about the Q3 budget');
    await sidebar.getByRole('button', { name: 'Add reminder' }).click();

    expect(await eventually(() => rapport.badge(), '1')).toBe('1');

    // The extension restarts (an update, or Chrome stopping the worker): the badge is counted again.
    await stopWorkerAndWake(sidebar);
    expect(await eventually(() => rapport.badge(), '1')).toBe('1');

    await sidebar.getByRole('button', { name: 'Done: Call back' }).click();
    await sidebar.getByText('Marked done.').waitFor();
    expect(await eventually(() => rapport.badge(), '')).toBe('');

    await sidebar.screenshot({ path: '.test-results/badge-after-done.png' });
  });
});
