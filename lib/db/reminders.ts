import { reminderSchema, type Reminder, type ReminderKind } from '../model/reminder';
import { parseOrThrow } from '../model/validation';
import { newId } from '../id';
import { now } from '../clock';
import type { RapportDatabase } from './database';

export interface NewReminder {
  contactId: string;
  kind: ReminderKind;
  dueAt: number;
  note?: string;
  planId?: string | null;
  purpose?: Reminder['purpose'];
  attachments?: Reminder['attachments'];
}

export function buildReminder(input: NewReminder, at = now()): Reminder {
  return parseOrThrow(
    reminderSchema,
    {
      id: newId(),
      contactId: input.contactId,
      kind: input.kind,
      dueAt: input.dueAt,
      firstDueAt: input.dueAt,
      status: 'open',
      note: input.note ?? '',
      createdAt: at,
      closedAt: null,
      notifiedAt: null,
      planId: input.planId ?? null,
      purpose: input.purpose ?? null,
      attachments: input.attachments ?? [],
    },
    'Reminder',
  );
}

export async function addReminder(db: RapportDatabase, input: NewReminder): Promise<Reminder> {
  const reminder = buildReminder(input);

  await db.transaction('rw', db.contacts, db.reminders, async () => {
    if (!(await db.contacts.get(input.contactId))) {
      throw new Error('That contact no longer exists, so the reminder was not added.');
    }
    await db.reminders.add(reminder);
  });
  return reminder;
}

async function patchReminder(
  db: RapportDatabase,
  id: string,
  patch: Partial<Reminder>,
): Promise<Reminder> {
  return db.transaction('rw', db.reminders, async () => {
    const current = await db.reminders.get(id);
    if (!current) throw new Error('That reminder no longer exists.');

    const next = parseOrThrow(reminderSchema, { ...current, ...patch }, 'Reminder');
    await db.reminders.put(next);
    return next;
  });
}

export function completeReminder(db: RapportDatabase, id: string): Promise<Reminder> {
  return patchReminder(db, id, { status: 'done', closedAt: now() });
}

export function skipReminder(db: RapportDatabase, id: string): Promise<Reminder> {
  return patchReminder(db, id, { status: 'skipped', closedAt: now() });
}

/** Puts a reminder off until `until`; it comes due (and notifies) again then. */
export function snoozeReminder(db: RapportDatabase, id: string, until: number): Promise<Reminder> {
  return patchReminder(db, id, { status: 'snoozed', dueAt: until, notifiedAt: null });
}

/** Brings back a reminder as it was, for undo. */
export async function putReminder(db: RapportDatabase, reminder: Reminder): Promise<void> {
  await db.reminders.put(parseOrThrow(reminderSchema, reminder, 'Reminder'));
}

/** Open and snoozed reminders, soonest first. */
export async function listActiveReminders(db: RapportDatabase): Promise<Reminder[]> {
  const [open, snoozed] = await Promise.all([
    db.reminders.where('[status+dueAt]').between(['open', -Infinity], ['open', Infinity]).toArray(),
    db.reminders
      .where('[status+dueAt]')
      .between(['snoozed', -Infinity], ['snoozed', Infinity])
      .toArray(),
  ]);
  return [...open, ...snoozed].sort((a, b) => a.dueAt - b.dueAt);
}

/** Open or snoozed reminders due at or before `at`, read straight from the index. */
export async function listDueReminders(db: RapportDatabase, at: number): Promise<Reminder[]> {
  const [open, snoozed] = await Promise.all([
    db.reminders
      .where('[status+dueAt]')
      .between(['open', -Infinity], ['open', at], true, true)
      .toArray(),
    db.reminders
      .where('[status+dueAt]')
      .between(['snoozed', -Infinity], ['snoozed', at], true, true)
      .toArray(),
  ]);
  return [...open, ...snoozed].sort((a, b) => a.dueAt - b.dueAt);
}

export async function countDueReminders(db: RapportDatabase, at: number): Promise<number> {
  const [open, snoozed] = await Promise.all([
    db.reminders
      .where('[status+dueAt]')
      .between(['open', -Infinity], ['open', at], true, true)
      .count(),
    db.reminders
      .where('[status+dueAt]')
      .between(['snoozed', -Infinity], ['snoozed', at], true, true)
      .count(),
  ]);
  return open + snoozed;
}
