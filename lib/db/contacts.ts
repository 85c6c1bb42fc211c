import { contactSchema, type Contact, type ContactDraft } from '../model/contact';
import type { Reminder } from '../model/reminder';
import type { Touch } from '../model/touch';
import { parseOrThrow } from '../model/validation';
import { newId } from '../id';
import { now } from '../clock';
import type { RapportDatabase } from './database';

/** Fills the defaults a new contact needs and validates it. */
export function buildContact(draft: ContactDraft, at = now()): Contact {
  return parseOrThrow(
    contactSchema,
    {
      id: newId(),
      emails: [],
      linkedInUrl: null,
      company: '',
      title: '',
      location: '',
      stage: 'prospect',
      goals: [],
      challenges: [],
      interests: [],
      preferences: [],
      style: null,
      notes: '',
      keepInTouchDays: null,
      sample: false,
      createdAt: at,
      updatedAt: at,
      ...draft,
    },
    'Contact',
  );
}

/** Refused because someone already has one of the new contact's addresses or profile. */
export class DuplicateContactError extends Error {
  override name = 'DuplicateContactError';

  constructor(readonly existing: Contact) {
    super(`${existing.name} already has that email address or LinkedIn profile. Open their card instead.`);
  }
}

/** Adds a contact unless one of its addresses or its profile already belongs to someone. */
export async function createContact(db: RapportDatabase, draft: ContactDraft): Promise<Contact> {
  const contact = buildContact(draft);

  await db.transaction('rw', db.contacts, async () => {
    const byEmail = contact.emails.length
      ? await db.contacts.where('emails').anyOf(contact.emails).first()
      : undefined;
    const byProfile = contact.linkedInUrl ? await findContactByLinkedIn(db, contact.linkedInUrl) : undefined;
    const existing = byEmail ?? byProfile;
    if (existing) throw new DuplicateContactError(existing);

    await db.contacts.add(contact);
  });
  return contact;
}

/** Applies `patch` to a saved contact; the whole result must still be a valid contact. */
export async function updateContact(
  db: RapportDatabase,
  id: string,
  patch: Partial<Omit<Contact, 'id' | 'createdAt'>>,
): Promise<Contact> {
  return db.transaction('rw', db.contacts, async () => {
    const current = await db.contacts.get(id);
    if (!current) throw new Error('That contact no longer exists; it may have been deleted in another window.');

    const next = parseOrThrow(contactSchema, { ...current, ...patch, id, updatedAt: now() }, 'Contact');
    await db.contacts.put(next);
    return next;
  });
}

export async function findContactByEmail(db: RapportDatabase, email: string): Promise<Contact | undefined> {
  return db.contacts.where('emails').equals(email.trim().toLowerCase()).first();
}

export async function findContactByLinkedIn(db: RapportDatabase, url: string): Promise<Contact | undefined> {
  return db.contacts.where('linkedInUrl').equals(url).first();
}

/** Everything a contact owns, as removed by a delete, so undo can put it all back. */
export interface ContactSnapshot {
  contact: Contact;
  reminders: Reminder[];
  touches: Touch[];
}

/** Deletes a contact with its reminders and touches in one transaction. */
export async function deleteContact(db: RapportDatabase, id: string): Promise<ContactSnapshot | null> {
  return db.transaction('rw', [db.contacts, db.reminders, db.touches], async () => {
    const contact = await db.contacts.get(id);
    if (!contact) return null;

    const reminders = await db.reminders.where('contactId').equals(id).toArray();
    const touches = await db.touches.where('contactId').equals(id).toArray();

    await db.reminders.bulkDelete(reminders.map((r) => r.id));
    await db.touches.bulkDelete(touches.map((t) => t.id));
    await db.contacts.delete(id);
    return { contact, reminders, touches };
  });
}

/** Undoes deleteContact. */
export async function restoreContact(db: RapportDatabase, snapshot: ContactSnapshot): Promise<void> {
  await db.transaction('rw', [db.contacts, db.reminders, db.touches], async () => {
    await db.contacts.put(snapshot.contact);
    await db.reminders.bulkPut(snapshot.reminders);
    await db.touches.bulkPut(snapshot.touches);
  });
}

/** Contacts whose name, company, title, address or tags contain every word of `query`. */
export function filterContacts(contacts: readonly Contact[], query: string): Contact[] {
  const words = query.trim().toLowerCase().split(/\s+/).filter(Boolean);
  if (words.length === 0) return [...contacts];

  return contacts.filter((contact) => {
    const haystack = [
      contact.name,
      contact.company,
      contact.title,
      ...contact.emails,
      ...contact.goals,
      ...contact.challenges,
      ...contact.interests,
    ]
      .join(' ')
      .toLowerCase();
    return words.every((word) => haystack.includes(word));
  });
}
