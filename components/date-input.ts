import { format } from 'date-fns';

/** The value a date input wants, in local time. */
export function toDateInput(at: number): string {
  return format(at, 'yyyy-MM-dd');
}

/** A date input's value as local noon (a day, not a moment); NaN when empty or incomplete. */
export function fromDateInput(value: string): number {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (!match) return Number.NaN;
  return new Date(Number(match[1]), Number(match[2]) - 1, Number(match[3]), 12).getTime();
}
