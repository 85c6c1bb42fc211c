import { differenceInCalendarDays, format, isSameYear } from 'date-fns';

/** "Today 17:00", "Yesterday 09:00", "Mon 3 Mar 10:00", with the year only when it differs. */
export function formatDue(at: number, reference: number): string {
  const days = differenceInCalendarDays(at, reference);
  const time = format(at, 'HH:mm');

  if (days === 0) return `Today ${time}`;
  if (days === -1) return `Yesterday ${time}`;
  if (days === 1) return `Tomorrow ${time}`;
  return isSameYear(at, reference)
    ? format(at, `EEE d MMM '${time}'`)
    : format(at, `d MMM yyyy '${time}'`);
}

/** "3 Mar 2026" for histories. */
export function formatDay(at: number): string {
  return format(at, 'd MMM yyyy');
}

/** The value a datetime-local input wants, in local time. */
export function toDateTimeInput(at: number): string {
  return format(at, "yyyy-MM-dd'T'HH:mm");
}

/** Parses a datetime-local input's value; NaN when it is empty or incomplete. */
export function fromDateTimeInput(value: string): number {
  if (!/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}/.test(value)) return Number.NaN;
  return new Date(value).getTime();
}
