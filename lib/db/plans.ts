import { planSchema, type Plan } from '../model/plan';
import { reminderSchema, type Reminder } from '../model/reminder';
import type { Settings } from '../model/settings';
import { touchSchema } from '../model/touch';
import { parseOrThrow } from '../model/validation';
import type { PlanProposal, PlanStep, StepRole } from '../plan/plan-from-debrief';
import { rescheduleAfterContact } from '../plan/reschedule';
import { brokenRhythm } from '../plan/rhythm';
import { newId } from '../id';
import { now } from '../clock';
import { buildReminder } from './reminders';
import type { RapportDatabase } from './database';

const LIVE = ['open', 'snoozed', 'paused'] as const;

function isLive(reminder: Reminder): boolean {
  return (LIVE as readonly string[]).includes(reminder.status);
}

function stepReminder(step: PlanStep, contactId: string, planId: string, at: number): Reminder {
  return buildReminder(
    {
      contactId,
      kind: step.kind,
      dueAt: step.dueAt,
      note: step.note,
      planId,
      purpose: step.purpose,
      attachments: step.attachments,
    },
    at,
  );
}

/** The contact's running plan (active or paused), if any. */
export async function currentPlan(
  db: RapportDatabase,
  contactId: string,
): Promise<Plan | undefined> {
  const plans = await db.plans.where('contactId').equals(contactId).toArray();
  return plans
    .filter((plan) => plan.status !== 'ended')
    .sort((a, b) => b.createdAt - a.createdAt)[0];
}

/** A plan's steps, soonest first. */
export function listPlanSteps(db: RapportDatabase, planId: string): Promise<Reminder[]> {
  return db.reminders.where('planId').equals(planId).sortBy('dueAt');
}

/**
 * Accepts an edited proposal: the plan and one reminder per step, in one
 * transaction. A plan still running for the contact ends, its open steps
 * skipped, so two plans never nudge the same person.
 */
export async function acceptPlan(db: RapportDatabase, proposal: PlanProposal): Promise<Plan> {
  const at = now();
  if (proposal.steps.length === 0)
    throw new Error('The plan has no steps. Add one, or close the plan without accepting it.');

  const plan = parseOrThrow(
    planSchema,
    {
      id: newId(),
      contactId: proposal.contactId,
      debriefId: proposal.debriefId,
      status: 'active',
      callBackAt: proposal.callBackAt,
      countedFrom: at,
      pausedAt: null,
      createdAt: at,
      updatedAt: at,
      endedAt: null,
    },
    'Plan',
  );
  const reminders = proposal.steps.map((step) =>
    stepReminder(step, proposal.contactId, plan.id, at),
  );

  await db.transaction('rw', [db.contacts, db.plans, db.reminders], async () => {
    if (!(await db.contacts.get(proposal.contactId))) {
      throw new Error('That contact no longer exists, so the plan was not saved.');
    }

    const running = await currentPlan(db, proposal.contactId);
    if (running) await closePlan(db, running, 'skip', at);

    await db.plans.add(plan);
    await db.reminders.bulkAdd(reminders);
  });
  return plan;
}

async function changePlan(
  db: RapportDatabase,
  planId: string,
  change: (plan: Plan, steps: Reminder[], at: number) => Promise<Partial<Plan>>,
) {
  return db.transaction('rw', db.plans, db.reminders, async () => {
    const plan = await db.plans.get(planId);
    if (!plan)
      throw new Error('That plan no longer exists; it may have been changed in another window.');

    const at = now();
    const steps = await db.reminders.where('planId').equals(planId).toArray();
    const patch = await change(plan, steps, at);
    const next = parseOrThrow(planSchema, { ...plan, ...patch, updatedAt: at }, 'Plan');
    await db.plans.put(next);
    return next;
  });
}

async function putSteps(db: RapportDatabase, steps: Reminder[]): Promise<void> {
  await db.reminders.bulkPut(steps.map((step) => parseOrThrow(reminderSchema, step, 'Reminder')));
}

/** Pauses a plan: its open steps stop coming due until it resumes. */
export function pausePlan(db: RapportDatabase, planId: string): Promise<Plan> {
  return changePlan(db, planId, async (plan, steps, at) => {
    if (plan.status !== 'active') return {};

    await putSteps(
      db,
      steps
        .filter((s) => s.status === 'open' || s.status === 'snoozed')
        .map((s) => ({ ...s, status: 'paused' })),
    );
    return { status: 'paused', pausedAt: at };
  });
}

/** Resumes a paused plan; its steps move later by the time it was paused (the call-back keeps its agreed date). */
export function resumePlan(db: RapportDatabase, planId: string): Promise<Plan> {
  return changePlan(db, planId, async (plan, steps, at) => {
    if (plan.status !== 'paused') return {};

    const pausedFor = Math.max(0, at - (plan.pausedAt ?? at));
    await putSteps(
      db,
      steps
        .filter((s) => s.status === 'paused')
        .map((s) => {
          const dueAt = s.kind === 'call-back' ? s.dueAt : s.dueAt + pausedFor;
          return { ...s, status: 'open', dueAt, firstDueAt: dueAt, notifiedAt: null };
        }),
    );
    return { status: 'active', pausedAt: null };
  });
}

async function closePlan(
  db: RapportDatabase,
  plan: Plan,
  remaining: 'skip' | 'keep',
  at: number,
): Promise<void> {
  const steps = (await db.reminders.where('planId').equals(plan.id).toArray()).filter(isLive);
  await putSteps(
    db,
    steps.map((s) =>
      remaining === 'skip'
        ? { ...s, status: 'skipped', closedAt: at }
        : { ...s, planId: null, status: s.status === 'paused' ? 'open' : s.status },
    ),
  );
  await db.plans.put(
    parseOrThrow(planSchema, { ...plan, status: 'ended', endedAt: at, updatedAt: at }, 'Plan'),
  );
}

/** Ends a plan; its remaining steps are skipped, or kept as plain reminders. */
export async function endPlan(
  db: RapportDatabase,
  planId: string,
  remaining: 'skip' | 'keep',
): Promise<void> {
  await db.transaction('rw', db.plans, db.reminders, async () => {
    const plan = await db.plans.get(planId);
    if (!plan)
      throw new Error('That plan no longer exists; it may have been ended in another window.');
    await closePlan(db, plan, remaining, now());
  });
}

/**
 * Saves an edit of a running plan's remaining steps: a step whose key is a
 * reminder of the plan is moved or reworded; a new key adds a step; a live
 * step left out is skipped. One transaction.
 */
export function updatePlanSteps(
  db: RapportDatabase,
  planId: string,
  edited: readonly PlanStep[],
): Promise<Plan> {
  return changePlan(db, planId, async (plan, steps, at) => {
    const byId = new Map(steps.map((s) => [s.id, s]));
    const keep = new Set(edited.map((step) => step.key));
    const paused = plan.status === 'paused';

    const changed: Reminder[] = edited.map((step) => {
      const existing = byId.get(step.key);
      if (!existing) {
        const added = stepReminder(step, plan.contactId, planId, at);
        return paused ? { ...added, status: 'paused' } : added;
      }
      const moved = existing.dueAt !== step.dueAt;
      return {
        ...existing,
        dueAt: step.dueAt,
        firstDueAt: moved ? step.dueAt : existing.firstDueAt,
        note: step.note,
        notifiedAt: moved ? null : existing.notifiedAt,
      };
    });
    const dropped = steps
      .filter((s) => isLive(s) && !keep.has(s.id))
      .map((s) => ({ ...s, status: 'skipped' as const, closedAt: at }));
    await putSteps(db, [...changed, ...dropped]);

    const callBack = edited.find((step) => step.kind === 'call-back');
    return { callBackAt: callBack ? callBack.dueAt : null };
  });
}

/** What a plan's reminder is for in the blend, read back from its kind and draft purpose. */
export function roleOf(step: Reminder): StepRole {
  if (step.kind === 'call-back') return 'call-back';
  if (isHandwrittenNote(step)) return 'thank-you-note';
  if (step.purpose === 'thank-you') return 'thank-you-email';
  if (step.purpose === 'value-proposition') return 'value';
  return step.purpose === null ? 'check-in' : 'helpful';
}

/** A running plan's live steps as editable plan steps (the key is the reminder's id). */
export function stepsForEditing(steps: readonly Reminder[]): PlanStep[] {
  return steps.filter(isLive).map((s) => ({
    key: s.id,
    role: roleOf(s),
    kind: s.kind,
    purpose: s.purpose,
    dueAt: s.dueAt,
    note: s.note,
    attachments: s.attachments,
  }));
}

/**
 * The rhythm counts from the last contact: for each active plan whose
 * contact was touched since the plan last counted, the open nudges move
 * (lib/plan/reschedule.ts). Run by the service worker's recount. Returns
 * how many plans changed.
 */
export async function followLastContact(
  db: RapportDatabase,
  settings: Settings,
  timeZone: string,
): Promise<number> {
  const plans = await db.plans.where('status').equals('active').toArray();
  let changed = 0;

  for (const plan of plans) {
    await db.transaction('rw', db.plans, db.reminders, db.touches, async () => {
      // The thank-you opens the plan; the rhythm counts from the touches after it.
      const touches = await db.touches
        .where('[contactId+at]')
        .between([plan.contactId, -Infinity], [plan.contactId, Infinity])
        .toArray();
      const last = touches.filter((touch) => touch.purpose !== 'thank-you').at(-1);
      if (!last || last.at <= plan.countedFrom) return;

      const steps = await db.reminders.where('planId').equals(plan.id).toArray();
      const { moves, skips } = rescheduleAfterContact(
        steps,
        last.at,
        plan.callBackAt,
        settings.planSpacingDays,
        timeZone,
      );
      const at = now();
      const byId = new Map(steps.map((s) => [s.id, s]));
      const updated = [
        ...moves.flatMap(({ id, dueAt }) => {
          const step = byId.get(id);
          return step ? [{ ...step, dueAt, firstDueAt: dueAt, notifiedAt: null }] : [];
        }),
        ...skips.flatMap((id) => {
          const step = byId.get(id);
          return step ? [{ ...step, status: 'skipped' as const, closedAt: at }] : [];
        }),
      ];
      await putSteps(db, updated);
      await db.plans.put(
        parseOrThrow(planSchema, { ...plan, countedFrom: last.at, updatedAt: at }, 'Plan'),
      );
      if (updated.length > 0) changed += 1;
    });
  }
  return changed;
}

/**
 * Creates a reminder for each contact whose keep-in-touch rhythm is broken
 * (lib/plan/rhythm.ts), counting from the last touch or the last reminder
 * they closed. Run by the service worker's recount. Returns how many.
 */
export async function ensureRhythmReminders(
  db: RapportDatabase,
  settings: Settings,
  timeZone: string,
): Promise<number> {
  const at = now();

  return db.transaction('rw', [db.contacts, db.plans, db.reminders, db.touches], async () => {
    const contacts = await db.contacts.filter((c) => c.keepInTouchDays !== null).toArray();
    const created: Reminder[] = [];

    for (const contact of contacts) {
      const reminders = await db.reminders.where('contactId').equals(contact.id).toArray();
      const plans = await db.plans.where('contactId').equals(contact.id).toArray();
      const lastTouch = await db.touches
        .where('[contactId+at]')
        .between([contact.id, -Infinity], [contact.id, Infinity])
        .last();
      const closed = reminders.flatMap((r) =>
        r.status === 'done' && r.closedAt !== null ? [r.closedAt] : [],
      );
      const lastContactAt = Math.max(lastTouch?.at ?? -1, ...closed);

      const nudge = brokenRhythm(
        {
          contact,
          lastContactAt: lastContactAt >= 0 ? lastContactAt : null,
          hasPlan: plans.some((p) => p.status !== 'ended'),
          // Only one already due counts: a call-back months away must not silence the rhythm.
          hasOpenReminder: reminders.some(
            (r) => (r.status === 'open' || r.status === 'snoozed') && r.dueAt <= at,
          ),
        },
        at,
        settings.planHour,
        timeZone,
      );
      if (!nudge) continue;

      const weeks = Math.round(nudge.daysSince / 7);
      created.push(
        buildReminder(
          {
            contactId: contact.id,
            kind: 'follow-up',
            dueAt: nudge.dueAt,
            note: `Keep in touch: about ${weeks} week${weeks === 1 ? '' : 's'} since your last contact (your rhythm is every ${contact.keepInTouchDays} days).`,
            purpose: 'other',
          },
          at,
        ),
      );
    }
    await db.reminders.bulkAdd(created);
    return created.length;
  });
}

/** A plan's reminder to write a thank-you note by hand: something done on paper, not drafted. */
export function isHandwrittenNote(reminder: Reminder): boolean {
  return reminder.kind === 'thank-you' && reminder.purpose === null;
}

/**
 * Marks a reminder done; for a hand-written thank-you note it also records
 * that the note was sent (DOMAIN.md), in the same transaction. Returns the
 * touch it recorded, so undo can take it back.
 */
export async function completeStep(
  db: RapportDatabase,
  reminder: Reminder,
): Promise<string | null> {
  return db.transaction('rw', db.reminders, db.touches, async () => {
    const current = await db.reminders.get(reminder.id);
    if (!current) throw new Error('That reminder no longer exists.');

    const at = now();
    await putSteps(db, [{ ...current, status: 'done', closedAt: at }]);
    if (!isHandwrittenNote(current)) return null;

    const touch = parseOrThrow(
      touchSchema,
      {
        id: newId(),
        contactId: reminder.contactId,
        channel: 'letter',
        purpose: 'thank-you',
        at,
        subject: 'Hand-written thank-you note',
        body: '',
      },
      'Touch',
    );
    await db.touches.add(touch);
    return touch.id;
  });
}

/** What "Add to plan" did with an article: the step it now rides on, or why nothing changed. */
export type AddToPlanResult =
  | { ok: true; step: Reminder }
  | { ok: false; reason: 'no-plan' | 'already-planned' | 'no-helpful-step' };

/**
 * Puts a library piece on the contact's running plan, so the draft for that
 * step comes with it: on the helpful step carrying the fewest pieces, the
 * earliest of those, so several picks spread over the plan instead of
 * piling on one message. One transaction; nothing changes when there is no
 * running plan, no helpful step left, or the piece is already planned.
 */
export async function addToNextHelpfulStep(
  db: RapportDatabase,
  contactId: string,
  attachment: Reminder['attachments'][number],
): Promise<AddToPlanResult> {
  return db.transaction('rw', db.plans, db.reminders, async (): Promise<AddToPlanResult> => {
    const plan = await currentPlan(db, contactId);
    if (!plan) return { ok: false, reason: 'no-plan' };

    const live = (await listPlanSteps(db, plan.id)).filter(isLive);
    if (live.some((step) => step.attachments.some((a) => a.id === attachment.id))) {
      return { ok: false, reason: 'already-planned' };
    }

    const helpful = live.filter((step) => roleOf(step) === 'helpful');
    const fewest = Math.min(...helpful.map((step) => step.attachments.length));
    const target = helpful.find((step) => step.attachments.length === fewest);
    if (!target) return { ok: false, reason: 'no-helpful-step' };

    const attachments = [...target.attachments, attachment];
    const titles = attachments.map((a) => `"${a.title}"`).join(' and ');
    const note = `Send ${titles}: ${attachments.length > 1 ? 'they help' : 'it helps'} with what they want.`;
    const step = parseOrThrow(reminderSchema, { ...target, attachments, note }, 'Reminder');
    await db.reminders.put(step);
    return { ok: true, step };
  });
}

/** Undoes addToNextHelpfulStep: takes that one piece off the step, leaving whatever else changed since. */
export async function removeFromPlanStep(
  db: RapportDatabase,
  stepId: string,
  attachmentId: string,
): Promise<void> {
  await db.transaction('rw', db.reminders, async () => {
    const step = await db.reminders.get(stepId);
    if (!step) return;

    const attachments = step.attachments.filter((a) => a.id !== attachmentId);
    const titles = attachments.map((a) => `"${a.title}"`).join(' and ');
    const note =
      attachments.length > 0
        ? `Send ${titles}: ${attachments.length > 1 ? 'they help' : 'it helps'} with what they want.`
        : step.note;
    await db.reminders.put(
      parseOrThrow(reminderSchema, { ...step, attachments, note }, 'Reminder'),
    );
  });
}
