import { RapportDatabase } from '@/lib/db/database';
import { buildContact } from '@/lib/db/contacts';
import { buildReminder, type NewReminder } from '@/lib/db/reminders';
import type { Contact, ContactDraft } from '@/lib/model/contact';
import type { Reminder } from '@/lib/model/reminder';

let databases = 0;

/** A fresh, empty database on fake-indexeddb, unique per call. */
export function freshDatabase(): RapportDatabase {
  databases += 1;
  return new RapportDatabase(`rapport-test-${databases}-${Math.random().toString(36).slice(2)}`);
}

export function aContact(overrides: Partial<ContactDraft> = {}): Contact {
  return buildContact({ name: 'Dana Whitfield', emails: ['dana@northwind.example'], ...overrides });
}

export function aReminder(
  contactId: string,
  overrides: Partial<NewReminder> & Partial<Reminder> = {},
): Reminder {
  const base = buildReminder({
    contactId,
    kind: 'follow-up',
    dueAt: overrides.dueAt ?? Date.now(),
    ...overrides,
  });
  return { ...base, ...overrides };
}
