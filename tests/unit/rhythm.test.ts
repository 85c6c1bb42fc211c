import { describe, expect, it } from 'vitest';
import { brokenRhythm } from '@/lib/plan/rhythm';
import { aContact } from '../factories';

const DAY = 86_400_000;
const ZONE = 'America/New_York';
// Thursday 3 December 2026, 15:00 in New York.
const NOW = Date.parse('2026-12-03T20:00:00Z');

describe('brokenRhythm', () => {
  const every6Weeks = aContact({ keepInTouchDays: 42, createdAt: NOW - 300 * DAY });

  it.each([
    ['the last touch was 50 days ago', { lastContactAt: NOW - 50 * DAY }, true],
    ['the last touch was 30 days ago', { lastContactAt: NOW - 30 * DAY }, false],
    ['they were never touched and were added 300 days ago', { lastContactAt: null }, true],
    ['a plan is running', { lastContactAt: NOW - 50 * DAY, hasPlan: true }, false],
    ['a reminder already waits', { lastContactAt: NOW - 50 * DAY, hasOpenReminder: true }, false],
  ] as const)('reminds when %s: %s', (_, facts, expected) => {
    const nudge = brokenRhythm(
      { contact: every6Weeks, hasPlan: false, hasOpenReminder: false, ...facts },
      NOW,
      9,
      ZONE,
    );

    expect(nudge !== null).toBe(expected);
  });

  it('never reminds for a contact with no rhythm', () => {
    expect(
      brokenRhythm(
        { contact: aContact(), lastContactAt: null, hasPlan: false, hasOpenReminder: false },
        NOW + 999 * DAY,
        9,
        ZONE,
      ),
    ).toBeNull();
  });

  it('dates the reminder when the rhythm broke, at 9:00 on a working day', () => {
    // 42 days after Monday 19 October 2026 is Monday 30 November.
    const nudge = brokenRhythm(
      {
        contact: every6Weeks,
        lastContactAt: Date.parse('2026-10-19T16:00:00Z'),
        hasPlan: false,
        hasOpenReminder: false,
      },
      NOW,
      9,
      ZONE,
    );

    expect(nudge).toEqual({
      contactId: every6Weeks.id,
      dueAt: Date.parse('2026-11-30T14:00:00Z'),
      daysSince: 45,
    });
  });
});
