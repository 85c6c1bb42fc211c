import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { createContact } from '@/lib/db/contacts';
import { addReminder, completeReminder } from '@/lib/db/reminders';
import type { RapportDatabase } from '@/lib/db/database';
import { refreshBadge } from '@/lib/runtime/badge';
import { announceDueReminders, contactIdFromNotification } from '@/lib/runtime/due-notifications';
import { setClockOffset } from '@/lib/clock';
import { freshDatabase } from '../factories';

const MINUTE = 60_000;
let db: RapportDatabase;

beforeEach(() => {
  db = freshDatabase();
});

afterEach(async () => {
  await db.delete();
});

describe('the badge', () => {
  it('shows the number of due reminders, and nothing once they are done', async () => {
    const dana = await createContact(db, { name: 'Dana Whitfield' });
    const due = await addReminder(db, {
      contactId: dana.id,
      kind: 'call-back',
      dueAt: Date.now() - MINUTE,
    });
    await addReminder(db, {
      contactId: dana.id,
      kind: 'follow-up',
      dueAt: Date.now() + 60 * MINUTE,
    });

    expect(await refreshBadge(db)).toBe(1);
    expect(await fakeBrowser.action.getBadgeText({})).toBe('1');

    await completeReminder(db, due.id);
    await refreshBadge(db);
    expect(await fakeBrowser.action.getBadgeText({})).toBe('');
  });

  it("counts a reminder once Rapport's clock passes its time", async () => {
    const dana = await createContact(db, { name: 'Dana Whitfield' });
    await addReminder(db, {
      contactId: dana.id,
      kind: 'follow-up',
      dueAt: Date.now() + 60 * MINUTE,
    });

    expect(await refreshBadge(db)).toBe(0);
    setClockOffset(61 * MINUTE);
    expect(await refreshBadge(db)).toBe(1);
  });
});

describe('due notifications', () => {
  it('names the person once per due reminder and leads back to their card', async () => {
    const dana = await createContact(db, { name: 'Dana Whitfield' });
    await addReminder(db, {
      contactId: dana.id,
      kind: 'call-back',
      dueAt: Date.now() - MINUTE,
      note: 'Q3 budget',
    });

    expect(await announceDueReminders(db)).toBe(1);
    expect(await announceDueReminders(db)).toBe(0);

    const shown = Object.entries(await fakeBrowser.notifications.getAll()) as [
      string,
      { title: string; message: string },
    ][];
    expect(shown).toHaveLength(1);
    const [id, notification] = shown[0]!;
    expect(notification.title).toBe('Call back: Dana Whitfield');
    expect(notification.message).toBe('Q3 budget');
    expect(contactIdFromNotification(id)).toBe(dana.id);
  });

  it("ignores notifications that are not Rapport's", () => {
    expect(contactIdFromNotification('some-other-id')).toBeNull();
  });
});
