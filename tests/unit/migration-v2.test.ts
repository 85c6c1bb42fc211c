import { describe, expect, it } from 'vitest';
import { RapportDatabase } from '@/lib/db/database';
import { buildArticle, recordSentArticles } from '@/lib/db/articles';
import { aContact, aReminder } from '../factories';

describe('database version 2 (the library)', () => {
  it('opens a version 1 database and finds every contact, reminder and touch intact', async () => {
    const name = `rapport-migration-v2-${Math.random().toString(36).slice(2)}`;
    const contact = aContact({ goals: ['management training'] });
    const reminder = aReminder(contact.id);
    const touch = {
      id: 't1',
      contactId: contact.id,
      channel: 'email' as const,
      purpose: 'thank-you' as const,
      at: 1,
      subject: 'Thanks',
      body: 'Thank you.',
    };

    const old = new RapportDatabase(name, { upTo: 1 });
    await old.contacts.add(contact);
    await old.reminders.add(reminder);
    await old.touches.add(touch);
    expect(old.verno).toBe(1);
    old.close();

    const db = new RapportDatabase(name);
    await db.open();

    expect(db.verno).toBeGreaterThanOrEqual(2);
    expect(await db.contacts.get(contact.id)).toEqual(contact);
    expect(await db.reminders.get(reminder.id)).toEqual(reminder);
    expect(await db.touches.get('t1')).toEqual(touch);
    expect(await db.articles.count()).toBe(0);
    db.close();
  });

  it('keeps articles and what was sent to whom, found by topic and by contact', async () => {
    const name = `rapport-migration-v2b-${Math.random().toString(36).slice(2)}`;
    const db = new RapportDatabase(name);
    const contact = aContact();
    await db.contacts.add(contact);
    const article = buildArticle({
      title: 'Delegating without losing control',
      topics: ['Delegation', 'time management'],
    });
    await db.articles.add(article);
    await recordSentArticles(db, contact.id, [article.id], null);
    db.close();

    const reopened = new RapportDatabase(name);
    expect(await reopened.articles.where('topics').equals('delegation').first()).toEqual(article);
    expect(await reopened.sentArticles.where('contactId').equals(contact.id).count()).toBe(1);
    reopened.close();
  });
});
