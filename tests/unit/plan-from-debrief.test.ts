import { describe, expect, it } from 'vitest';
import { addMonths } from 'date-fns';
import { planFromDebrief, type PlanProposal } from '@/lib/plan/plan-from-debrief';
import { emptyAnswers, type Debrief, type Outcome } from '@/lib/model/debrief';
import { DEFAULT_SETTINGS, type Settings } from '@/lib/model/settings';
import { aContact } from '../factories';

const NEW_YORK = 'America/New_York';
const LONDON = 'Europe/London';

function aDebrief(outcome: Outcome, changeAt: number | null, at: number): Debrief {
  return {
    id: 'debrief-1',
    contactId: 'contact-1',
    date: at,
    outcome,
    answers: emptyAnswers(),
    reason: outcome === 'not-now' ? 'Budget frozen until Q3' : '',
    changeAt,
    createdAt: at,
    updatedAt: at,
  };
}

/** "2026-03-09 09:00 Mon" in the zone, to read dates as a person would. */
function local(at: number, timeZone: string): string {
  const parts = new Intl.DateTimeFormat('en-CA', {
    timeZone,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    weekday: 'short',
    hourCycle: 'h23',
  }).formatToParts(at);
  const get = (type: string) => parts.find((p) => p.type === type)?.value ?? '';
  return `${get('year')}-${get('month')}-${get('day')} ${get('hour')}:${get('minute')} ${get('weekday')}`;
}

function roles(plan: PlanProposal): string[] {
  return plan.steps.map((step) => step.role);
}

const contact = aContact({ goals: ['convert more trade show leads'], interests: ['sailing'] });
// Thursday 3 December 2026, 15:00 in New York.
const AT = Date.parse('2026-12-03T20:00:00Z');
const SIX_MONTHS = addMonths(AT, 6).getTime();

describe('planFromDebrief', () => {
  it('fills the six months of a "not now" with a thank-you, helpful messages, value material last, and the call-back', () => {
    const plan = planFromDebrief(
      aDebrief('not-now', SIX_MONTHS, AT),
      contact,
      DEFAULT_SETTINGS,
      AT,
      NEW_YORK,
    );

    expect(roles(plan)).toEqual([
      'thank-you-note',
      'thank-you-email',
      'helpful',
      'helpful',
      'helpful',
      'value',
      'call-back',
    ]);
    expect(plan.steps[0]).toMatchObject({ kind: 'thank-you', purpose: null, dueAt: AT });
    expect(plan.steps[1]).toMatchObject({ purpose: 'thank-you', dueAt: AT });
    expect(local(plan.steps[2]!.dueAt, NEW_YORK)).toBe('2026-12-07 09:00 Mon');
    expect(plan.steps.at(-1)).toMatchObject({ kind: 'call-back', purpose: null });
    expect(local(plan.callBackAt!, NEW_YORK)).toBe('2027-06-03 09:00 Thu');
    expect(plan.steps.at(-1)!.note).toContain('Budget frozen until Q3');
  });

  it('spreads the nudges through the gap, at least the spacing apart, all before the call-back', () => {
    const plan = planFromDebrief(
      aDebrief('not-now', SIX_MONTHS, AT),
      contact,
      DEFAULT_SETTINGS,
      AT,
      NEW_YORK,
    );
    const nudges = plan.steps.filter((step) => step.role === 'helpful' || step.role === 'value');

    const gaps = nudges
      .slice(1)
      .map((step, index) => (step.dueAt - nudges[index]!.dueAt) / 86_400_000);
    for (const gap of gaps) expect(gap).toBeGreaterThanOrEqual(DEFAULT_SETTINGS.planSpacingDays);
    expect(nudges.at(-1)!.dueAt).toBeLessThan(plan.callBackAt!);
    expect(plan.explanation.join(' ')).toMatch(/the most your settings allow \(4\)/);
  });

  it.each([
    [1, ['helpful']],
    [2, ['helpful', 'value']],
    [3, ['helpful', 'helpful', 'value']],
    [6, ['helpful', 'helpful', 'helpful', 'helpful', 'helpful', 'value']],
  ])('never plans more than the cap of %i nudges', (cap, expected) => {
    const settings: Settings = {
      ...DEFAULT_SETTINGS,
      planMaxNudges: cap,
      planHelpfulBeforeValue: 1,
    };
    const plan = planFromDebrief(
      aDebrief('not-now', SIX_MONTHS, AT),
      contact,
      settings,
      AT,
      NEW_YORK,
    );

    expect(roles(plan).filter((role) => role === 'helpful' || role === 'value')).toEqual(expected);
  });

  it('plans fewer nudges when the spacing leaves no room for more', () => {
    const inSixWeeks = AT + 42 * 86_400_000;
    const plan = planFromDebrief(
      aDebrief('not-now', inSixWeeks, AT),
      contact,
      { ...DEFAULT_SETTINGS, planSpacingDays: 21 },
      AT,
      NEW_YORK,
    );

    expect(roles(plan).filter((role) => role === 'helpful' || role === 'value')).toEqual([
      'helpful',
      'helpful',
    ]);
  });

  it('sends no value material before enough helpful messages', () => {
    const settings: Settings = { ...DEFAULT_SETTINGS, planMaxNudges: 2, planHelpfulBeforeValue: 2 };
    const plan = planFromDebrief(
      aDebrief('not-now', SIX_MONTHS, AT),
      contact,
      settings,
      AT,
      NEW_YORK,
    );

    expect(roles(plan)).not.toContain('value');
  });

  it('plans a thank-you, two helpful messages and a check-in for a won deal, with no call-back or value material', () => {
    const plan = planFromDebrief(
      aDebrief('won', null, AT),
      contact,
      DEFAULT_SETTINGS,
      AT,
      NEW_YORK,
    );

    expect(roles(plan)).toEqual([
      'thank-you-note',
      'thank-you-email',
      'helpful',
      'helpful',
      'check-in',
    ]);
    expect(plan.callBackAt).toBeNull();
  });

  it('keeps the door open after a lost deal with a few widely spaced helpful messages', () => {
    const plan = planFromDebrief(
      aDebrief('lost', null, AT),
      contact,
      DEFAULT_SETTINGS,
      AT,
      NEW_YORK,
    );
    const helpful = plan.steps.filter((step) => step.role === 'helpful');

    expect(roles(plan)).toEqual([
      'thank-you-note',
      'thank-you-email',
      'helpful',
      'helpful',
      'helpful',
    ]);
    expect((helpful[1]!.dueAt - helpful[0]!.dueAt) / 86_400_000).toBeGreaterThanOrEqual(
      2 * DEFAULT_SETTINGS.planSpacingDays,
    );
  });

  it('treats a lost deal whose situation might change on a date like a call-back', () => {
    const plan = planFromDebrief(
      aDebrief('lost', SIX_MONTHS, AT),
      contact,
      DEFAULT_SETTINGS,
      AT,
      NEW_YORK,
    );

    expect(roles(plan).at(-1)).toBe('call-back');
  });

  it('attaches library suggestions to helpful steps when given, and none to value material', () => {
    const articles = [1, 2, 3, 4].map((n) => ({
      id: `a${n}`,
      title: `Article ${n}`,
      url: `https://example.com/${n}`,
      summary: '',
      text: null,
    }));
    const plan = planFromDebrief(
      aDebrief('not-now', SIX_MONTHS, AT),
      contact,
      DEFAULT_SETTINGS,
      AT,
      NEW_YORK,
      {
        pickHelpfulContent: (_, count) => articles.slice(0, count),
        helpfulPurpose: 'article',
      },
    );

    const helpful = plan.steps.filter((step) => step.role === 'helpful');
    expect(helpful.map((step) => step.attachments[0]?.title)).toEqual([
      'Article 1',
      'Article 2',
      'Article 3',
    ]);
    expect(helpful.every((step) => step.purpose === 'article')).toBe(true);
    expect(plan.steps.find((step) => step.role === 'value')?.attachments).toEqual([]);
  });

  it("names the contact's goals in helpful steps and drafts them as 'other' without the library", () => {
    const plan = planFromDebrief(
      aDebrief('not-now', SIX_MONTHS, AT),
      contact,
      DEFAULT_SETTINGS,
      AT,
      NEW_YORK,
    );
    const first = plan.steps.find((step) => step.role === 'helpful');

    expect(first?.purpose).toBe('other');
    expect(first?.note).toContain('convert more trade show leads');
  });

  describe('dates across daylight-saving changes and time zones', () => {
    it.each([
      // New York springs forward on Sunday 8 March 2026: a debrief on Thursday 5 March.
      ['New York, spring forward', NEW_YORK, '2026-03-05T19:00:00Z', '2026-03-09 09:00 Mon'],
      // New York falls back on Sunday 1 November 2026: a debrief on Thursday 29 October.
      ['New York, fall back', NEW_YORK, '2026-10-29T19:00:00Z', '2026-11-02 09:00 Mon'],
      // London springs forward on 29 March 2026 and falls back on 25 October 2026.
      ['London, spring forward', LONDON, '2026-03-26T15:00:00Z', '2026-03-30 09:00 Mon'],
      ['London, fall back', LONDON, '2026-10-22T15:00:00Z', '2026-10-26 09:00 Mon'],
    ])(
      '%s: the first helpful message lands at 9:00 local on a working day',
      (_, zone, when, expected) => {
        const at = Date.parse(when);
        const plan = planFromDebrief(
          aDebrief('not-now', addMonths(at, 6).getTime(), at),
          contact,
          DEFAULT_SETTINGS,
          at,
          zone,
        );

        expect(local(plan.steps.find((step) => step.role === 'helpful')!.dueAt, zone)).toBe(
          expected,
        );
      },
    );

    it.each([NEW_YORK, LONDON, 'Asia/Tokyo'])(
      'puts every planned step at 9:00 on a weekday in %s',
      (zone) => {
        const at = Date.parse('2026-02-20T12:00:00Z');
        const plan = planFromDebrief(
          aDebrief('not-now', addMonths(at, 9).getTime(), at),
          contact,
          DEFAULT_SETTINGS,
          at,
          zone,
        );

        for (const step of plan.steps.filter(
          (s) => s.role !== 'thank-you-note' && s.role !== 'thank-you-email',
        )) {
          expect(local(step.dueAt, zone)).toMatch(/ 09:00 (Mon|Tue|Wed|Thu|Fri)$/);
        }
      },
    );

    it('moves a call-back agreed for a Saturday to the Monday after', () => {
      const saturday = Date.parse('2027-06-05T16:00:00Z');
      const plan = planFromDebrief(
        aDebrief('not-now', saturday, AT),
        contact,
        DEFAULT_SETTINGS,
        AT,
        NEW_YORK,
      );

      expect(local(plan.callBackAt!, NEW_YORK)).toBe('2027-06-07 09:00 Mon');
    });
  });
});
