import { z } from 'zod';

export const PLAN_STATUSES = ['active', 'paused', 'ended'] as const;
export const planStatusSchema = z.enum(PLAN_STATUSES);
export type PlanStatus = z.infer<typeof planStatusSchema>;

/**
 * A follow-up plan: a blend of helpful touches until the call-back. Its
 * steps are reminders carrying `planId`, so Today and the badge need
 * nothing new to show them.
 */
export const planSchema = z.object({
  id: z.string().min(1),
  contactId: z.string().min(1),
  debriefId: z.string().min(1).nullable(),
  status: planStatusSchema,
  /** The agreed call-back, if any; the plan's nudges fill the time before it. */
  callBackAt: z.number().int().nonnegative().nullable(),
  /** The last contact the steps were counted from (a touch or a reply); moves forward only. */
  countedFrom: z.number().int().nonnegative(),
  pausedAt: z.number().int().nonnegative().nullable(),
  createdAt: z.number().int().nonnegative(),
  updatedAt: z.number().int().nonnegative(),
  endedAt: z.number().int().nonnegative().nullable(),
});
export type Plan = z.infer<typeof planSchema>;
