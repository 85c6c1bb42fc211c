import { describe, expect, it } from 'vitest';
import { DRAFT_WRITERS } from '@/lib/draft/compose';
import { STYLES, STYLE_LABELS } from '@/lib/model/style';
import type { Purpose } from '@/lib/model/touch';
import { STYLE_HINTS } from '@/lib/plan/style-hints';
import { aContact } from '../factories';

const NAMES = new RegExp(
  `\\b(${[...Object.values(STYLE_LABELS), 'behavioural style', 'behavioral style'].join('|')})`,
  'i',
);
const attachment = {
  id: 'a1',
  title: 'Five ways to follow up trade-show leads',
  url: 'https://example.com/a',
  summary: 'Practical',
  text: null,
};

describe('the style is a private note', () => {
  const writers = Object.entries(DRAFT_WRITERS) as [
    Purpose,
    NonNullable<(typeof DRAFT_WRITERS)[Purpose]>,
  ][];

  it('has writers to check', () => {
    expect(writers.length).toBeGreaterThanOrEqual(3);
  });

  for (const [purpose, write] of writers) {
    it.each(STYLES)(
      `the "${purpose}" draft for a contact whose style is %s never names a style`,
      (style) => {
        const contact = aContact({
          goals: ['convert more trade show leads'],
          style: { name: style, source: 'writing', confidence: 0.8, setAt: 1 },
          notes: `Clearly a ${STYLE_LABELS[style]}.`,
        });

        for (const [note, attachments] of [
          ['', []],
          ['the budget timing', [attachment]],
        ] as const) {
          const draft = write({
            contact,
            purpose,
            senderName: 'Sam',
            topic: null,
            attachments,
            note,
          });
          expect(`${draft.subject}\n${draft.body}`).not.toMatch(NAMES);
        }
      },
    );
  }

  it('offers a "how to write to them" hint for every style', () => {
    for (const style of STYLES) {
      expect(STYLE_HINTS[style].write.length).toBeGreaterThan(20);
      expect(STYLE_HINTS[style].avoid.length).toBeGreaterThan(5);
    }
  });
});
