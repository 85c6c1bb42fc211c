import { describe, expect, it } from 'vitest';
import { render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useDraft } from '@/components/draft-store';
import { ReminderItem } from '@/components/reminder-item';
import { ServicesProvider } from '@/components/services';
import { useUi } from '@/components/ui-store';
import { buildReminder } from '@/lib/db/reminders';
import { aContact, freshDatabase } from '../factories';

const article = {
  id: 'a1',
  title: 'Running better one-to-ones',
  url: 'https://example.com/1on1',
  summary: '',
  text: null,
};

function renderItem(reminder: ReturnType<typeof buildReminder>, db = freshDatabase()) {
  render(
    <ServicesProvider services={{ db, now: () => Date.now(), remindersChanged: () => undefined }}>
      <ul>
        <ReminderItem reminder={reminder} contactName="Dana Whitfield" />
      </ul>
    </ServicesProvider>,
  );
  return db;
}

describe('a due plan step in Today', () => {
  it('opens the card with the draft for it in one click: its purpose, its article, and the step to close', async () => {
    const user = userEvent.setup();
    const contact = aContact();
    const step = buildReminder({
      contactId: contact.id,
      kind: 'follow-up',
      dueAt: Date.now(),
      planId: 'p1',
      purpose: 'other',
      attachments: [article],
    });
    renderItem(step);

    await user.click(
      screen.getByRole('button', { name: 'Write it: Helpful message for Dana Whitfield' }),
    );

    expect(useUi.getState().view).toEqual({ name: 'contact', contactId: contact.id });
    expect(useDraft.getState()).toMatchObject({
      open: true,
      contactId: contact.id,
      purpose: 'other',
      attachments: [article],
      reminderId: step.id,
    });
  });

  it('offers no draft for a step done by hand, and records the hand-written note as sent when marked done', async () => {
    const user = userEvent.setup();
    const db = freshDatabase();
    const contact = aContact();
    await db.contacts.add(contact);
    const note = buildReminder({
      contactId: contact.id,
      kind: 'thank-you',
      dueAt: Date.now(),
      planId: 'p1',
      purpose: null,
    });
    await db.reminders.add(note);
    renderItem(note, db);

    expect(screen.queryByRole('button', { name: /^Write it/ })).toBeNull();
    await user.click(
      screen.getByRole('button', { name: 'Done: Hand-written thank-you note for Dana Whitfield' }),
    );

    await waitFor(async () =>
      expect(await db.touches.toArray()).toMatchObject([
        { channel: 'letter', purpose: 'thank-you' },
      ]),
    );
    expect((await db.reminders.get(note.id))?.status).toBe('done');
  });
});
