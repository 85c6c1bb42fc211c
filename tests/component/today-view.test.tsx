import { screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { App } from '@/components/app';
import { createContact } from '@/lib/db/contacts';
import { addReminder } from '@/lib/db/reminders';
import type { RapportDatabase } from '@/lib/db/database';
import { freshDatabase } from '../factories';
import { renderWith } from './render';

const HOUR = 3_600_000;
let db: RapportDatabase;

beforeEach(() => {
  db = freshDatabase();
});

afterEach(async () => {
  await db.delete();
});

describe('Today', () => {
  it('says what to do next when there are no contacts, and offers sample data', async () => {
    renderWith(<App />, db);

    expect(await screen.findByText('Nothing is due.')).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Add a contact' })).toBeTruthy();

    screen.getByRole('button', { name: 'try Rapport with sample data' }).click();
    expect(await screen.findByText('You are looking at sample data.')).toBeTruthy();
    expect(await screen.findByRole('heading', { name: /Overdue/ })).toBeTruthy();
  });

  it('lists overdue and coming-up reminders under their headings with the contact named', async () => {
    const dana = await createContact(db, { name: 'Dana Whitfield' });
    await addReminder(db, {
      contactId: dana.id,
      kind: 'call-back',
      dueAt: Date.now() - 72 * HOUR,
      note: 'Budget call',
    });
    await addReminder(db, {
      contactId: dana.id,
      kind: 'follow-up',
      dueAt: Date.now() + 72 * HOUR,
      note: 'Send the checklist',
    });

    renderWith(<App />, db);

    const overdue = await screen.findByRole('list', { name: /Overdue/ });
    expect(within(overdue).getByText('Budget call')).toBeTruthy();
    expect(within(overdue).getByRole('button', { name: 'Dana Whitfield' })).toBeTruthy();
    expect(
      within(screen.getByRole('list', { name: /Coming up/ })).getByText('Send the checklist'),
    ).toBeTruthy();
  });

  it('marks a reminder done, recounts the badge, and undo brings it back', async () => {
    const dana = await createContact(db, { name: 'Dana Whitfield' });
    await addReminder(db, {
      contactId: dana.id,
      kind: 'call-back',
      dueAt: Date.now() - HOUR,
      note: 'Budget call',
    });
    const { user, services } = renderWith(<App />, db);

    await user.click(
      await screen.findByRole('button', { name: 'Done: Call back for Dana Whitfield' }),
    );

    await waitFor(() => expect(screen.queryByText('Budget call')).toBeNull());
    expect(services.remindersChanged).toHaveBeenCalled();
    expect((await db.reminders.toArray())[0]?.status).toBe('done');

    await user.click(screen.getByRole('button', { name: 'Undo' }));
    expect(await screen.findByText('Budget call')).toBeTruthy();
    expect((await db.reminders.toArray())[0]?.status).toBe('open');
  });

  it('snoozes a reminder for a day from the keyboard', async () => {
    const dana = await createContact(db, { name: 'Dana Whitfield' });
    const reminder = await addReminder(db, {
      contactId: dana.id,
      kind: 'promise',
      dueAt: Date.now() - HOUR,
    });
    const { user } = renderWith(<App />, db);

    // The view focuses its heading once it appears; start from there, as a keyboard user would.
    const snooze = await screen.findByRole('button', {
      name: 'Snooze Keep a promise for Dana Whitfield',
    });
    await waitFor(() => expect(document.activeElement?.id).toBe('today-heading'));
    snooze.focus();
    await user.keyboard('{Enter}');
    await screen.findByRole('button', { name: 'A day' });
    await user.tab();
    expect(document.activeElement?.textContent).toBe('A day');
    await user.keyboard('{Enter}');

    await waitFor(async () =>
      expect((await db.reminders.get(reminder.id))?.status).toBe('snoozed'),
    );
    const snoozed = await db.reminders.get(reminder.id);
    expect(snoozed!.dueAt).toBeGreaterThan(Date.now());
    expect(snoozed!.dueAt - Date.now()).toBeLessThan(34 * HOUR);
  });
});
