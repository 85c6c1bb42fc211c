import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { eventually, launchRapport, readStore, serveFixture, type Rapport } from './harness';

/** The first planned helpful step's due time, read from the extension's own database. */
async function firstHelpfulDueAt(sidebar: Page): Promise<number> {
  const reminders = await readStore<{
    planId: string | null;
    purpose: string | null;
    dueAt: number;
  }>(sidebar, 'reminders');
  const steps = reminders.filter(
    (r) => r.planId !== null && r.purpose !== null && r.purpose !== 'thank-you',
  );
  return Math.min(...steps.map((r) => r.dueAt));
}

describe('after a "not now" call', () => {
  let rapport: Rapport;

  beforeEach(async () => {
    rapport = await launchRapport();
  });

  afterEach(async () => {
    await rapport.close();
  });

  it("records the debrief, leaves with a plan, and opens the first step's draft when the clock reaches it", async () => {
    await serveFixture(
      rapport.context,
      /^https:\/\/mail\.google\.com\//,
      'gmail/e2e-two-threads.html',
    );
    await rapport.context.grantPermissions(['clipboard-read', 'clipboard-write']);
    const gmail = await rapport.context.newPage();
    await gmail.goto('https://mail.google.com/mail/u/0/#inbox/FMfcgzQZTwxyzHkVbLmnPqRs');
    const sidebar = await rapport.openSidebar();
    await sidebar.bringToFront();

    // The user's part, timed and counted: add the contact, debrief, accept the plan.
    const started = Date.now();
    let clicks = 0;
    let fields = 0;
    const click = async (locator: ReturnType<Page['getByRole']>) => {
      clicks += 1;
      await locator.click();
    };
    const fill = async (locator: ReturnType<Page['getByLabel']>, text: string) => {
      fields += 1;
      await locator.fill(text);
    };

    await click(sidebar.getByRole('button', { name: 'Add a contact' }));
    await fill(sidebar.getByLabel('Name'), 'Dana Whitfield');
    await fill(sidebar.getByLabel('Email addresses'), 'dana@northwind.example');
    await click(sidebar.getByRole('button', { name: 'Add contact' }));
    await sidebar.getByRole('heading', { name: 'Dana Whitfield' }).waitFor();

    await click(sidebar.getByRole('button', { name: 'Debrief a call' }));
    await click(sidebar.getByRole('radio', { name: 'Not now' }));
    await click(sidebar.getByRole('button', { name: 'In 6 months' }));
    await fill(sidebar.getByLabel('The real reason for their answer'), 'Budget frozen until Q3');
    const honest = ['Yes', 'No', 'Partly', 'Yes', 'Yes', 'Yes'];
    for (const [index, answer] of honest.entries()) {
      await click(
        sidebar
          .getByRole('group', { name: new RegExp(`^${index + 1}\\. `) })
          .getByRole('radio', { name: answer }),
      );
    }
    await sidebar.screenshot({ path: '.test-results/plan-1-debrief.png', fullPage: true });
    await click(sidebar.getByRole('button', { name: 'Save debrief' }));

    await sidebar.getByText('Proposed follow-up plan').waitFor();
    await sidebar.screenshot({ path: '.test-results/plan-2-proposal.png', fullPage: true });
    await expect
      .poll(() => sidebar.getByRole('listitem', { name: /^Step \d+: Helpful message$/ }).count())
      .toBe(3);
    await expect
      .poll(() => sidebar.getByRole('listitem', { name: /^Step \d+: Call back$/ }).count())
      .toBe(1);
    await click(sidebar.getByRole('button', { name: 'Accept plan' }));
    await sidebar.getByText('Plan running').waitFor();
    const seconds = (Date.now() - started) / 1000;
    await sidebar.screenshot({ path: '.test-results/plan-3-running.png', fullPage: true });
    console.info(
      `[plan e2e] contact + debrief + plan: ${clicks} clicks, ${fields} typed fields, ${seconds.toFixed(1)} s of automation`,
    );

    // The thank-you note and the thank-you email are due now.
    expect(await eventually(() => rapport.badge(), '2')).toBe('2');

    // Move Rapport's clock (the e2e hook) to a minute after the first helpful message is due.
    const dueAt = await firstHelpfulDueAt(sidebar);
    const offset = dueAt + 60_000 - (await sidebar.evaluate(() => Date.now()));
    await sidebar.evaluate((ms) => chrome.storage.local.set({ clockOffsetMs: ms }), offset);
    expect(await eventually(() => rapport.badge(), '3')).toBe('3');

    // Today shows the step; one click opens its draft on the card.
    await sidebar.reload();
    await sidebar.getByRole('tab', { name: /Today/ }).click();
    const step = sidebar.getByRole('listitem', { name: 'Helpful message for Dana Whitfield' });
    await step.first().waitFor();
    await sidebar.screenshot({ path: '.test-results/plan-4-today.png', fullPage: true });
    await step
      .first()
      .getByRole('button', { name: /^Write it/ })
      .click();
    await sidebar.getByRole('heading', { name: 'Write to Dana' }).waitFor();
    expect(await sidebar.getByLabel('Purpose', { exact: true }).inputValue()).toBe('article');
    const body = await sidebar.getByLabel('Message', { exact: true }).inputValue();
    expect(body).toContain('Hi Dana');
    expect(body).not.toMatch(/Director|Socializer|Relater|Thinker/);
    await sidebar.screenshot({ path: '.test-results/plan-5-draft.png', fullPage: true });

    // Copy always works; with Gmail in front, the draft goes into the reply and closes the step.
    await sidebar.getByRole('button', { name: 'Copy' }).click();
    await sidebar.getByText('Copied to the clipboard').waitFor();
    expect(await sidebar.evaluate(() => navigator.clipboard.readText())).toContain(
      body.split('\n')[0],
    );

    await gmail.bringToFront();
    await sidebar.getByRole('button', { name: 'Reply with this draft' }).click();
    await sidebar.getByText('Draft placed in', { exact: false }).waitFor();
    expect(await gmail.locator('div.M9 [g_editable="true"]').innerText()).toContain('Hi Dana');
    await gmail.screenshot({ path: '.test-results/plan-5b-gmail-reply.png' });
    expect(await eventually(() => rapport.badge(), '2')).toBe('2');
    await sidebar.bringToFront();

    // The style is set in one click and its hint shows beside it; "How am I doing" has figures to show.
    await sidebar.getByRole('button', { name: 'Relater', exact: true }).click();
    await sidebar.getByLabel('How to write to them').waitFor();
    await sidebar
      .getByLabel('How to write to them')
      .screenshot({ path: '.test-results/plan-6-style.png' });
    await sidebar.getByRole('tab', { name: 'How am I doing' }).click();
    await sidebar.getByRole('heading', { name: 'How am I doing' }).waitFor();
    await sidebar.screenshot({ path: '.test-results/plan-7-how-am-i-doing.png', fullPage: true });
  });
});
