import { describe, expect, it } from 'vitest';
import { isVerbPhrase } from '@/lib/draft/goal-phrase';
import { writeThankYou } from '@/lib/draft/writers/thank-you';
import type { StyleName } from '@/lib/model/style';
import { aContact } from '../factories';

function draftFor(style: StyleName | null, goal: string | null, note = '') {
  const contact = {
    ...aContact({ goals: goal ? [goal] : [] }),
    style: style ? { name: style, source: 'picked' as const, confidence: null, setAt: 0 } : null,
  };
  return writeThankYou({
    contact,
    purpose: 'thank-you',
    senderName: 'Sam Seller',
    topic: null,
    attachments: [],
    note,
  });
}

/** The paragraph between the greeting and the sign-off. */
function middle(body: string): string {
  return body.split('\n\n')[1] ?? '';
}

function sentences(text: string): number {
  return text.split(/(?<=[.!?])\s+/).filter(Boolean).length;
}

const STYLES: (StyleName | null)[] = ['director', 'socializer', 'relater', 'thinker', null];

describe('the thank-you writer', () => {
  it.each([
    ['director', 'management training', 'Noted: management training matters to you.'],
    ['director', 'become a better manager', 'Noted: you want to become a better manager.'],
    [
      'socializer',
      'management training',
      'Hearing your ideas on management training was the highlight for me.',
    ],
    [
      'socializer',
      'become a better manager',
      'Hearing how you plan to become a better manager was the highlight for me.',
    ],
    [
      'relater',
      'management training',
      'I appreciated hearing that management training matters to you.',
    ],
    [
      'relater',
      'become a better manager',
      'I appreciated hearing that you want to become a better manager.',
    ],
    [
      'thinker',
      'management training',
      'To confirm my understanding, your priority is management training.',
    ],
    [
      'thinker',
      'become a better manager',
      'To confirm my understanding, your priority is to become a better manager.',
    ],
    [null, 'management training', 'I enjoyed hearing about your plans for management training.'],
    [
      null,
      'become a better manager',
      'I enjoyed hearing about your plans to become a better manager.',
    ],
  ] as const)('writes to a %s about "%s" as "%s"', (style, goal, sentence) => {
    expect(draftFor(style, goal).body).toContain(sentence);
  });

  it.each([
    ['director', 'Dana,', 'Best,\nSam Seller', 'Thank you'],
    ['socializer', 'Hi Dana!', 'Cheers,\nSam Seller', 'Great talking today'],
    ['relater', 'Hi Dana,', 'Warm regards,\nSam Seller', 'Thank you for your time'],
    ['thinker', 'Dear Dana,', 'Kind regards,\nSam Seller', 'Thank you for the meeting'],
    [null, 'Hi Dana,', 'Best regards,\nSam Seller', 'Thanks for the conversation'],
  ] as const)(
    'greets a %s as "%s", signs off "%s" and uses the subject "%s"',
    (style, hello, bye, subject) => {
      const draft = draftFor(style, 'become a better manager');

      expect(draft.body.startsWith(`${hello}\n\n`)).toBe(true);
      expect(draft.body.endsWith(bye)).toBe(true);
      expect(draft.subject).toBe(subject);
    },
  );

  it('keeps a Director to about three sentences, with the agreed next step', () => {
    const body = middle(
      draftFor('director', 'convert more trade-show leads', 'the checklist by Friday').body,
    );

    expect(sentences(body)).toBeLessThanOrEqual(3);
    expect(body).toContain('Next step, as agreed: the checklist by Friday.');
  });

  it('puts no pressure on a Relater and gives a Thinker time to decide', () => {
    expect(draftFor('relater', 'management training').body).toContain(
      'There is no rush on anything',
    );
    expect(draftFor('thinker', 'management training').body).toContain(
      'Please take whatever time you need',
    );
    expect(draftFor('relater', 'management training').body).not.toMatch(
      /\b(decide|deadline|asap|soon)\b/i,
    );
  });

  it('writes each style differently', () => {
    const bodies = STYLES.map((style) => middle(draftFor(style, 'management training').body));
    expect(new Set(bodies).size).toBe(STYLES.length);
  });

  it.each(STYLES)('never names the style or talks about what we sell (%s)', (style) => {
    for (const goal of ['management training', 'become a better manager', null]) {
      const { subject, body } = draftFor(style, goal, 'the budget timing');
      expect(`${subject}\n${body}`).not.toMatch(
        /director|socializer|relater|thinker|style|our product|our company/i,
      );
    }
  });

  it('mentions the note without doubling its full stop', () => {
    expect(draftFor('relater', null, 'the budget timing.').body).toContain(
      "I've made a note of the budget timing. There",
    );
  });
});

describe('isVerbPhrase', () => {
  it.each([
    ['become a better manager', true],
    ['convert more trade-show leads', true],
    ['to hire two engineers', true],
    ['management training', false],
    ['leadership books', false],
    ['hiring', false],
  ])('reads "%s" as a verb phrase: %s', (goal, expected) => {
    expect(isVerbPhrase(goal)).toBe(expected);
  });
});
