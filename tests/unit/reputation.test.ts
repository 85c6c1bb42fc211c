import { describe, expect, it } from 'vitest';
import { followUpReputation, longestWithoutTouch } from '@/lib/plan/reputation';
import type { Reminder } from '@/lib/model/reminder';
import { aContact, aReminder } from '../factories';

const DAY = 86_400_000;
const HOUR = 3_600_000;
const NOW = Date.parse('2026-12-03T15:00:00Z');

function history(
  entries: [dueDaysAgo: number, status: Reminder['status'], closedHoursAfterDue: number | null][],
): Reminder[] {
  return entries.map(([daysAgo, status, closedAfter]) => {
    const due = NOW - daysAgo * DAY;
    return aReminder('c', {
      dueAt: due,
      firstDueAt: due,
      status,
      closedAt: closedAfter === null ? null : due + closedAfter * HOUR,
    });
  });
}

describe('followUpReputation', () => {
  it('counts on time, late and missed over the last 90 days, with a day of grace', () => {
    const reminders = history([
      [10, 'done', 2], // on time
      [20, 'done', 24], // on time: exactly at the grace
      [30, 'done', 25], // late
      [40, 'skipped', 5], // skipped after coming due: missed
      [50, 'open', null], // still open, past the grace: missed
      [60, 'done', -48], // done early: on time
      [89, 'done', 1], // on time, inside the window
      [95, 'done', 1], // outside the window: not counted
      [-3, 'open', null], // not due yet: not counted
      [0.5, 'open', null], // due, grace not over: not judged yet
      [15, 'skipped', -24], // skipped before it came due (an ended plan): not judged
    ]);

    const reputation = followUpReputation(reminders, NOW);

    expect(reputation).toMatchObject({ judged: 7, onTime: 4, late: 1, missed: 2 });
    expect(reputation.share).toBeCloseTo(4 / 7);
    expect(reputation.label).toBe('doubtful it will get done');
  });

  it.each([
    [10, 0, 'always and promptly'],
    [9, 1, 'always and promptly'],
    [8, 2, 'usually fairly timely'],
    [6, 4, 'usually fairly timely'],
    [5, 5, 'doubtful it will get done'],
  ] as const)('calls %i on time and %i late "%s"', (onTime, late, label) => {
    const reminders = history([
      ...Array.from({ length: onTime }, (_, i) => [i + 1, 'done', 1] as [number, 'done', number]),
      ...Array.from({ length: late }, (_, i) => [i + 20, 'done', 72] as [number, 'done', number]),
    ]);

    expect(followUpReputation(reminders, NOW).label).toBe(label);
  });

  it('judges nothing when nothing came due', () => {
    expect(followUpReputation([], NOW)).toMatchObject({ judged: 0, share: null, label: null });
  });
});

describe('longestWithoutTouch', () => {
  it('lists the contacts gone longest without a touch first, counting the never-touched from when they were added', () => {
    const dana = aContact({ name: 'Dana', createdAt: NOW - 100 * DAY });
    const marcus = aContact({
      name: 'Marcus',
      emails: ['m@x.example'],
      createdAt: NOW - 300 * DAY,
    });
    const priya = aContact({ name: 'Priya', emails: ['p@x.example'], createdAt: NOW - 10 * DAY });
    const elena = aContact({
      name: 'Elena',
      emails: ['e@x.example'],
      stage: 'colleague',
      createdAt: NOW - 900 * DAY,
    });
    const touches = new Map([
      [marcus.id, NOW - 5 * DAY],
      [dana.id, NOW - 60 * DAY],
    ]);

    const list = longestWithoutTouch([dana, marcus, priya, elena], touches, NOW);

    expect(list.map((n) => [n.contact.name, n.days, n.lastTouchAt === null])).toEqual([
      ['Dana', 60, false],
      ['Priya', 10, true],
      ['Marcus', 5, false],
    ]);
  });
});
