import { describe, expect, it } from 'vitest';
import { parseGmailDate } from '@/lib/page/parse-gmail-date';

const NEW_YORK = 'America/New_York';
const LONDON = 'Europe/London';
const utc = (month: number, day: number, hour: number, minute: number, year = 2026) =>
  Date.UTC(year, month - 1, day, hour, minute);

describe('parseGmailDate', () => {
  it.each([
    ['Tue, Dec 1, 2026, 3:04 PM', NEW_YORK, utc(12, 1, 20, 4)],
    ['Tue, Dec 1, 2026, 3:04 PM', LONDON, utc(12, 1, 15, 4)],
    ['Mon, Nov 10, 2026, 9:10 AM', LONDON, utc(11, 10, 9, 10)],
    ['Thu, Dec 3, 2026, 8:05 AM', NEW_YORK, utc(12, 3, 13, 5)],
    ['Tue, Dec 1, 2026 at 3:04 PM', NEW_YORK, utc(12, 1, 20, 4)],
    ['Tue, Dec 1, 2026, 3:04\u202fPM', NEW_YORK, utc(12, 1, 20, 4)],
    ['Tue,\u00a0Dec\u00a01,\u00a02026,\u00a03:04\u00a0pm', NEW_YORK, utc(12, 1, 20, 4)],
    ['Dec 1, 2026, 3:04 PM', NEW_YORK, utc(12, 1, 20, 4)],
    ['Tuesday, December 1, 2026, 3:04 PM', NEW_YORK, utc(12, 1, 20, 4)],
    ['Tue, 1 Dec 2026, 15:04', LONDON, utc(12, 1, 15, 4)],
    ['Tue, 1 Sept 2026 at 15:04', LONDON, utc(9, 1, 14, 4)],
    ['Tue, Dec 1, 2026, 15:04:30', LONDON, utc(12, 1, 15, 4) + 30_000],
    ['Fri, Jan 1, 2027, 12:00 AM', LONDON, utc(1, 1, 0, 0, 2027)],
    ['Fri, Jan 1, 2027, 12:30 PM', LONDON, utc(1, 1, 12, 30, 2027)],
    // Summer time on each side of the Atlantic.
    ['Sun, Mar 8, 2026, 3:30 AM', NEW_YORK, utc(3, 8, 7, 30)],
    ['Mon, Jun 1, 2026, 9:00 AM', LONDON, utc(6, 1, 8, 0)],
  ])('reads "%s" in %s', (title, zone, expected) => {
    expect(parseGmailDate(title, zone)).toBe(expected);
  });

  it.each([
    ['another language', 'Di., 1. Dez. 2026, 15:04'],
    ['French', 'mar. 1 déc. 2026, 15:04'],
    ['the short form shown in the list', '3:04 PM (2 days ago)'],
    ['a date without a time', 'Tue, Dec 1, 2026'],
    ['a date without a year', 'Dec 1, 3:04 PM'],
    ['a day the month does not have', 'Mon, Feb 30, 2026, 9:00 AM'],
    ['an hour past twelve with PM', 'Tue, Dec 1, 2026, 15:04 PM'],
    ['an hour past the day', 'Tue, 1 Dec 2026, 24:10'],
    ['a minute past the hour', 'Tue, Dec 1, 2026, 3:60 PM'],
    ['a word that is no weekday', 'Blue, Dec 1, 2026, 3:04 PM'],
    ['a word that is no month', 'Tue, Dek 1, 2026, 3:04 PM'],
    ['nothing', ''],
  ])('gives null for %s', (_, title) => {
    expect(parseGmailDate(title, LONDON)).toBeNull();
  });

  it('gives null for a time zone it does not know', () => {
    expect(parseGmailDate('Tue, Dec 1, 2026, 3:04 PM', 'Nowhere/Atlantis')).toBeNull();
  });
});
