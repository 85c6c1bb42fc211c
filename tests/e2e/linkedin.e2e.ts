import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { eventually, launchRapport, serveFixture, type Rapport } from './harness';

const LINKEDIN = /^https:\/\/www\.linkedin\.com\//;

describe('Rapport on LinkedIn', () => {
  let rapport: Rapport;

  beforeEach(async () => {
    rapport = await launchRapport();
  });

  afterEach(async () => {
    await rapport.close();
  });

  it('offers the profile as a contact, tags it from the keyboard, follows pushState and inserts a draft', async () => {
    await serveFixture(rapport.context, LINKEDIN, 'linkedin/member-full.html');
    const sidebar = await rapport.openSidebar();
    const linkedin = await rapport.context.newPage();
    await linkedin.goto('https://www.linkedin.com/in/maria-okafor/');
    await linkedin.bringToFront();

    // The sidebar offers the person on the profile, prefilled.
    await sidebar.getByText('is not in Rapport yet').waitFor();
    expect(await sidebar.locator('.page-person strong').textContent()).toBe('Maria Okafor');
    await sidebar.getByRole('button', { name: 'Add contact' }).focus();
    await sidebar.keyboard.press('Enter');
    expect(await sidebar.getByLabel('Company').inputValue()).toBe('Northwind Traders');
    // Enter in a field saves the prefilled form.
    await sidebar.getByLabel('Name').press('Enter');
    await sidebar.getByRole('heading', { name: 'Maria Okafor' }).waitFor();
    // The card focuses its heading when it appears; go on from there.
    await expect
      .poll(() => sidebar.evaluate(() => document.activeElement?.id ?? ''))
      .toBe('card-heading');

    // Three goals, from the keyboard: a typo picked from the list, a plural, an exact tag.
    await sidebar.getByRole('combobox', { name: 'Goals' }).focus();
    await sidebar.keyboard.type('managment');
    await sidebar.keyboard.press('ArrowDown');
    await sidebar.screenshot({ path: '.test-results/linkedin-autocomplete.png' });
    await sidebar.keyboard.press('Enter');
    await sidebar.keyboard.type('trade show');
    await sidebar.keyboard.press('ArrowDown');
    await sidebar.keyboard.press('Enter');
    await sidebar.keyboard.type('hiring');
    await sidebar.keyboard.press('Enter');
    const goals = sidebar.getByRole('list', { name: 'Goals', exact: true }).locator('li > span');
    expect(
      await eventually(
        async () => (await goals.allTextContents()).join(', '),
        'management training, trade shows, hiring',
      ),
    ).toBe('management training, trade shows, hiring');
    // Suggestions from the profile are offered, not applied.
    await sidebar.getByRole('button', { name: 'Add lead conversion to goals' }).waitFor();
    await sidebar.screenshot({ path: '.test-results/linkedin-tagged.png', fullPage: true });
    await sidebar.emulateMedia({ colorScheme: 'dark' });
    await sidebar.getByRole('combobox', { name: 'Challenges' }).pressSequentially('new in');
    await sidebar.screenshot({ path: '.test-results/linkedin-tagged-dark.png' });
    await sidebar.getByRole('combobox', { name: 'Challenges' }).press('Escape');
    await sidebar.emulateMedia({ colorScheme: 'light' });

    // LinkedIn moves to another profile with pushState: the sidebar follows.
    await linkedin.bringToFront();
    await linkedin.locator('#next-profile-link').click();
    expect(linkedin.url()).toBe('https://www.linkedin.com/in/tomas-berg/');
    await sidebar.locator('.page-person strong', { hasText: 'Tomas Berg' }).waitFor();
    await sidebar.screenshot({ path: '.test-results/linkedin-followed.png' });

    // A draft from Maria's card goes into the page's message box, and Send enables.
    await sidebar.getByRole('button', { name: 'Write to Maria' }).click();
    await sidebar.getByRole('button', { name: 'Insert draft' }).click();
    await sidebar.getByText('Draft placed in the LinkedIn message box').waitFor();
    const box = linkedin.locator('.msg-form__contenteditable');
    expect(await box.innerText()).toContain('Maria');
    expect(await linkedin.locator('.msg-form__send-button').isEnabled()).toBe(true);
    await linkedin.screenshot({ path: '.test-results/linkedin-draft-inserted.png' });
  });
});
