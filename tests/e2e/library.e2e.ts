import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { launchRapport, type Rapport } from './harness';

describe('the library in the sidebar', () => {
  let rapport: Rapport;

  beforeEach(async () => {
    rapport = await launchRapport();
  });

  afterEach(async () => {
    await rapport.close();
  });

  it('suggests starter articles for a tagged contact, drafts one, and stops suggesting it once sent', async () => {
    const sidebar = await rapport.openSidebar();

    await sidebar.getByRole('button', { name: 'Add a contact' }).click();
    await sidebar.getByLabel('Name').fill('Dana Whitfield');
    await sidebar.getByLabel('Email addresses').fill('dana@northwind.example');
    await sidebar.getByRole('button', { name: 'Add contact' }).click();
    await sidebar.getByRole('heading', { name: 'Dana Whitfield' }).waitFor();
    await sidebar.getByText(/Add their goals, challenges or interests/).waitFor();

    // A newly promoted manager with no management training.
    await sidebar.getByRole('combobox', { name: 'Goals' }).fill('management training');
    await sidebar.getByRole('combobox', { name: 'Goals' }).press('Enter');
    await sidebar.getByRole('combobox', { name: 'Challenges' }).fill('recently promoted');
    await sidebar.getByRole('combobox', { name: 'Challenges' }).press('Enter');

    const list = sidebar.getByRole('list', { name: 'Suggestions for Dana Whitfield' });
    await list.getByText('matches goal: management training').first().waitFor();
    await expect
      .poll(() => list.getByText('matches challenge: new in the role').count())
      .toBeGreaterThan(0);
    await list.scrollIntoViewIfNeeded();
    await sidebar.screenshot({ path: '.test-results/library-suggestions.png', fullPage: true });

    const first = list.getByRole('listitem').first();
    const title = (await first.locator('.suggestion__title').textContent()) ?? '';
    expect(title.length).toBeGreaterThan(5);

    await first.getByRole('button', { name: `Add to draft: ${title}` }).click();
    await expect.poll(() => sidebar.getByLabel('Purpose').inputValue()).toBe('article');
    await expect.poll(() => sidebar.getByLabel('Message').inputValue()).toContain(title);
    await sidebar
      .getByRole('region', { name: 'Write', exact: true })
      .screenshot({ path: '.test-results/library-draft.png' });

    await sidebar.getByRole('button', { name: 'Copy' }).click();
    await sidebar.getByText(/Copied to the clipboard/).waitFor();

    await expect.poll(() => list.getByText(title, { exact: true }).count()).toBe(0);
    await expect.poll(() => list.getByRole('listitem').count()).toBeGreaterThan(0);
    await list.screenshot({ path: '.test-results/library-after-send.png' });
  });
});
