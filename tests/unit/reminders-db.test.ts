import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createContact } from '@/lib/db/contacts';
import {
  addReminder,
  completeReminder,
  countDueReminders,
  listDueReminders,
  putReminder,
  skipReminder,
  snoozeReminder,
} from '@/lib/db/reminders';
import type { RapportDatabase } from '@/lib/db/database';
import { freshDatabase } from '../factories';

const NOW = Date.UTC(2026, 11, 3, 15, 0);
let db: RapportDatabase;
let contactId: string;

beforeEach(async () => {
  db = freshDatabase();
  contactId = (await createContact(db, { name: 'Dana Whitfield' })).id;
});

afterEach(async () => {
  await db.delete();
});

describe('counting due reminders from the index', () => {
  it('counts open reminders due exactly now and earlier, not later', async () => {
    await addReminder(db, { contactId, kind: 'call-back', dueAt: NOW });
    await addReminder(db, { contactId, kind: 'follow-up', dueAt: NOW - 1 });
    await addReminder(db, { contactId, kind: 'follow-up', dueAt: NOW + 1 });

    expect(await countDueReminders(db, NOW)).toBe(2);
  });

  it('stops counting a reminder once it is done, skipped or snoozed until later', async () => {
    const done = await addReminder(db, { contactId, kind: 'promise', dueAt: NOW - 10 });
    const skipped = await addReminder(db, { contactId, kind: 'promise', dueAt: NOW - 10 });
    const snoozed = await addReminder(db, { contactId, kind: 'promise', dueAt: NOW - 10 });

    await completeReminder(db, done.id);
    await skipReminder(db, skipped.id);
    await snoozeReminder(db, snoozed.id, NOW + 60_000);

    expect(await countDueReminders(db, NOW)).toBe(0);
    expect(await countDueReminders(db, NOW + 60_000)).toBe(1);
  });

  it('keeps the first due time through a snooze, and undo restores the reminder as it was', async () => {
    const reminder = await addReminder(db, { contactId, kind: 'thank-you', dueAt: NOW - 10 });

    const snoozed = await snoozeReminder(db, reminder.id, NOW + 1_000);
    expect(snoozed.firstDueAt).toBe(NOW - 10);
    expect(snoozed.dueAt).toBe(NOW + 1_000);

    await putReminder(db, reminder);
    expect((await listDueReminders(db, NOW)).map((r) => r.id)).toEqual([reminder.id]);
  });
});
