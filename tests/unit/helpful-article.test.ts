import { describe, expect, it } from 'vitest';
import { composeDraft } from '@/lib/draft/compose';
import { findSelfPromotion, companyNamesFrom } from '@/lib/draft/self-promotion';
import type { DraftAttachment } from '@/lib/draft/types';
import type { StyleName } from '@/lib/model/style';
import { aContact } from '../factories';

const tip: DraftAttachment = {
  id: 'a1',
  title: 'Delegating without losing control',
  url: null,
  summary: 'Delegate the outcome, not the steps.',
  text: 'Delegate the outcome, not the steps: say what done looks like.',
  source: 'Rapport starter library',
};
const link: DraftAttachment = {
  id: 'a2',
  title: 'A guide to one-to-ones',
  url: 'https://example.org/one-to-ones',
  summary: 'How to run them.',
  text: null,
};

function draftFor(style: StyleName | null, attachments: DraftAttachment[] = [tip, link]) {
  const contact = aContact({
    goals: ['delegation'],
    style: style ? { name: style, source: 'picked', confidence: null, setAt: 0 } : null,
  });
  return composeDraft({
    contact,
    purpose: 'article',
    senderName: 'Sam Lee',
    topic: null,
    attachments,
    note: '',
  });
}

describe('the helpful-article draft', () => {
  it.each<[StyleName | null, RegExp]>([
    ['director', /^Dana,\n\nFor your goal on delegation, two ideas worth a minute:/],
    ['socializer', /^Hi Dana!\n\nI came across these and thought of you/],
    ['relater', /^Hi Dana,\n\nI hope you are doing well\. I remembered you mentioned delegation/],
    ['thinker', /^Dear Dana,\n\nFollowing our conversation about delegation/],
    [null, /^Hi Dana,\n\nI thought of you and your goal of delegation/],
  ])('opens for a %s the way they like to read', (style, opening) => {
    expect(draftFor(style).body).toMatch(opening);
  });

  it.each<StyleName | null>(['director', 'socializer', 'relater', 'thinker', null])(
    'puts in the tip text and the link, and no self-promotion (%s)',
    (style) => {
      const { body } = draftFor(style);

      expect(body).toContain(tip.text);
      expect(body).toContain('https://example.org/one-to-ones');
      expect(findSelfPromotion(body, ['northwind'])).toEqual([]);
    },
  );

  it('gives a Thinker the source', () => {
    expect(draftFor('thinker').body).toContain('Source: Rapport starter library');
    expect(draftFor('director').body).not.toContain('Source:');
  });

  it('keeps a Director short', () => {
    expect(draftFor('director', [link]).body.split(/\s+/).length).toBeLessThan(60);
  });
});

describe('findSelfPromotion', () => {
  it.each([
    ['I think our product could help with that.', 'our product'],
    ['We offer a training course on this.', 'We offer'],
    ['Our pricing starts low.', 'pricing'],
    ['Happy to book a quick demo next week.', 'book a quick demo'],
    ['At Acme we see this a lot.', 'Acme'],
    ['Get 20% off this month.', '20% off'],
  ])('flags "%s"', (text, found) => {
    expect(findSelfPromotion(text, ['acme']).map((hit) => hit.found)).toContain(found);
  });

  it('leaves a helpful note alone', () => {
    expect(
      findSelfPromotion(
        'I read this piece on delegation and thought of your new team. We talked about it in May.',
      ),
    ).toEqual([]);
  });

  it("reads company names from the user's own addresses, not from mail providers", () => {
    expect(companyNamesFrom(['sam@acme.com', 'sam.lee@gmail.com'])).toEqual(['acme']);
  });
});

describe('the helpful-article subject', () => {
  it("is the piece's title when there is one piece", () => {
    expect(draftFor('relater', [tip]).subject).toBe('Delegating without losing control');
  });

  it('names the goal when there are several', () => {
    expect(draftFor('socializer').subject).toBe('A few ideas on delegation');
  });
});
