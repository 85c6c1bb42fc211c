import { TZDateMini } from '@date-fns/tz';

const MONTHS: Readonly<Record<string, number>> = {
  jan: 1,
  january: 1,
  feb: 2,
  february: 2,
  mar: 3,
  march: 3,
  apr: 4,
  april: 4,
  may: 5,
  jun: 6,
  june: 6,
  jul: 7,
  july: 7,
  aug: 8,
  august: 8,
  sep: 9,
  sept: 9,
  september: 9,
  oct: 10,
  october: 10,
  nov: 11,
  november: 11,
  dec: 12,
  december: 12,
};
const WEEKDAYS = new Set(
  'mon monday tue tues tuesday wed wednesday thu thur thurs thursday fri friday sat saturday sun sunday'.split(
    ' ',
  ),
);

// "Tue, Dec 1, 2026, 3:04 PM" (en-US, seen 2026-12), "Tue, Dec 1, 2026 at 3:04 PM"
// (older en-US), "Tue, 1 Dec 2026, 15:04" (en-GB): an optional weekday, the day and
// month either way round, a four-digit year, then the time.
const WEEKDAY = String.raw`(?:([a-z]+)\.?,?\s+)?`;
const MONTH_FIRST = String.raw`([a-z]+)\.?\s+(\d{1,2}),?\s+(\d{4})`;
const DAY_FIRST = String.raw`(\d{1,2})\s+([a-z]+)\.?,?\s+(\d{4})`;
const TIME = String.raw`(?:,\s*|\s+at\s+|\s+)(\d{1,2}):(\d{2})(?::(\d{2}))?\s*(am|pm|a\.m\.|p\.m\.)?`;
const US = new RegExp(`^${WEEKDAY}${MONTH_FIRST}${TIME}$`, 'i');
const UK = new RegExp(`^${WEEKDAY}${DAY_FIRST}${TIME}$`, 'i');

/**
 * The moment a Gmail message was sent, from the full date Gmail shows in
 * the title of its date ("Tue, Dec 1, 2026, 3:04 PM"), read on the wall
 * clock of `timeZone` (Gmail shows dates in the browser's zone). English
 * formats only: anything else (another language, "3:04 PM (2 days ago)",
 * an impossible date) is null, never a guess.
 */
export function parseGmailDate(title: string, timeZone: string): number | null {
  // Newer ICU puts a narrow no-break space before AM/PM (Chrome 110+).
  const text = title.replace(/[\u00a0\u202f\s]+/g, ' ').trim();
  const us = US.exec(text);
  const uk = us ? null : UK.exec(text);
  if (!us && !uk) return null;

  const [weekday, month, day, year] = us
    ? [us[1], us[2], us[3], us[4]]
    : [uk?.[1], uk?.[3], uk?.[2], uk?.[4]];
  const [hourText, minuteText, secondText, meridiem] = (us ?? uk)?.slice(5, 9) ?? [];

  // The weekday is only checked to be English: it repeats what the date says.
  if (weekday !== undefined && !WEEKDAYS.has(weekday.toLowerCase())) return null;
  const monthNumber = MONTHS[(month ?? '').toLowerCase()];
  if (monthNumber === undefined) return null;

  const fields = {
    year: Number(year),
    month: monthNumber,
    day: Number(day),
    hour: to24Hour(Number(hourText), meridiem),
    minute: Number(minuteText),
    second: secondText === undefined ? 0 : Number(secondText),
  };
  if (fields.hour === null || fields.minute > 59 || fields.second > 59) return null;
  if (fields.day < 1 || fields.day > daysIn(fields.year, fields.month)) return null;

  const at = new TZDateMini(
    fields.year,
    fields.month - 1,
    fields.day,
    fields.hour,
    fields.minute,
    fields.second,
    timeZone,
  ).getTime();
  return Number.isFinite(at) && at >= 0 ? at : null;
}

function to24Hour(hour: number, meridiem: string | undefined): number | null {
  if (meridiem === undefined) return hour <= 23 ? hour : null;
  if (hour < 1 || hour > 12) return null;

  const pm = meridiem.toLowerCase().startsWith('p');
  return (hour % 12) + (pm ? 12 : 0);
}

function daysIn(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}
