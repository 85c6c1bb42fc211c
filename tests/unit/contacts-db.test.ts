import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  createContact,
  deleteContact,
  DuplicateContactError,
  filterContacts,
  findContactByEmail,
  findContactByLinkedIn,
  restoreContact,
  updateContact,
} from '@/lib/db/contacts';
import { addReminder } from '@/lib/db/reminders';
import { logTouch } from '@/lib/db/touches';
import type { RapportDatabase } from '@/lib/db/database';
import { ValidationError } from '@/lib/model/validation';
import { aContact, freshDatabase } from '../factories';

let db: RapportDatabase;

beforeEach(() => {
  db = freshDatabase();
});

afterEach(async () => {
  await db.delete();
});

describe('contacts in the database', () => {
  it('finds a contact by any of its addresses, in any case, and by profile URL', async () => {
    const dana = await createContact(db, {
      name: 'Dana Whitfield',
      emails: ['dana@northwind.example', 'dana.w@gmail.example'],
      linkedInUrl: 'https://www.linkedin.com/in/dana-whitfield/',
    });

    expect((await findContactByEmail(db, 'DANA.W@gmail.example'))?.id).toBe(dana.id);
    expect(
      (await findContactByLinkedIn(db, 'https://www.linkedin.com/in/dana-whitfield/'))?.id,
    ).toBe(dana.id);
    expect(await findContactByEmail(db, 'someone@else.example')).toBeUndefined();
  });

  it('refuses a second contact with an address that is already taken, naming the owner', async () => {
    await createContact(db, { name: 'Dana Whitfield', emails: ['dana@northwind.example'] });

    await expect(
      createContact(db, { name: 'D. Whitfield', emails: ['dana@northwind.example'] }),
    ).rejects.toThrow(DuplicateContactError);
    expect(await db.contacts.count()).toBe(1);
  });

  it('keeps the saved contact when an edit is invalid', async () => {
    const dana = await createContact(db, {
      name: 'Dana Whitfield',
      emails: ['dana@northwind.example'],
    });

    await expect(updateContact(db, dana.id, { emails: ['not an address'] })).rejects.toThrow(
      ValidationError,
    );
    expect((await db.contacts.get(dana.id))?.emails).toEqual(['dana@northwind.example']);
  });

  it('deletes a contact with everything it owns, and undo brings all of it back', async () => {
    const dana = await createContact(db, { name: 'Dana Whitfield' });
    const other = await createContact(db, { name: 'Tom Becker' });
    await addReminder(db, { contactId: dana.id, kind: 'call-back', dueAt: 10 });
    await addReminder(db, { contactId: other.id, kind: 'follow-up', dueAt: 10 });
    await logTouch(db, {
      contactId: dana.id,
      channel: 'email',
      purpose: 'thank-you',
      subject: 'Thanks',
      body: 'Hi',
    });
    await db.sentArticles.add({ contactId: dana.id, articleId: 'tip-1', at: 5, touchId: null });

    const snapshot = await deleteContact(db, dana.id);

    expect(await db.contacts.count()).toBe(1);
    expect(await db.reminders.count()).toBe(1);
    expect(await db.touches.count()).toBe(0);
    expect(await db.sentArticles.count()).toBe(0);

    await restoreContact(db, snapshot!);

    expect(await db.contacts.get(dana.id)).toEqual(dana);
    expect(await db.reminders.where('contactId').equals(dana.id).count()).toBe(1);
    expect(await db.touches.where('contactId').equals(dana.id).count()).toBe(1);
    expect(await db.sentArticles.where('contactId').equals(dana.id).count()).toBe(1);
  });

  it('refuses a reminder for a contact that is gone', async () => {
    await expect(
      addReminder(db, { contactId: 'nobody', kind: 'follow-up', dueAt: 1 }),
    ).rejects.toThrow('That contact no longer exists');
    expect(await db.reminders.count()).toBe(0);
  });
});

describe('filterContacts', () => {
  const people = [
    aContact({ name: 'Dana Whitfield', company: 'Northwind', goals: ['management training'] }),
    aContact({ name: 'Tom Becker', company: 'Becker Events', emails: ['tom@becker.example'] }),
  ];

  it.each([
    ['a part of a name', 'whit', ['Dana Whitfield']],
    ['a company and a name', 'becker tom', ['Tom Becker']],
    ['a goal', 'management', ['Dana Whitfield']],
    ['an address', 'tom@', ['Tom Becker']],
    ['nothing', '  ', ['Dana Whitfield', 'Tom Becker']],
    ['a word no one has', 'sailing', []],
  ])('finds contacts by %s', (_, query, names) => {
    expect(filterContacts(people, query).map((c) => c.name)).toEqual(names);
  });
});
