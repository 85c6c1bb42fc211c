import { describe, expect, it } from 'vitest';
import { badgeText, countDue, groupForToday, isDue } from '@/lib/plan/due';
import type { Reminder } from '@/lib/model/reminder';
import { aReminder } from '../factories';

const NOW = new Date(2026, 11, 3, 15, 0).getTime();
const HOUR = 3_600_000;

function reminder(overrides: Partial<Reminder>): Reminder {
  return aReminder('contact-1', overrides);
}

describe('isDue', () => {
  it.each([
    ['an open reminder due exactly now', { status: 'open', dueAt: NOW }, true],
    ['an open reminder due a millisecond from now', { status: 'open', dueAt: NOW + 1 }, false],
    ['an open reminder due yesterday', { status: 'open', dueAt: NOW - 24 * HOUR }, true],
    ['a reminder snoozed until later', { status: 'snoozed', dueAt: NOW + HOUR }, false],
    ['a reminder whose snooze ended', { status: 'snoozed', dueAt: NOW - 1 }, true],
    ['a done reminder that was due', { status: 'done', dueAt: NOW - HOUR }, false],
    ['a skipped reminder that was due', { status: 'skipped', dueAt: NOW - HOUR }, false],
  ] as const)('counts %s: %s', (_, overrides, expected) => {
    expect(isDue(reminder(overrides), NOW)).toBe(expected);
  });

  it('counts only the due ones in a mixed list', () => {
    const list = [
      reminder({ status: 'open', dueAt: NOW }),
      reminder({ status: 'open', dueAt: NOW + HOUR }),
      reminder({ status: 'snoozed', dueAt: NOW - HOUR }),
      reminder({ status: 'done', dueAt: NOW - HOUR }),
    ];
    expect(countDue(list, NOW)).toBe(2);
  });
});

describe('badgeText', () => {
  it.each([
    [0, ''],
    [1, '1'],
    [99, '99'],
    [100, '99+'],
    [2500, '99+'],
  ])('shows %i as "%s"', (count, text) => {
    expect(badgeText(count)).toBe(text);
  });
});

describe('groupForToday', () => {
  it('puts each active reminder in overdue, today or coming up, soonest first', () => {
    const yesterday = reminder({ dueAt: NOW - 20 * HOUR, note: 'yesterday' });
    const thisMorning = reminder({ dueAt: NOW - 5 * HOUR, note: 'this morning' });
    const tonight = reminder({ dueAt: NOW + 8 * HOUR, note: 'tonight' });
    const nextWeek = reminder({ dueAt: NOW + 7 * 24 * HOUR, note: 'next week' });
    const done = reminder({ dueAt: NOW - HOUR, status: 'done', note: 'done' });

    const groups = groupForToday([nextWeek, tonight, done, thisMorning, yesterday], NOW);

    expect(groups.overdue.map((r) => r.note)).toEqual(['yesterday']);
    expect(groups.today.map((r) => r.note)).toEqual(['this morning', 'tonight']);
    expect(groups.upcoming.map((r) => r.note)).toEqual(['next week']);
  });
});
