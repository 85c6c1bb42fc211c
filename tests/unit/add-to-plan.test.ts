import { addMonths } from 'date-fns';
import { describe, expect, it } from 'vitest';
import { blankDebrief, saveDebrief } from '@/lib/db/debriefs';
import { acceptPlan, addToNextHelpfulStep, removeFromPlanStep, roleOf } from '@/lib/db/plans';
import type { DraftAttachment } from '@/lib/draft/types';
import { now } from '@/lib/clock';
import { DEFAULT_SETTINGS } from '@/lib/model/settings';
import { planFromDebrief } from '@/lib/plan/plan-from-debrief';
import { aContact, freshDatabase } from '../factories';

function piece(id: string): DraftAttachment {
  return { id, title: `Tip ${id}`, url: null, summary: '', text: `Tip ${id} text` };
}

async function planned() {
  const db = freshDatabase();
  const contact = aContact();
  await db.contacts.add(contact);
  const debrief = await saveDebrief(db, {
    ...blankDebrief(contact.id, now()),
    changeAt: addMonths(now(), 6).getTime(),
  });
  await acceptPlan(db, planFromDebrief(debrief, contact, DEFAULT_SETTINGS, now(), 'Europe/London'));
  const helpful = async () =>
    (await db.reminders.where('contactId').equals(contact.id).sortBy('dueAt'))
      .filter((step) => roleOf(step) === 'helpful')
      .map((step) => step.attachments.map((a) => a.id));
  return { db, contact, helpful };
}

describe('adding a library piece to a running plan', () => {
  it('spreads picks over the helpful steps, earliest first, and refuses one already planned', async () => {
    const { db, contact, helpful } = await planned();
    expect(await helpful()).toEqual([[], [], []]);

    const first = await addToNextHelpfulStep(db, contact.id, piece('a'));
    const second = await addToNextHelpfulStep(db, contact.id, piece('b'));
    const again = await addToNextHelpfulStep(db, contact.id, piece('a'));

    expect(first.ok && second.ok).toBe(true);
    expect(again).toEqual({ ok: false, reason: 'already-planned' });
    expect(await helpful()).toEqual([['a'], ['b'], []]);
  });

  it('takes one piece off again on undo, leaving the others', async () => {
    const { db, contact, helpful } = await planned();
    await addToNextHelpfulStep(db, contact.id, piece('a'));

    const second = await addToNextHelpfulStep(db, contact.id, piece('b'));
    await removeFromPlanStep(db, second.ok ? second.step.id : '', 'b');

    expect(await helpful()).toEqual([['a'], [], []]);
  });

  it('says so when the contact has no running plan', async () => {
    const db = freshDatabase();
    const contact = aContact();
    await db.contacts.add(contact);

    expect(await addToNextHelpfulStep(db, contact.id, piece('a'))).toEqual({
      ok: false,
      reason: 'no-plan',
    });
  });
});
