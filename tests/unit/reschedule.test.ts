import { describe, expect, it } from 'vitest';
import { rescheduleAfterContact } from '@/lib/plan/reschedule';
import type { Reminder } from '@/lib/model/reminder';
import { aReminder } from '../factories';

const ZONE = 'Europe/London';
const DAY = 86_400_000;
// Monday 4 January 2027, 09:00 in London (GMT).
const MONDAY = Date.parse('2027-01-04T09:00:00Z');

function step(id: string, dueAt: number, overrides: Partial<Reminder> = {}): Reminder {
  return {
    ...aReminder('contact-1', { dueAt, planId: 'plan-1', purpose: 'other', ...overrides }),
    id,
  };
}

describe('rescheduleAfterContact', () => {
  const steps = [
    step('helpful-1', MONDAY + 14 * DAY),
    step('helpful-2', MONDAY + 28 * DAY),
    step('value', MONDAY + 42 * DAY, { purpose: 'value-proposition' }),
    step('call-back', MONDAY + 120 * DAY, { kind: 'call-back', purpose: null }),
  ];

  it('moves the next nudges so the rhythm counts from a touch, keeping their distances', () => {
    const touchedAt = MONDAY + 10 * DAY;

    const { moves, skips } = rescheduleAfterContact(steps, touchedAt, MONDAY + 120 * DAY, 14, ZONE);

    // 14 days after Thursday 14 Jan is Thursday 28 Jan; the others keep 14 and 28 days after it.
    expect(moves).toEqual([
      { id: 'helpful-1', dueAt: Date.parse('2027-01-28T09:00:00Z') },
      { id: 'helpful-2', dueAt: Date.parse('2027-02-11T09:00:00Z') },
      { id: 'value', dueAt: Date.parse('2027-02-25T09:00:00Z') },
    ]);
    expect(skips).toEqual([]);
  });

  it('leaves the plan alone when the next nudge is already far enough from the touch', () => {
    expect(rescheduleAfterContact(steps, MONDAY - 1 * DAY, MONDAY + 120 * DAY, 14, ZONE)).toEqual({
      moves: [],
      skips: [],
    });
  });

  it('never moves the call-back, the thank-you, a hand-done step or a closed step', () => {
    const others = [
      step('thanks', MONDAY + DAY, { purpose: 'thank-you' }),
      step('note', MONDAY + DAY, { kind: 'thank-you', purpose: null }),
      step('done', MONDAY + 3 * DAY, { status: 'done' }),
      step('call', MONDAY + 5 * DAY, { kind: 'call-back', purpose: null }),
    ];

    expect(rescheduleAfterContact(others, MONDAY + 2 * DAY, MONDAY + 5 * DAY, 14, ZONE)).toEqual({
      moves: [],
      skips: [],
    });
  });

  it('squeezes the nudges in before the call-back, keeping the value material and skipping what does not fit', () => {
    const callBackAt = MONDAY + 40 * DAY;
    const touchedAt = MONDAY + 13 * DAY;

    const { moves, skips } = rescheduleAfterContact(steps, touchedAt, callBackAt, 14, ZONE);

    expect(moves.map((m) => m.id)).toEqual(['helpful-1', 'value']);
    expect(skips).toEqual(['helpful-2']);
    for (const move of moves) {
      expect(move.dueAt).toBeGreaterThanOrEqual(touchedAt + 14 * DAY - DAY);
      expect(move.dueAt).toBeLessThan(callBackAt);
    }
  });

  it('keeps 9:00 local when the shift crosses the clocks going forward', () => {
    const ny = 'America/New_York';
    // 9:00 EST on Monday 23 February 2026; the clocks go forward on 8 March.
    const due = Date.parse('2026-02-23T14:00:00Z');
    const { moves } = rescheduleAfterContact(
      [step('helpful-1', due)],
      Date.parse('2026-02-26T15:00:00Z'),
      null,
      14,
      ny,
    );

    // 14 days after Thursday 26 Feb is Thursday 12 March, 9:00 EDT = 13:00 UTC.
    expect(moves).toEqual([{ id: 'helpful-1', dueAt: Date.parse('2026-03-12T13:00:00Z') }]);
  });
});
