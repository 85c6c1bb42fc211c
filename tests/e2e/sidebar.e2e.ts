import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { eventually, launchRapport, type Rapport } from './harness';

describe('the sidebar', () => {
  let rapport: Rapport;

  beforeEach(async () => {
    rapport = await launchRapport();
  });

  afterEach(async () => {
    await rapport.close();
  });

  it('adds a contact with the keyboard alone, and a second open sidebar shows it at once', async () => {
    const first = await rapport.openSidebar();
    const second = await rapport.openSidebar();
    await second.getByRole('tab', { name: 'Contacts' }).click();
    await second.getByText('No contacts yet.').waitFor();

    await first.bringToFront();
    await first.getByRole('tab', { name: 'Today' }).focus();
    await first.keyboard.press('ArrowRight');
    // Each view focuses its heading when it appears; go on from there, as a keyboard user would.
    const focused = () => first.evaluate(() => document.activeElement?.id ?? '');
    await expect.poll(focused).toBe('contacts-heading');
    await first.getByRole('button', { name: 'New contact' }).focus();
    await first.keyboard.press('Enter');
    await expect.poll(focused).toBe('new-contact-heading');
    await first.getByLabel('Name').focus();
    await first.keyboard.type('Priya Raman');
    await first.keyboard.press('Tab');
    await first.keyboard.type('priya@kestrel.example');
    await first.keyboard.press('Enter');
    await first.getByRole('heading', { name: 'Priya Raman' }).waitFor();

    await second.getByRole('button', { name: /Priya Raman/ }).waitFor();
    expect(await second.getByRole('list', { name: 'Contacts' }).getByRole('listitem').count()).toBe(
      1,
    );
  });

  it('loads sample data with its reminders on the badge, and removes all of it in one click', async () => {
    const sidebar = await rapport.openSidebar();

    await sidebar.getByRole('button', { name: 'try Rapport with sample data' }).click();
    await sidebar.getByText('You are looking at sample data.').waitFor();
    expect(await eventually(() => rapport.badge(), '3')).toBe('3');

    await sidebar.getByRole('button', { name: 'Remove sample data' }).click();
    await sidebar.getByText('Nothing is due.').waitFor();
    expect(await eventually(() => rapport.badge(), '')).toBe('');
  });
});
