import { normaliseTag, type TagKind } from '../model/tag';
import type { Contact } from '../model/contact';
import { updateContact } from './contacts';
import type { RapportDatabase } from './database';

/**
 * Adds one tag to what the database holds now, not to a list the UI read
 * earlier: three quick Enters in the tag box, each a separate write, must
 * all land (a whole-list write from a stale live query would drop one).
 */
export async function addContactTag(
  db: RapportDatabase,
  contactId: string,
  kind: TagKind,
  raw: string,
): Promise<Contact> {
  const tag = normaliseTag(raw);
  return db.transaction('rw', db.contacts, async () => {
    const current = await db.contacts.get(contactId);
    const tags = current?.[kind] ?? [];
    return updateContact(db, contactId, { [kind]: tags.includes(tag) ? tags : [...tags, tag] });
  });
}

export async function removeContactTag(
  db: RapportDatabase,
  contactId: string,
  kind: TagKind,
  raw: string,
): Promise<Contact> {
  const tag = normaliseTag(raw);
  return db.transaction('rw', db.contacts, async () => {
    const current = await db.contacts.get(contactId);
    return updateContact(db, contactId, {
      [kind]: (current?.[kind] ?? []).filter((t) => t !== tag),
    });
  });
}
