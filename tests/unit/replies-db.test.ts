import { describe, expect, it } from 'vitest';
import { recordReplies } from '@/lib/db/replies';
import { availablePurposes } from '@/lib/draft/compose';
import { RELATIONSHIP_PURPOSES } from '@/lib/draft/self-promotion';
import { listTouches } from '@/lib/db/touches';
import { now } from '@/lib/clock';
import type { PageContext, PagePerson } from '@/lib/model/page-context';
import { PURPOSE_LABELS } from '@/lib/model/touch';
import { aContact, freshDatabase } from '../factories';

const HOUR = 3_600_000;
const DAY = 24 * HOUR;

function person(email: string, lastWroteAt: number | null): PagePerson {
  return {
    name: '',
    email,
    linkedInUrl: null,
    company: '',
    title: '',
    location: '',
    guessed: [],
    writing: '',
    lastWroteAt,
  };
}

function thread(people: PagePerson[], site: PageContext['site'] = 'gmail'): PageContext {
  return { site, key: 'thread-f:1', title: 'Trade-show checklist', people, readAt: now() };
}

async function withDana() {
  const db = freshDatabase();
  const dana = aContact({
    emails: ['dana@northwind.example', 'dana.w@gmail.com'],
    createdAt: now() - 30 * DAY,
  });
  await db.contacts.add(dana);
  return { db, dana };
}

describe('recordReplies', () => {
  it("records a saved contact's reply once, at the time they wrote, with the thread's subject", async () => {
    const { db, dana } = await withDana();
    const wroteAt = now() - 2 * HOUR;

    const first = await recordReplies(db, thread([person('dana@northwind.example', wroteAt)]));
    const again = await recordReplies(db, thread([person('dana@northwind.example', wroteAt)]));

    expect(first).toHaveLength(1);
    expect(again).toEqual([]);
    const touches = await listTouches(db, dana.id);
    expect(touches).toEqual([
      expect.objectContaining({
        purpose: 'reply',
        channel: 'email',
        at: wroteAt,
        subject: 'Trade-show checklist',
        body: '',
      }),
    ]);
    expect(PURPOSE_LABELS[touches[0]!.purpose]).toBe('Their reply');
  });

  it('records a newer reply in the same thread, and knows the contact by any of their addresses', async () => {
    const { db, dana } = await withDana();
    const earlier = now() - 3 * DAY;
    const later = now() - HOUR;

    await recordReplies(db, thread([person('dana@northwind.example', earlier)]));
    await recordReplies(db, thread([person('Dana.W@gmail.com', later)]));

    expect((await listTouches(db, dana.id)).map((touch) => touch.at)).toEqual([later, earlier]);
  });

  it.each([
    ['dated in the future', (createdAt: number) => createdAt + 31 * DAY],
    ['dated before the contact was added', (createdAt: number) => createdAt - DAY],
  ])('records nothing for a reply %s', async (_, when) => {
    const { db, dana } = await withDana();

    const added = await recordReplies(
      db,
      thread([person('dana@northwind.example', when(dana.createdAt))]),
    );

    expect(added).toEqual([]);
    expect(await db.touches.count()).toBe(0);
  });

  it('records nothing for strangers, for people who did not write, or from LinkedIn', async () => {
    const { db } = await withDana();

    await recordReplies(
      db,
      thread([
        person('stranger@elsewhere.example', now() - HOUR),
        person('dana@northwind.example', null),
      ]),
    );
    await recordReplies(db, thread([person('dana@northwind.example', now() - HOUR)], 'linkedin'));

    expect(await db.touches.count()).toBe(0);
  });
});

describe('a reply as a purpose', () => {
  it('is never offered to write a draft for, and does not count as a helpful touch of ours', () => {
    expect(availablePurposes()).not.toContain('reply');
    expect(RELATIONSHIP_PURPOSES).not.toContain('reply');
  });
});
