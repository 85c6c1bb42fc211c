import { describe, expect, it } from 'vitest';
import { RapportDatabase } from '@/lib/db/database';
import { mergeContacts, previewMerge, undoMerge } from '@/lib/db/merge-contacts';
import { contactOwnedTables } from '@/lib/db/contact-owned-tables';
import { aContact, aReminder } from '../factories';

/** The real schema plus two tables other features add: one indexed by contactId, one keyed by it. */
class DatabaseWithMoreTables extends RapportDatabase {
  constructor() {
    super(`rapport-merge-${Math.random().toString(36).slice(2)}`);
    this.version(90).stores({ debriefs: 'id, contactId', plans: 'contactId' });
  }
}

const gmailDana = aContact({
  name: 'Dana Whitfield',
  emails: ['dana@northwind.example'],
  company: 'Northwind Traders',
  goals: ['hiring', 'lead conversion'],
  notes: 'Met at the Seattle expo.',
});
const linkedInDana = aContact({
  name: 'Dana Whitfield',
  emails: [],
  linkedInUrl: 'https://www.linkedin.com/in/dana-whitfield/',
  company: 'Northwind',
  title: 'Head of Sales',
  goals: ['hiring', 'coaching'],
  interests: ['sailing'],
  notes: 'Prefers short notes.',
});

async function filled(): Promise<RapportDatabase> {
  const db = new DatabaseWithMoreTables();
  await db.contacts.bulkAdd([
    gmailDana,
    linkedInDana,
    aContact({ name: 'Bystander', emails: ['b@x.example'] }),
  ]);
  await db.reminders.bulkAdd([
    aReminder(gmailDana.id),
    aReminder(linkedInDana.id),
    aReminder(linkedInDana.id),
  ]);
  await db.touches.bulkAdd([
    {
      id: 't1',
      contactId: gmailDana.id,
      channel: 'email',
      purpose: 'thank-you',
      at: 1,
      subject: '',
      body: 'Thanks',
    },
    {
      id: 't2',
      contactId: linkedInDana.id,
      channel: 'linkedin',
      purpose: 'article',
      at: 2,
      subject: '',
      body: 'An article',
    },
  ]);
  await db.table('debriefs').bulkAdd([
    { id: 'd1', contactId: linkedInDana.id },
    { id: 'd2', contactId: linkedInDana.id },
  ]);
  await db.table('plans').add({ contactId: linkedInDana.id, steps: 3 });
  // Articles sent, keyed by contact and article: both were sent a1, only the LinkedIn record a2.
  await db.sentArticles.bulkAdd([
    { contactId: gmailDana.id, articleId: 'a1', at: 1, touchId: null },
    { contactId: linkedInDana.id, articleId: 'a1', at: 2, touchId: null },
    { contactId: linkedInDana.id, articleId: 'a2', at: 3, touchId: null },
  ]);
  return db;
}

/** Every record of every table, as a comparable picture of the database. */
async function everything(db: RapportDatabase): Promise<Record<string, unknown[]>> {
  const picture: Record<string, unknown[]> = {};
  for (const table of db.tables) picture[table.name] = await table.toArray();
  return picture;
}

async function countsFor(db: RapportDatabase, contactId: string): Promise<Record<string, number>> {
  const counts: Record<string, number> = {};
  for (const table of contactOwnedTables(db)) {
    counts[table.name] =
      table.schema.primKey.keyPath === 'contactId'
        ? Number((await table.get(contactId)) !== undefined)
        : await table.where('contactId').equals(contactId).count();
  }
  return counts;
}

describe('merging two records of one person', () => {
  it('finds every table that belongs to contacts from the schema', async () => {
    const db = await filled();

    expect(
      contactOwnedTables(db)
        .map((table) => table.name)
        .sort(),
    ).toEqual(['debriefs', 'plans', 'reminders', 'sentArticles', 'touches']);
  });

  it('previews what will move and which values win, changing nothing', async () => {
    const db = await filled();
    const before = await everything(db);

    const preview = await previewMerge(db, gmailDana.id, linkedInDana.id);

    expect(preview.moving).toEqual({
      reminders: 2,
      touches: 1,
      sentArticles: 2,
      debriefs: 2,
      plans: 1,
    });
    expect(preview.fields).toEqual([
      { field: 'linkedInUrl', value: 'https://www.linkedin.com/in/dana-whitfield/', from: 'merge' },
      { field: 'company', value: 'Northwind Traders', from: 'keep' },
      { field: 'title', value: 'Head of Sales', from: 'merge' },
    ]);
    expect(preview.newTags).toEqual({
      goals: ['coaching'],
      challenges: [],
      interests: ['sailing'],
      preferences: [],
    });
    expect(await everything(db)).toEqual(before);
  });

  it('keeps every tag, note, reminder, touch and record of both, and undo restores exactly', async () => {
    const db = await filled();
    const before = await everything(db);
    const keptBefore = await countsFor(db, gmailDana.id);
    const mergedBefore = await countsFor(db, linkedInDana.id);

    const snapshot = await mergeContacts(db, gmailDana.id, linkedInDana.id);

    const after = await countsFor(db, gmailDana.id);
    for (const [table, count] of Object.entries(after)) {
      // One plan per contact, and a1 was sent to both: those are set aside, not doubled.
      const expected =
        table === 'plans'
          ? 1
          : table === 'sentArticles'
            ? 2
            : (keptBefore[table] ?? 0) + (mergedBefore[table] ?? 0);
      expect({ table, count }).toEqual({ table, count: expected });
    }
    expect(await countsFor(db, linkedInDana.id)).toEqual({
      reminders: 0,
      touches: 0,
      sentArticles: 0,
      debriefs: 0,
      plans: 0,
    });
    const merged = await db.contacts.get(gmailDana.id);
    expect(merged).toMatchObject({
      emails: ['dana@northwind.example'],
      linkedInUrl: 'https://www.linkedin.com/in/dana-whitfield/',
      company: 'Northwind Traders',
      title: 'Head of Sales',
      goals: ['hiring', 'lead conversion', 'coaching'],
      interests: ['sailing'],
    });
    expect(merged?.notes).toMatch(
      /^Met at the Seattle expo\.\n\nPrefers short notes\.\n\nAlso recorded as .*company: Northwind$/,
    );
    expect(await db.contacts.get(linkedInDana.id)).toBeUndefined();
    expect(await db.contacts.count()).toBe(2);

    await undoMerge(db, snapshot);

    expect(await everything(db)).toEqual(before);
  });

  it('sets aside a one-per-contact record when both have one, and undo brings it back', async () => {
    const db = await filled();
    await db.table('plans').add({ contactId: gmailDana.id, steps: 1 });
    const before = await everything(db);

    const snapshot = await mergeContacts(db, gmailDana.id, linkedInDana.id);
    expect(await db.table('plans').toArray()).toEqual([{ contactId: gmailDana.id, steps: 1 }]);
    expect(snapshot.setAside.plans).toEqual([{ contactId: linkedInDana.id, steps: 3 }]);

    await undoMerge(db, snapshot);
    expect(await everything(db)).toEqual(before);
  });

  it.each([
    ['the same contact twice', () => [gmailDana.id, gmailDana.id], 'cannot be merged with itself'],
    ['a contact that no longer exists', () => [gmailDana.id, 'gone'], 'no longer exists'],
  ])('refuses %s and changes nothing', async (_case, ids, reason) => {
    const db = await filled();
    const before = await everything(db);
    const [keep = '', merge = ''] = ids();

    await expect(mergeContacts(db, keep, merge)).rejects.toThrow(reason);
    expect(await everything(db)).toEqual(before);
  });
});
