import { z } from 'zod';
import { draftAttachmentSchema } from './attachment';
import { purposeSchema } from './touch';

export const REMINDER_KINDS = ['call-back', 'follow-up', 'promise', 'thank-you'] as const;
export const reminderKindSchema = z.enum(REMINDER_KINDS);
export type ReminderKind = z.infer<typeof reminderKindSchema>;

export const REMINDER_KIND_LABELS: Record<ReminderKind, string> = {
  'call-back': 'Call back',
  'follow-up': 'Follow up',
  promise: 'Keep a promise',
  'thank-you': 'Thank-you note',
};

/** `paused`: a step of a paused plan; not due, not counted, back to open when the plan resumes. */
export const REMINDER_STATUSES = ['open', 'done', 'snoozed', 'skipped', 'paused'] as const;
export const reminderStatusSchema = z.enum(REMINDER_STATUSES);
export type ReminderStatus = z.infer<typeof reminderStatusSchema>;

export const reminderSchema = z.object({
  id: z.string().min(1),
  contactId: z.string().min(1),
  kind: reminderKindSchema,
  /** When it next comes due: the original time, or the end of a snooze. */
  dueAt: z.number().int().nonnegative(),
  /** When it was first due, kept through snoozes to judge "done on time". */
  firstDueAt: z.number().int().nonnegative(),
  status: reminderStatusSchema,
  note: z.string().max(5_000),
  createdAt: z.number().int().nonnegative(),
  /** When it was marked done or skipped. */
  closedAt: z.number().int().nonnegative().nullable(),
  /** When a notification was shown for the current due time, so it is shown once. */
  notifiedAt: z.number().int().nonnegative().nullable(),
  /** The follow-up plan this is a step of (database v3); null for a plain reminder. */
  planId: z.string().min(1).nullable().default(null),
  /** The draft to open for it, when it is something to write (database v3). */
  purpose: purposeSchema.nullable().default(null),
  /** What the draft should carry: an article, a tip (database v3). */
  attachments: z.array(draftAttachmentSchema).max(20).default([]),
});

export type Reminder = z.infer<typeof reminderSchema>;
