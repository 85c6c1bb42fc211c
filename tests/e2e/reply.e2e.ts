import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { eventually, FIXTURES_DIR, launchRapport, readStore, type Rapport } from './harness';

const THREAD_DANA = 'https://mail.google.com/mail/u/0/#inbox/FMfcgzQZTwxyzHkVbLmnPqRs';
const HOUR = 3_600_000;

/** The contact's reply touches, read from the extension's own database. */
async function replyCount(sidebar: Page): Promise<number> {
  return (await readStore<{ purpose: string }>(sidebar, 'touches')).filter(
    (t) => t.purpose === 'reply',
  ).length;
}

describe('a reply seen in Gmail', () => {
  let rapport: Rapport;

  beforeEach(async () => {
    rapport = await launchRapport();
  });

  afterEach(async () => {
    await rapport.close();
  });

  it("is recorded once in the contact's History, however often the thread is read", async () => {
    const sidebar = await rapport.openSidebar();

    // Dana's message is dated an hour from now, as Gmail would show it in this browser's zone;
    // Rapport's clock (the e2e hook) runs two hours ahead, so it is after she was added and not in the future.
    const title = await sidebar.evaluate((ahead) => {
      const format = {
        weekday: 'short',
        month: 'short',
        day: 'numeric',
        year: 'numeric',
        hour: 'numeric',
        minute: '2-digit',
      } as const;
      return new Intl.DateTimeFormat('en-US', format).format(Date.now() + ahead);
    }, HOUR);
    const page = readFileSync(join(FIXTURES_DIR, 'gmail/e2e-two-threads.html'), 'utf8').replaceAll(
      'Tue, Dec 1, 2026, 3:04 PM',
      title,
    );
    await rapport.context.route(/^https:\/\/mail\.google\.com\//, (route) =>
      route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: page }),
    );

    await sidebar.getByRole('button', { name: 'Add a contact' }).click();
    await sidebar.getByLabel('Name').fill('Dana Whitfield');
    await sidebar.getByLabel('Email addresses').fill('dana@northwind.example');
    await sidebar.getByRole('button', { name: 'Add contact' }).click();
    await sidebar.getByRole('heading', { name: 'Dana Whitfield' }).waitFor();
    await sidebar.evaluate((ms) => chrome.storage.local.set({ clockOffsetMs: ms }), 2 * HOUR);

    const gmail = await rapport.context.newPage();
    await gmail.goto(THREAD_DANA);
    expect(await eventually(() => replyCount(sidebar), 1)).toBe(1);
    await gmail.reload();
    await gmail.locator('h2.hP').first().waitFor();

    await sidebar.bringToFront();
    const history = sidebar.getByRole('list', { name: 'History' });
    await history.getByText('Their reply · email').waitFor();
    expect(await history.textContent()).toContain('Trade-show checklist');
    await sidebar.screenshot({ path: '.test-results/reply-history.png', fullPage: true });
    expect(await replyCount(sidebar)).toBe(1);
  });
});
