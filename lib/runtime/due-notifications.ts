import { browser } from 'wxt/browser';
import type { RapportDatabase } from '../db/database';
import { listDueReminders } from '../db/reminders';
import { REMINDER_KIND_LABELS } from '../model/reminder';
import { now } from '../clock';
import { log } from '../log';

export const NOTIFICATION_PREFIX = 'due:';

/**
 * Shows one notification per reminder that has come due and has not been
 * announced yet, naming the person. Marks them in the same transaction that
 * found them, so two wake-ups never announce the same reminder twice.
 */
export async function announceDueReminders(db: RapportDatabase): Promise<number> {
  const at = now();

  const fresh = await db.transaction('rw', db.reminders, db.contacts, async () => {
    const due = (await listDueReminders(db, at)).filter((r) => r.notifiedAt === null);
    const named = [];
    for (const reminder of due) {
      const contact = await db.contacts.get(reminder.contactId);
      await db.reminders.update(reminder.id, { notifiedAt: at });
      if (contact) named.push({ reminder, name: contact.name });
    }
    return named;
  });

  for (const { reminder, name } of fresh) {
    try {
      await browser.notifications.create(
        `${NOTIFICATION_PREFIX}${reminder.contactId}:${reminder.id}`,
        {
          type: 'basic',
          iconUrl: browser.runtime.getURL('/icon/128.png'),
          title: `${REMINDER_KIND_LABELS[reminder.kind]}: ${name}`,
          message: reminder.note || 'Due now. Click to open Rapport on this contact.',
        },
      );
    } catch (error) {
      log.warn('Could not show a notification for a due reminder', error);
    }
  }
  return fresh.length;
}

/** The contact a notification id names, or null for someone else's notification. */
export function contactIdFromNotification(notificationId: string): string | null {
  if (!notificationId.startsWith(NOTIFICATION_PREFIX)) return null;

  const contactId = notificationId.slice(NOTIFICATION_PREFIX.length).split(':')[0];
  return contactId ? contactId : null;
}
