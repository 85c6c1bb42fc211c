import { describe, expect, it } from 'vitest';
import { MIN_WORDS, styleFromWriting } from '@/lib/plan/style-from-writing';

const DIRECTOR = [
  'Got it. Send pricing asap. Need numbers by EOD Thu.',
  'Mtg moved to 3pm. FYI legal wants the contract w/ the SLA. Pls confirm.',
  'Ok. Go with option B. Lmk when done.',
  'Not interested in a demo. Bottom line: cost and timeline. Thx.',
  'Fine. Call me tmrw 9am. Keep it short.',
];

const SOCIALIZER = [
  'Wow, what a week! The conference was amazing and I met so many fantastic people!',
  'You have to meet Jo, she is brilliant and super fun! I told her all about you!',
  'Loved our chat yesterday! I am so excited about where this could go, it could be huge for the team!',
  'P.S. The band at the dinner was incredible! Let us grab a drink next time you are in town!',
];

const RELATER = [
  'Hi, I hope you are doing well and had a lovely weekend with your family.',
  'Thank you so much for taking the time to talk with me last week. I really appreciate how patient you were with all of my questions.',
  'I will need to talk it over with my team before we decide anything, and I hope that is all right with you.',
  'Thanks again for everything, and take care. Warm regards.',
];

const THINKER =
  'Before we proceed, I would like to clarify several points regarding the proposal you sent on 14 March. ' +
  'First, section 3.2 states that implementation takes 6 to 8 weeks; according to the timeline in appendix B, ' +
  'the data migration alone requires 21 working days, so could you explain how these figures reconcile? ' +
  'Second, what is the source for the claimed 35% reduction in onboarding time, and was that study independent? ' +
  'Third, how is data retained after termination, and for how many days? ' +
  'I would also appreciate a reference from a client of comparable size (roughly 400 employees). ' +
  'Once I have reviewed these details carefully I will discuss them with our procurement committee, which meets on the 2nd of each month.';

describe('styleFromWriting', () => {
  it.each([
    ['terse, abbreviated notes', DIRECTOR, 'director'],
    ['lively notes full of exclamation marks', SOCIALIZER, 'socializer'],
    ['warm notes with pleasantries and thanks', RELATER, 'relater'],
    ['a long, careful message with questions and figures', [THINKER], 'thinker'],
  ] as const)('suggests the style from %s', (_, texts, expected) => {
    const result = styleFromWriting(texts);

    expect(result.kind).toBe('suggestion');
    if (result.kind !== 'suggestion') return;
    expect(result.style).toBe(expected);
    expect(result.signals.length).toBeGreaterThan(0);
    expect(result.confidence).toBeGreaterThan(0);
    expect(result.confidence).toBeLessThanOrEqual(0.9);
  });

  it.each([
    ['nothing at all', [] as string[]],
    ['an empty about text', ['   ']],
    ['a one-line reply', ['Thanks, sounds good!']],
    ['two short notes', ['Got it, thanks.', 'Will do. Speak Monday.']],
    [
      'a plain text with no signals',
      [
        'The office is on the third floor of the building next to the station and the parking is behind it where the old market used to be and the entrance faces the river side of the street near the bank',
      ],
    ],
  ])('says "not enough to tell" for %s', (_, texts) => {
    const result = styleFromWriting(texts);

    expect(result).toMatchObject({
      kind: 'not-enough',
      reason: expect.stringMatching(/Not enough to tell|nothing they wrote/),
    });
  });

  it('gives a short text less confidence than a long one with the same signals, and says why', () => {
    const short = styleFromWriting(SOCIALIZER.slice(0, 3));
    const long = styleFromWriting([...SOCIALIZER, ...SOCIALIZER, ...SOCIALIZER]);

    expect(short.kind === 'suggestion' && long.kind === 'suggestion').toBe(true);
    if (short.kind !== 'suggestion' || long.kind !== 'suggestion') return;
    expect(short.confidence).toBeLessThan(long.confidence);
    expect(short.caution).toMatch(/weak evidence/);
    expect(long.caution).toBeNull();
  });

  it(`needs at least ${MIN_WORDS} words`, () => {
    const words = Array.from({ length: MIN_WORDS - 1 }, () => 'amazing!').join(' ');
    expect(styleFromWriting([words]).kind).toBe('not-enough');
    expect(styleFromWriting([`${words} wow!`]).kind).toBe('suggestion');
  });
});
