import { addDays, isWeekend, nextMonday, setHours, startOfDay } from 'date-fns';
import { tz } from '@date-fns/tz';

/**
 * The moment `days` calendar days after `from`, at `hour`:00 on the wall
 * clock of `timeZone`. Counting calendar days in the zone (not 24-hour
 * steps) keeps 9:00 at 9:00 across a daylight-saving change.
 */
export function localDayAt(from: number, days: number, hour: number, timeZone: string): number {
  const zone = { in: tz(timeZone) };
  return setHours(startOfDay(addDays(from, days, zone), zone), hour, zone).getTime();
}

/** Moves a Saturday or Sunday to the Monday after, same hour: business mail lands on a working day. */
export function onWorkingDay(at: number, timeZone: string): number {
  const zone = { in: tz(timeZone) };
  if (!isWeekend(at, zone)) return at;

  const monday = nextMonday(at, zone);
  return setHours(startOfDay(monday, zone), hourIn(at, timeZone), zone).getTime();
}

/** The wall-clock hour of `at` in `timeZone`. */
export function hourIn(at: number, timeZone: string): number {
  return Number(
    new Intl.DateTimeFormat('en-GB', { hour: '2-digit', hourCycle: 'h23', timeZone }).format(at),
  );
}

/** A working day `days` after `from` at `hour` local time. */
export function workingDayAt(from: number, days: number, hour: number, timeZone: string): number {
  return onWorkingDay(localDayAt(from, days, hour, timeZone), timeZone);
}

/** The user's time zone, as the browser knows it. */
export function localTimeZone(): string {
  return Intl.DateTimeFormat().resolvedOptions().timeZone;
}
