import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { eventually, launchRapport, serveFixture, type Rapport } from './harness';

const THREAD_DANA = 'https://mail.google.com/mail/u/0/#inbox/FMfcgzQZTwxyzHkVbLmnPqRs';
const THREAD_LEE = '#inbox/FMfcgzQZTabcdHkVbLmnPqRt';
const THREAD_UNKNOWN_LAYOUT = '#inbox/FMfcgzQZTunknownLayout01';

describe('Rapport on Gmail', () => {
  let rapport: Rapport;

  beforeEach(async () => {
    rapport = await launchRapport();
    await serveFixture(
      rapport.context,
      /^https:\/\/mail\.google\.com\//,
      'gmail/e2e-two-threads.html',
    );
  });

  afterEach(async () => {
    await rapport.close();
  });

  it('shows the sender, writes a styled thank-you into the reply, records it, and follows the next threads', async () => {
    const sidebar = await rapport.openSidebar();
    const gmail = await rapport.context.newPage();
    await gmail.goto(THREAD_DANA);
    await gmail.bringToFront();

    // The sidebar offers the sender of the open email, prefilled, with the guesses marked.
    const onThisPage = sidebar.getByRole('complementary', { name: 'On this page' });
    await onThisPage.getByText('is not in Rapport yet').waitFor();
    expect(await onThisPage.textContent()).toContain('Dana Whitfield');
    await onThisPage.getByRole('button', { name: 'Add contact' }).click();

    const form = sidebar.getByRole('region', { name: 'New contact' });
    expect(await form.getByLabel('Company').inputValue()).toBe('Northwind Traders');
    expect(await form.getByText('(guessed, please check)').count()).toBe(2);
    await sidebar.screenshot({ path: '.test-results/gmail-new-contact.png' });
    await form.getByRole('button', { name: 'Add contact' }).click();
    await sidebar.getByRole('heading', { name: 'Dana Whitfield' }).waitFor();

    await sidebar.getByRole('button', { name: 'Relater', exact: true }).click();
    await sidebar.getByRole('combobox', { name: 'Goals' }).fill('become a better manager');
    await sidebar.getByRole('combobox', { name: 'Goals' }).press('Enter');
    await sidebar
      .getByRole('list', { name: 'Goals' })
      .getByText('become a better manager')
      .waitFor();

    // A Relater's thank-you: sincere, no pressure, about their goal.
    await sidebar.getByRole('button', { name: 'Write to Dana' }).click();
    const message = sidebar.getByLabel('Message', { exact: true });
    await expect.poll(() => message.inputValue()).toContain('become a better manager');
    expect(await message.inputValue()).toContain('no rush');
    await sidebar.getByRole('button', { name: 'Reply with this draft' }).click();
    await sidebar
      .getByText('Draft placed in the reply in this thread.', { exact: false })
      .waitFor();

    const reply = gmail.locator('div.M9 [g_editable="true"]');
    const written = await reply.innerText();
    expect(written).toContain('Hi Dana,');
    expect(written).toContain('become a better manager');
    expect(written.indexOf('become a better manager')).toBeLessThan(
      written.indexOf('someone wrote:'),
    );
    expect(
      await gmail.evaluate(() => (window as unknown as { inputEvents: number }).inputEvents),
    ).toBeGreaterThan(0);
    await gmail.screenshot({ path: '.test-results/gmail-reply-with-draft.png' });

    // The touch is in the card's history.
    const history = sidebar.getByRole('list', { name: 'History' });
    await history.getByText('Thank-you', { exact: false }).waitFor();
    await sidebar.screenshot({ path: '.test-results/gmail-card-after-reply.png', fullPage: true });

    // Another thread: the sidebar follows.
    await gmail.evaluate((hash) => {
      location.hash = hash;
    }, THREAD_LEE);
    expect(
      await eventually(
        async () => (await onThisPage.textContent())?.includes('Lee Okafor') ?? false,
        true,
      ),
    ).toBe(true);
    await sidebar.screenshot({ path: '.test-results/gmail-next-thread.png' });

    // A thread in markup Rapport does not know: the sidebar says so and offers the manual path.
    await gmail.evaluate((hash) => {
      location.hash = hash;
    }, THREAD_UNKNOWN_LAYOUT);
    await onThisPage.getByText('Rapport cannot read this Gmail page').waitFor({ timeout: 10_000 });
    await onThisPage.getByRole('button', { name: 'Add contact by hand' }).waitFor();
    await sidebar.screenshot({ path: '.test-results/gmail-unknown-layout.png' });
  });
});
