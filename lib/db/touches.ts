import { touchSchema, type Touch } from '../model/touch';
import { parseOrThrow } from '../model/validation';
import { newId } from '../id';
import { now } from '../clock';
import type { RapportDatabase } from './database';

export type NewTouch = Omit<Touch, 'id' | 'at'> & { at?: number };

/** Records that the user got in touch with a contact. */
export async function logTouch(db: RapportDatabase, input: NewTouch): Promise<Touch> {
  const touch = parseOrThrow(touchSchema, { id: newId(), at: now(), ...input }, 'Touch');

  await db.transaction('rw', db.contacts, db.touches, async () => {
    if (!(await db.contacts.get(touch.contactId))) {
      throw new Error('That contact no longer exists, so the touch was not recorded.');
    }
    await db.touches.add(touch);
  });
  return touch;
}

/** A contact's touches, newest first. */
export function listTouches(db: RapportDatabase, contactId: string): Promise<Touch[]> {
  return db.touches
    .where('[contactId+at]')
    .between([contactId, -Infinity], [contactId, Infinity])
    .reverse()
    .toArray();
}
