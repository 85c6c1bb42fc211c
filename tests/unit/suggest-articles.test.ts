import { describe, expect, it } from 'vitest';
import { buildArticle } from '@/lib/db/articles';
import { buildArticleIndex, termsOfTag } from '@/lib/match/article-index';
import { suggestArticles } from '@/lib/match/suggest-articles';
import type { Article } from '@/lib/model/article';
import type { Contact } from '@/lib/model/contact';

const a = (title: string, topics: string[], extra: Partial<Article> = {}): Article => ({
  ...buildArticle({ title, topics }),
  ...extra,
});

type Who = Pick<Contact, 'goals' | 'challenges' | 'interests' | 'preferences' | 'stage' | 'style'>;
const who = (tags: Partial<Who>): Who => ({
  goals: [],
  challenges: [],
  interests: [],
  preferences: [],
  stage: 'prospect',
  style: null,
  ...tags,
});

describe('termsOfTag', () => {
  const index = buildArticleIndex([
    a('Hiring well', ['hiring']),
    a('Trade-show follow-up', ['trade show follow-up']),
  ]);

  it.each([
    ['Recruiting', 'hiring'],
    ['managment trainng', 'management training'],
    ['trade shwos', 'trade shows'],
    ['convert more booth leads', 'trade show follow-up'],
  ])('reads "%s" as the topic %s', (tag, topic) => {
    expect(termsOfTag(index, tag).topics.map((t) => t.topic)).toContain(topic);
  });
});

describe('suggestArticles', () => {
  it('says which tag each suggestion matched, goals before challenges before interests', () => {
    const index = buildArticleIndex([
      a('Sailing knots', ['sailing']),
      a('Hiring well', ['hiring']),
      a('Better meetings', ['meeting effectiveness']),
    ]);
    const result = suggestArticles(
      index,
      who({ goals: ['hiring'], challenges: ['better meetings'], interests: ['sailing'] }),
      new Set(),
    );

    expect(result.map((s) => [s.article.title, s.reason])).toEqual([
      ['Hiring well', 'matches goal: hiring'],
      ['Better meetings', 'matches challenge: meeting effectiveness'],
      ['Sailing knots', 'matches interest: sailing'],
    ]);
  });

  it('skips what this contact was already sent', () => {
    const sent = a('Hiring well', ['hiring']);
    const index = buildArticleIndex([sent, a('Interview questions', ['hiring', 'interviewing'])]);

    const titles = suggestArticles(index, who({ goals: ['hiring'] }), new Set([sent.id])).map(
      (s) => s.article.title,
    );
    expect(titles).toEqual(['Interview questions']);
  });

  it('varies the topics instead of filling the list from one', () => {
    const many = Array.from({ length: 8 }, (_, i) => a(`Hiring tip ${i}`, ['hiring']));
    const index = buildArticleIndex([...many, a('Negotiation basics', ['negotiation'])]);

    const titles = suggestArticles(
      index,
      who({ goals: ['hiring'], challenges: ['negotiation'] }),
      new Set(),
      { limit: 3 },
    ).map((s) => s.article.title);
    expect(titles).toContain('Negotiation basics');
  });

  it('holds value-proposition pieces back from a prospect with few helpful touches', () => {
    const pitch = a('Our customer story', ['hiring'], {
      kind: 'value-proposition',
      format: 'case study',
    });
    const index = buildArticleIndex([pitch, a('Hiring well', ['hiring'])]);
    const contact = who({ goals: ['hiring'] });

    expect(
      suggestArticles(index, contact, new Set(), { helpfulTouches: 0 }).map((s) => s.article.title),
    ).toEqual(['Hiring well']);
    expect(
      suggestArticles(index, contact, new Set(), { helpfulTouches: 3 }).map((s) => s.article.title),
    ).toEqual(['Hiring well', 'Our customer story']);
  });

  it('puts relationship-building first even when a value-proposition piece scores higher', () => {
    const pitch = a('Hiring case study', ['hiring', 'interviewing'], { kind: 'value-proposition' });
    const index = buildArticleIndex([pitch, a('Interview tips', ['interviewing'])]);

    const result = suggestArticles(index, who({ goals: ['hiring', 'interviewing'] }), new Set(), {
      helpfulTouches: 5,
    });
    expect(result[0]?.article.kind).toBe('relationship-building');
  });

  it('matches free text through the words of titles and summaries', () => {
    const index = buildArticleIndex([
      a('Writing a commission plan for a small sales team', ['compensation planning']),
    ]);
    const result = suggestArticles(index, who({ goals: ['fix our commission plan'] }), new Set());

    expect(result[0]?.reason).toBe('matches goal: fix our commission plan');
  });

  it('gives the same answer when asked again, whatever was asked in between', () => {
    const index = buildArticleIndex([
      a('Hiring well', ['hiring']),
      a('Sailing knots', ['sailing']),
      a('Negotiation basics', ['negotiation']),
    ]);
    const dana = who({ goals: ['hiring'], interests: ['sailing'] });

    const first = suggestArticles(index, dana, new Set());
    suggestArticles(index, who({ goals: ['negotiation', 'hiring'] }), new Set());
    expect(suggestArticles(index, dana, new Set())).toEqual(first);
  });

  it('suggests nothing for a contact with no tags', () => {
    const index = buildArticleIndex([a('Hiring well', ['hiring'])]);
    expect(suggestArticles(index, who({}), new Set())).toEqual([]);
  });
});
