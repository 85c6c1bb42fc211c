import { describe, expect, it } from 'vitest';
import { addMonths } from 'date-fns';
import { saveDebrief, blankDebrief, listDebriefs } from '@/lib/db/debriefs';
import {
  acceptPlan,
  completeStep,
  currentPlan,
  endPlan,
  ensureRhythmReminders,
  followLastContact,
  listPlanSteps,
  pausePlan,
  resumePlan,
  stepsForEditing,
  updatePlanSteps,
} from '@/lib/db/plans';
import { buildReminder, countDueReminders } from '@/lib/db/reminders';
import { logTouch } from '@/lib/db/touches';
import { recordReplies } from '@/lib/db/replies';
import { setClockOffset, now } from '@/lib/clock';
import { DEFAULT_SETTINGS } from '@/lib/model/settings';
import { ValidationError } from '@/lib/model/validation';
import { planFromDebrief } from '@/lib/plan/plan-from-debrief';
import { aContact, freshDatabase } from '../factories';

const ZONE = 'Europe/London';
const DAY = 86_400_000;

async function withNotNowPlan() {
  const db = freshDatabase();
  const contact = aContact();
  await db.contacts.add(contact);
  const debrief = await saveDebrief(db, {
    ...blankDebrief(contact.id, now()),
    changeAt: addMonths(now(), 6).getTime(),
    reason: 'Budget frozen',
  });
  const proposal = planFromDebrief(debrief, contact, DEFAULT_SETTINGS, now(), ZONE);
  const plan = await acceptPlan(db, proposal);
  return { db, contact, debrief, proposal, plan };
}

describe('debriefs', () => {
  it('makes the contact a customer when the deal is won, in the same save', async () => {
    const db = freshDatabase();
    const contact = aContact();
    await db.contacts.add(contact);

    await saveDebrief(db, { ...blankDebrief(contact.id, now()), outcome: 'won' });

    expect((await db.contacts.get(contact.id))?.stage).toBe('customer');
  });

  it('refuses a "not now" without a call-back date, saying what is missing', async () => {
    const db = freshDatabase();
    const contact = aContact();
    await db.contacts.add(contact);

    await expect(saveDebrief(db, blankDebrief(contact.id, now()))).rejects.toThrow(ValidationError);
    await expect(saveDebrief(db, blankDebrief(contact.id, now()))).rejects.toThrow(/call back/);
    expect(await db.debriefs.count()).toBe(0);
  });

  it('keeps several debriefs per contact, newest first, and edits one in place', async () => {
    const db = freshDatabase();
    const contact = aContact();
    await db.contacts.add(contact);
    const first = await saveDebrief(db, {
      ...blankDebrief(contact.id, now() - 30 * DAY),
      outcome: 'lost',
    });
    await saveDebrief(db, {
      ...blankDebrief(contact.id, now()),
      outcome: 'lost',
      reason: 'chose a competitor',
    });

    await saveDebrief(db, { ...first, reason: 'timing' });

    const list = await listDebriefs(db, contact.id);
    expect(list.map((d) => d.reason)).toEqual(['chose a competitor', 'timing']);
    expect(list[1]?.createdAt).toBe(first.createdAt);
  });
});

describe('follow-up plans', () => {
  it('writes the plan and one reminder per step, with the draft purpose and attachments, in one go', async () => {
    const { db, plan, proposal } = await withNotNowPlan();

    const steps = await listPlanSteps(db, plan.id);
    expect(steps).toHaveLength(proposal.steps.length);
    const purposes = (list: { purpose: string | null }[]) =>
      list.map((s) => String(s.purpose)).sort();
    expect(purposes(steps)).toEqual(purposes(proposal.steps));
    expect(steps.every((s) => s.status === 'open' && s.planId === plan.id)).toBe(true);
    expect(await countDueReminders(db, now())).toBe(2);
  });

  it('writes nothing when the contact is gone', async () => {
    const { db, contact, proposal } = await withNotNowPlan();
    await db.contacts.delete(contact.id);
    const before = await db.reminders.count();

    await expect(acceptPlan(db, proposal)).rejects.toThrow(/no longer exists/);

    expect(await db.reminders.count()).toBe(before);
    expect(await db.plans.count()).toBe(1);
  });

  it('replaces a running plan, skipping its open steps', async () => {
    const { db, contact, plan, proposal } = await withNotNowPlan();

    const second = await acceptPlan(db, proposal);

    expect((await db.plans.get(plan.id))?.status).toBe('ended');
    expect((await listPlanSteps(db, plan.id)).every((s) => s.status === 'skipped')).toBe(true);
    expect((await currentPlan(db, contact.id))?.id).toBe(second.id);
  });

  it('pauses: nothing from the plan is due; resuming moves the steps by the pause, the call-back stays', async () => {
    const { db, plan } = await withNotNowPlan();
    const before = await listPlanSteps(db, plan.id);

    await pausePlan(db, plan.id);
    expect(await countDueReminders(db, now() + 400 * DAY)).toBe(0);

    setClockOffset(10 * DAY);
    await resumePlan(db, plan.id);

    const after = await listPlanSteps(db, plan.id);
    for (const step of after) {
      const was = before.find((b) => b.id === step.id);
      expect(step.status).toBe('open');
      expect(step.dueAt - (was?.dueAt ?? 0)).toBeCloseTo(
        step.kind === 'call-back' ? 0 : 10 * DAY,
        -3,
      );
    }
  });

  it.each([
    ['skip', 'skipped', false],
    ['keep', 'open', true],
  ] as const)(
    'ends a plan and, asked to %s the rest, leaves them %s',
    async (choice, status, plain) => {
      const { db, plan, contact } = await withNotNowPlan();

      await endPlan(db, plan.id, choice);

      const left = await db.reminders.where('contactId').equals(contact.id).toArray();
      expect(left.every((r) => r.status === status)).toBe(true);
      expect(left.every((r) => (r.planId === null) === plain)).toBe(true);
      expect(await currentPlan(db, contact.id)).toBeUndefined();
    },
  );

  it('saves an edit: a moved step, a removed step skipped, an added step', async () => {
    const { db, plan } = await withNotNowPlan();
    const editable = stepsForEditing(await listPlanSteps(db, plan.id));
    const [note, email, ...rest] = editable;
    const moved = { ...rest[0]!, dueAt: rest[0]!.dueAt + 3 * DAY };
    const added = { ...rest[1]!, key: 'new-step', note: 'Introduce them to Elena' };

    await updatePlanSteps(db, plan.id, [note!, moved, ...rest.slice(1), added]);

    const steps = await listPlanSteps(db, plan.id);
    expect(steps.find((s) => s.id === email!.key)?.status).toBe('skipped');
    expect(steps.find((s) => s.id === moved.key)?.dueAt).toBe(moved.dueAt);
    expect(steps.filter((s) => s.note === 'Introduce them to Elena')).toHaveLength(1);
  });

  it('moves the next steps after a touch, so the rhythm counts from the last contact', async () => {
    const { db, plan, contact } = await withNotNowPlan();
    const firstNudge = (await listPlanSteps(db, plan.id)).find((s) => s.purpose === 'other')!;

    setClockOffset(1 * DAY);
    const touch = await logTouch(db, {
      contactId: contact.id,
      channel: 'phone',
      purpose: 'other',
      subject: '',
      body: 'They called about an event',
    });
    await followLastContact(db, DEFAULT_SETTINGS, ZONE);

    const moved = (await listPlanSteps(db, plan.id)).find((s) => s.id === firstNudge.id)!;
    expect(moved.dueAt).toBeGreaterThanOrEqual(
      touch.at + (DEFAULT_SETTINGS.planSpacingDays - 1) * DAY,
    );
    expect((await db.plans.get(plan.id))?.countedFrom).toBe(touch.at);

    // Counting again changes nothing.
    const again = await followLastContact(db, DEFAULT_SETTINGS, ZONE);
    expect(again).toBe(0);
  });

  it('moves the next steps after the contact replies in Gmail, counting from their reply', async () => {
    const { db, plan, contact } = await withNotNowPlan();
    const before = (await listPlanSteps(db, plan.id)).filter((s) => s.status === 'open');
    const firstNudge = before.find((s) => s.purpose === 'other')!;
    const callBack = before.find((s) => s.kind === 'call-back')!;

    setClockOffset(2 * DAY);
    const wroteAt = now() - 3_600_000;
    const [reply] = await recordReplies(db, {
      site: 'gmail',
      key: 'thread-f:1',
      title: 'Re: Thanks for the call',
      readAt: now(),
      people: [
        {
          name: '',
          email: contact.emails[0]!,
          linkedInUrl: null,
          company: '',
          title: '',
          location: '',
          guessed: [],
          writing: '',
          lastWroteAt: wroteAt,
        },
      ],
    });
    expect(await followLastContact(db, DEFAULT_SETTINGS, ZONE)).toBe(1);

    const after = await listPlanSteps(db, plan.id);
    const moved = after.find((s) => s.id === firstNudge.id)!;
    expect(reply?.at).toBe(wroteAt);
    expect(moved.dueAt).toBeGreaterThan(firstNudge.dueAt);
    expect(moved.dueAt).toBeGreaterThanOrEqual(
      wroteAt + (DEFAULT_SETTINGS.planSpacingDays - 1) * DAY,
    );
    expect(after.find((s) => s.id === callBack.id)?.dueAt).toBe(callBack.dueAt);
    expect((await db.plans.get(plan.id))?.countedFrom).toBe(wroteAt);
  });
});

describe('completing a step', () => {
  it("records a hand-written thank-you note as sent, and leaves the plan's rhythm alone", async () => {
    const { db, plan, contact } = await withNotNowPlan();
    const steps = await listPlanSteps(db, plan.id);
    const note = steps.find((s) => s.kind === 'thank-you')!;
    const firstNudge = steps.find((s) => s.purpose === 'other')!;

    const touchId = await completeStep(db, note);

    expect((await db.reminders.get(note.id))?.status).toBe('done');
    expect(await db.touches.get(touchId!)).toMatchObject({
      contactId: contact.id,
      channel: 'letter',
      purpose: 'thank-you',
    });
    await followLastContact(db, DEFAULT_SETTINGS, ZONE);
    expect((await db.reminders.get(firstNudge.id))?.dueAt).toBe(firstNudge.dueAt);
  });

  it('records no touch for other steps', async () => {
    const { db, plan } = await withNotNowPlan();
    const email = (await listPlanSteps(db, plan.id)).find((s) => s.purpose === 'thank-you')!;

    expect(await completeStep(db, email)).toBeNull();
    expect(await db.touches.count()).toBe(0);
  });
});

describe('keep-in-touch rhythm', () => {
  it('creates one reminder when the rhythm breaks, counting from the last touch, and not while a plan runs', async () => {
    const db = freshDatabase();
    const quiet = aContact({
      name: 'Quiet',
      emails: ['q@x.example'],
      keepInTouchDays: 42,
      createdAt: now() - 200 * DAY,
    });
    const recent = aContact({
      name: 'Recent',
      emails: ['r@x.example'],
      keepInTouchDays: 42,
      createdAt: now() - 200 * DAY,
    });
    const none = aContact({ name: 'None', emails: ['n@x.example'], createdAt: now() - 200 * DAY });
    const planned = aContact({
      name: 'Planned',
      emails: ['p@x.example'],
      keepInTouchDays: 14,
      createdAt: now() - 200 * DAY,
    });
    await db.contacts.bulkAdd([quiet, recent, none, planned]);
    await db.plans.add({
      id: 'plan-1',
      contactId: planned.id,
      debriefId: null,
      status: 'paused',
      callBackAt: null,
      countedFrom: 0,
      pausedAt: now(),
      createdAt: 0,
      updatedAt: 0,
      endedAt: null,
    });
    await logTouch(db, {
      contactId: quiet.id,
      channel: 'email',
      purpose: 'other',
      subject: '',
      body: '',
      at: now() - 50 * DAY,
    });
    await logTouch(db, {
      contactId: recent.id,
      channel: 'email',
      purpose: 'other',
      subject: '',
      body: '',
      at: now() - 10 * DAY,
    });

    // A call-back months away does not silence the rhythm.
    const later = buildReminder({
      contactId: quiet.id,
      kind: 'call-back',
      dueAt: now() + 100 * DAY,
    });
    await db.reminders.add(later);

    expect(await ensureRhythmReminders(db, DEFAULT_SETTINGS, ZONE)).toBe(1);
    expect(await ensureRhythmReminders(db, DEFAULT_SETTINGS, ZONE)).toBe(0);

    const [reminder] = (await db.reminders.toArray()).filter((r) => r.id !== later.id);
    expect(reminder).toMatchObject({ contactId: quiet.id, purpose: 'other', kind: 'follow-up' });
    expect(reminder!.note).toMatch(/Keep in touch: about 7 weeks/);
    expect(reminder!.dueAt).toBeLessThanOrEqual(now());
  });

  it('counts their reply as contact: no reminder while the rhythm holds since it', async () => {
    const db = freshDatabase();
    const dana = aContact({ keepInTouchDays: 42, createdAt: now() - 200 * DAY });
    await db.contacts.add(dana);
    await logTouch(db, {
      contactId: dana.id,
      channel: 'email',
      purpose: 'other',
      subject: '',
      body: '',
      at: now() - 50 * DAY,
    });
    await recordReplies(db, {
      site: 'gmail',
      key: 'thread-f:2',
      title: 'Re: the rollout',
      readAt: now(),
      people: [
        {
          name: '',
          email: dana.emails[0]!,
          linkedInUrl: null,
          company: '',
          title: '',
          location: '',
          guessed: [],
          writing: '',
          lastWroteAt: now() - 5 * DAY,
        },
      ],
    });

    expect(await ensureRhythmReminders(db, DEFAULT_SETTINGS, ZONE)).toBe(0);
  });
});
