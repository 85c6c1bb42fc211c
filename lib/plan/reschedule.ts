import { differenceInCalendarDays } from 'date-fns';
import { tz } from '@date-fns/tz';
import type { Reminder } from '../model/reminder';
import { hourIn, workingDayAt } from './local-time';

export interface Reschedule {
  /** Steps that move, with their new due time. */
  moves: { id: string; dueAt: number }[];
  /** Steps that no longer fit before the call-back. */
  skips: string[];
}

/**
 * After a contact (a touch logged, or their reply), the plan's open nudges
 * move so the next one is at least `spacingDays` after it: the rhythm counts
 * from the last contact, not from the plan's start. Later nudges keep their
 * distance from each other; ones that would run into the call-back are
 * squeezed in before it, and those that cannot fit `minGapDays` apart are
 * skipped. Steps only ever move later. The call-back, the thank-you and
 * hand-done steps (no draft purpose) stay where they are.
 */
export function rescheduleAfterContact(
  steps: readonly Reminder[],
  lastContactAt: number,
  callBackAt: number | null,
  spacingDays: number,
  timeZone: string,
): Reschedule {
  const zone = { in: tz(timeZone) };
  const nudges = steps
    .filter(
      (step) =>
        step.status === 'open' &&
        step.kind !== 'call-back' &&
        step.purpose !== null &&
        step.purpose !== 'thank-you',
    )
    .sort((a, b) => a.dueAt - b.dueAt);
  const first = nudges[0];
  if (!first) return { moves: [], skips: [] };

  const hour = hourIn(first.dueAt, timeZone);
  const earliest = workingDayAt(lastContactAt, spacingDays, hour, timeZone);
  if (first.dueAt >= earliest) return { moves: [], skips: [] };

  // Keep each nudge's offset in calendar days from the first one.
  const shifted = nudges.map((step) => ({
    step,
    dueAt: workingDayAt(
      earliest,
      differenceInCalendarDays(step.dueAt, first.dueAt, zone),
      hourIn(step.dueAt, timeZone),
      timeZone,
    ),
  }));
  const runsIntoCallBack = callBackAt !== null && shifted.some(({ dueAt }) => dueAt >= callBackAt);
  if (!runsIntoCallBack || callBackAt === null) {
    return { moves: shifted.map(({ step, dueAt }) => ({ id: step.id, dueAt })), skips: [] };
  }

  // Squeeze in before the call-back what fits `minGap` apart: keep the first
  // ones and the last (value material, when there is any), skip the rest.
  const room = differenceInCalendarDays(callBackAt, earliest, zone);
  const minGap = Math.max(1, Math.floor(spacingDays / 2));
  const fit = room <= 0 ? 0 : Math.min(nudges.length, Math.floor((room - 1) / minGap) + 1);
  const last = nudges[nudges.length - 1];
  const kept = fit === 0 || !last ? [] : [...nudges.slice(0, fit - 1), last];
  const interval = fit > 0 ? Math.max(minGap, room / fit) : 0;

  return {
    moves: kept.map((step, index) => ({
      id: step.id,
      dueAt: workingDayAt(
        earliest,
        Math.round(index * interval),
        hourIn(step.dueAt, timeZone),
        timeZone,
      ),
    })),
    skips: nudges.filter((step) => !kept.includes(step)).map((step) => step.id),
  };
}
