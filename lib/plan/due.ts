import { endOfDay, startOfDay } from 'date-fns';
import type { Reminder } from '../model/reminder';

/**
 * Due means: still to do (open, or snoozed with the snooze over) and its
 * time has come. Exactly at the due time counts as due.
 */
export function isDue(reminder: Reminder, at: number): boolean {
  const active = reminder.status === 'open' || reminder.status === 'snoozed';
  return active && reminder.dueAt <= at;
}

export function countDue(reminders: readonly Reminder[], at: number): number {
  return reminders.filter((reminder) => isDue(reminder, at)).length;
}

/** The badge text: nothing at zero, the count up to 99, then "99+". */
export function badgeText(count: number): string {
  if (count <= 0) return '';
  return count > 99 ? '99+' : String(count);
}

export interface TodayGroups {
  /** Due before today began. */
  overdue: Reminder[];
  /** Due at any time today, including later today. */
  today: Reminder[];
  /** After today. */
  upcoming: Reminder[];
}

/** Sorts active reminders into the three parts of the "Today" view, soonest first. */
export function groupForToday(reminders: readonly Reminder[], at: number): TodayGroups {
  const dayStart = startOfDay(at).getTime();
  const dayEnd = endOfDay(at).getTime();
  const groups: TodayGroups = { overdue: [], today: [], upcoming: [] };

  const active = reminders
    .filter((r) => r.status === 'open' || r.status === 'snoozed')
    .sort((a, b) => a.dueAt - b.dueAt);

  for (const reminder of active) {
    if (reminder.dueAt < dayStart) groups.overdue.push(reminder);
    else if (reminder.dueAt <= dayEnd) groups.today.push(reminder);
    else groups.upcoming.push(reminder);
  }
  return groups;
}
