import { debriefSchema, emptyAnswers, type Debrief } from '../model/debrief';
import { contactSchema } from '../model/contact';
import { parseOrThrow, ValidationError } from '../model/validation';
import { newId } from '../id';
import { now } from '../clock';
import type { RapportDatabase } from './database';

export type DebriefInput = Omit<Debrief, 'id' | 'createdAt' | 'updatedAt'> & { id?: string };

/** A blank debrief for a call that happened at `at`. */
export function blankDebrief(contactId: string, at: number): DebriefInput {
  return {
    contactId,
    date: at,
    outcome: 'not-now',
    answers: emptyAnswers(),
    reason: '',
    changeAt: null,
  };
}

/**
 * Saves a new debrief or an edit of one. A won deal makes the contact a
 * customer in the same transaction; a "not now" must say when to call back.
 */
export async function saveDebrief(db: RapportDatabase, input: DebriefInput): Promise<Debrief> {
  if (input.outcome === 'not-now' && input.changeAt === null) {
    throw new ValidationError('Debrief', [
      'A "not now" needs the date they asked you to call back',
    ]);
  }

  return db.transaction('rw', db.contacts, db.debriefs, async () => {
    const contact = await db.contacts.get(input.contactId);
    if (!contact) throw new Error('That contact no longer exists, so the debrief was not saved.');

    const at = now();
    const existing = input.id ? await db.debriefs.get(input.id) : undefined;
    const debrief = parseOrThrow(
      debriefSchema,
      {
        ...input,
        id: existing?.id ?? input.id ?? newId(),
        createdAt: existing?.createdAt ?? at,
        updatedAt: at,
      },
      'Debrief',
    );
    await db.debriefs.put(debrief);

    if (debrief.outcome === 'won' && contact.stage !== 'customer') {
      await db.contacts.put(
        parseOrThrow(contactSchema, { ...contact, stage: 'customer', updatedAt: at }, 'Contact'),
      );
    }
    return debrief;
  });
}

/** A contact's debriefs, newest first. */
export function listDebriefs(db: RapportDatabase, contactId: string): Promise<Debrief[]> {
  return db.debriefs
    .where('[contactId+date]')
    .between([contactId, -Infinity], [contactId, Infinity])
    .reverse()
    .toArray();
}
