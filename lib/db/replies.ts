import type { PageContext } from '../model/page-context';
import { touchSchema, type Touch } from '../model/touch';
import { parseOrThrow } from '../model/validation';
import { newId } from '../id';
import { now } from '../clock';
import { findContactByEmail } from './contacts';
import type { RapportDatabase } from './database';

/**
 * Records the replies a Gmail page shows: for each saved contact who wrote
 * in the open thread, a 'reply' touch at the time of their latest message,
 * so a running plan's rhythm counts from it (followLastContact). A reply
 * already recorded (the same thread read again, or after a reload) is not
 * recorded twice; one dated in the future, or before the contact was
 * added, is not recorded at all. Returns the touches it added.
 */
export async function recordReplies(
  db: RapportDatabase,
  context: PageContext,
  at = now(),
): Promise<Touch[]> {
  if (context.site !== 'gmail' || context.unreadable) return [];
  const writers = context.people.flatMap((person) =>
    person.email !== null && person.lastWroteAt !== null
      ? [{ email: person.email, wroteAt: person.lastWroteAt }]
      : [],
  );
  if (writers.length === 0) return [];

  return db.transaction('rw', db.contacts, db.touches, async () => {
    const added: Touch[] = [];

    for (const { email, wroteAt } of writers) {
      const contact = await findContactByEmail(db, email);
      if (!contact || wroteAt > at || wroteAt < contact.createdAt) continue;

      const known = await db.touches
        .where('[contactId+at]')
        .equals([contact.id, wroteAt])
        .filter((touch) => touch.purpose === 'reply')
        .count();
      if (known > 0) continue;

      const touch = parseOrThrow(
        touchSchema,
        {
          id: newId(),
          contactId: contact.id,
          channel: 'email',
          purpose: 'reply',
          at: wroteAt,
          subject: context.title.slice(0, 1_000),
          body: '',
        },
        'Touch',
      );
      await db.touches.add(touch);
      added.push(touch);
    }
    return added;
  });
}
