import { describe, expect, it } from 'vitest';
import { RapportDatabase } from '@/lib/db/database';
import { LATEST_VERSION } from '@/lib/db/versions';
import { reminderSchema } from '@/lib/model/reminder';
import { contactSchema } from '@/lib/model/contact';

describe('database version 3 (debriefs, plans, plan steps)', () => {
  it('opens a database written by version 2, keeps every record, and fills the new reminder and contact fields', async () => {
    const name = `rapport-migration-v3-${Math.random().toString(36).slice(2)}`;

    // A database as the previous version wrote it: records without the v3 fields.
    const old = new RapportDatabase(name, { upTo: 2 });
    const contact = {
      id: 'c1',
      name: 'Dana Whitfield',
      emails: ['dana@northwind.example'],
      linkedInUrl: null,
      company: 'Northwind',
      title: '',
      location: '',
      stage: 'prospect',
      goals: ['hiring'],
      challenges: [],
      interests: [],
      preferences: [],
      style: { name: 'relater', source: 'picked', confidence: null, setAt: 1 },
      notes: 'met at the expo',
      sample: false,
      createdAt: 1,
      updatedAt: 2,
    };
    const reminders = [
      {
        id: 'r1',
        contactId: 'c1',
        kind: 'call-back',
        dueAt: 10,
        firstDueAt: 10,
        status: 'open',
        note: 'Q3',
        createdAt: 1,
        closedAt: null,
        notifiedAt: null,
      },
      {
        id: 'r2',
        contactId: 'c1',
        kind: 'thank-you',
        dueAt: 5,
        firstDueAt: 4,
        status: 'done',
        note: '',
        createdAt: 1,
        closedAt: 6,
        notifiedAt: 5,
      },
    ];
    const touch = {
      id: 't1',
      contactId: 'c1',
      channel: 'email',
      purpose: 'thank-you',
      at: 3,
      subject: 'Thanks',
      body: 'Thank you',
    };
    await old.table('contacts').add(contact);
    await old.table('reminders').bulkAdd(reminders);
    await old.table('touches').add(touch);
    old.close();

    const db = new RapportDatabase(name);
    await db.open();

    expect(db.verno).toBe(LATEST_VERSION);
    const [storedContact] = await db.contacts.toArray();
    expect(storedContact).toEqual({ ...contact, keepInTouchDays: null });
    expect(contactSchema.safeParse(storedContact).success).toBe(true);

    const stored = await db.reminders.orderBy('id').toArray();
    expect(stored).toEqual(
      reminders.map((r) => ({ ...r, planId: null, purpose: null, attachments: [] })),
    );
    for (const reminder of stored) expect(reminderSchema.safeParse(reminder).success).toBe(true);
    expect(await db.touches.toArray()).toEqual([touch]);

    // The new tables are there and usable.
    expect(await db.debriefs.count()).toBe(0);
    expect(await db.plans.count()).toBe(0);
    expect(await db.reminders.where('planId').equals('nothing').count()).toBe(0);
    db.close();
  });
});
