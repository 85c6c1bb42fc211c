import { contactSchema, type Contact, type ContactDraft } from '../model/contact';
import { parseOrThrow } from '../model/validation';
import { newId } from '../id';
import { now } from '../clock';
import type { RapportDatabase } from './database';
import { contactOwnedTables } from './contact-owned-tables';

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
    super(
      `${existing.name} already has that email address or LinkedIn profile. Open their card instead.`,
    );
  }
}

/** Adds a contact unless one of its addresses or its profile already belongs to someone. */
export async function createContact(db: RapportDatabase, draft: ContactDraft): Promise<Contact> {
  const contact = buildContact(draft);

  await db.transaction('rw', db.contacts, async () => {
    const byEmail = contact.emails.length
      ? await db.contacts.where('emails').anyOf(contact.emails).first()
      : undefined;
    const byProfile = contact.linkedInUrl
      ? await findContactByLinkedIn(db, contact.linkedInUrl)
      : undefined;
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
    if (!current)
      throw new Error('That contact no longer exists; it may have been deleted in another window.');

    const next = parseOrThrow(
      contactSchema,
      { ...current, ...patch, id, updatedAt: now() },
      'Contact',
    );
    await db.contacts.put(next);
    return next;
  });
}

export async function findContactByEmail(
  db: RapportDatabase,
  email: string,
): Promise<Contact | undefined> {
  return db.contacts.where('emails').equals(email.trim().toLowerCase()).first();
}

export async function findContactByLinkedIn(
  db: RapportDatabase,
  url: string,
): Promise<Contact | undefined> {
  return db.contacts.where('linkedInUrl').equals(url).first();
}

/** Everything a contact owns, as removed by a delete, so undo can put it all back. */
export interface ContactSnapshot {
  contact: Contact;
  /** The removed records of every contact-owned table (reminders, touches, debriefs...), by table. */
  records: Record<string, object[]>;
}

/**
 * Deletes a contact with every record that belongs to it, in one
 * transaction. The tables are found from the schema, so records that later
 * features add (debriefs, plans, articles sent) never outlive their contact.
 */
export async function deleteContact(
  db: RapportDatabase,
  id: string,
): Promise<ContactSnapshot | null> {
  const tables = contactOwnedTables(db);

  return db.transaction('rw', [db.contacts, ...tables], async () => {
    const contact = await db.contacts.get(id);
    if (!contact) return null;

    const records: Record<string, object[]> = {};
    for (const table of tables) {
      const owned = table.where('contactId').equals(id);
      records[table.name] = (await owned.toArray()) as object[];
      await owned.delete();
    }
    await db.contacts.delete(id);
    return { contact, records };
  });
}

/** Undoes deleteContact. */
export async function restoreContact(
  db: RapportDatabase,
  snapshot: ContactSnapshot,
): Promise<void> {
  const tables = contactOwnedTables(db);

  await db.transaction('rw', [db.contacts, ...tables], async () => {
    await db.contacts.put(snapshot.contact);
    for (const table of tables) await table.bulkPut(snapshot.records[table.name] ?? []);
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
