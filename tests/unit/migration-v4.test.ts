import { describe, expect, it } from 'vitest';
import { RapportDatabase } from '@/lib/db/database';
import { LATEST_VERSION } from '@/lib/db/versions';
import { rememberTag, listVocabulary } from '@/lib/db/vocabulary';
import { aContact, aReminder } from '../factories';

describe('database version 4 (the tag vocabulary)', () => {
  it('opens a database written by the previous version with every record intact and its tags in the vocabulary', async () => {
    const name = `rapport-migration-v4-${Math.random().toString(36).slice(2)}`;
    const old = new RapportDatabase(name, { upTo: 3 });
    const dana = aContact({ goals: ['hiring', 'Sourdough Baking'], interests: ['beekeeping'] });
    const sam = aContact({
      name: 'Sam Ito',
      emails: ['sam@fabrikam.example'],
      challenges: ['beekeeping', 'trade shows'],
    });
    const reminder = aReminder(dana.id);
    const touch = {
      id: 't1',
      contactId: sam.id,
      channel: 'email',
      purpose: 'thank-you',
      at: 5,
      subject: 'Thanks',
      body: 'Thank you.',
    } as const;
    await old.contacts.bulkAdd([dana, sam]);
    await old.reminders.add(reminder);
    await old.touches.add(touch);
    old.close();

    const db = new RapportDatabase(name);
    await db.open();

    expect(db.verno).toBe(LATEST_VERSION);
    expect(await db.contacts.orderBy('name').toArray()).toEqual([dana, sam]);
    expect(await db.reminders.toArray()).toEqual([reminder]);
    expect(await db.touches.toArray()).toEqual([touch]);
    const vocabulary = await listVocabulary(db);
    expect(vocabulary.map((entry) => [entry.tag, [...entry.kinds].sort()])).toEqual([
      ['beekeeping', ['challenges', 'interests']],
      ['sourdough baking', ['goals']],
    ]);
    db.close();
  });

  it('remembers a new tag once, with every kind it was used as, and skips starter topics', async () => {
    const db = new RapportDatabase(`rapport-vocab-${Math.random().toString(36).slice(2)}`);

    await rememberTag(db, 'Beekeeping ', 'interests');
    await rememberTag(db, 'beekeeping', 'interests');
    await rememberTag(db, 'beekeeping', 'goals');
    await rememberTag(db, 'hiring', 'goals');

    expect((await listVocabulary(db)).map((entry) => [entry.tag, entry.kinds])).toEqual([
      ['beekeeping', ['interests', 'goals']],
    ]);
    db.close();
  });
});
