import { describe, expect, it } from 'vitest';
import { buildTagIndex, isKnownTag, searchTags } from '@/lib/match/tag-search';

const index = buildTagIndex([{ tag: 'Sailing regattas', kinds: ['interests'] }]);
const top = (query: string, n = 3) =>
  searchTags(index, query)
    .slice(0, n)
    .map((match) => match.tag);

describe('tag autocomplete', () => {
  it.each([
    // typos
    ['managment', 'management training'],
    ['recruting', 'hiring'],
    ['negotation', 'negotiation'],
    ['trade shwos', 'trade shows'],
    // plurals and endings
    ['trade show', 'trade shows'],
    ['referral', 'referrals'],
    ['case study', 'case studies'],
    ['webinar', 'video marketing'],
    // synonyms (aliases)
    ['recruiting', 'hiring'],
    ['churn', 'customer retention'],
    ['okrs', 'goal setting'],
    ['seo', 'search engine optimisation'],
    // prefixes while typing
    ['lead con', 'lead conversion'],
    ['hir', 'hiring'],
    // tags users added
    ['regatta', 'sailing regattas'],
  ])('"%s" offers %s among the first three', (query, expected) => {
    expect(top(query)).toContain(expected);
  });

  it.each([
    ['hiring', 'hiring'],
    ['management training', 'management training'],
    ['trade shows', 'trade shows'],
  ])('puts the exact tag "%s" first', (query, expected) => {
    expect(top(query, 1)).toEqual([expected]);
  });

  it('says which alias matched', () => {
    expect(searchTags(index, 'recruiting')[0]).toEqual({ tag: 'hiring', via: 'recruiting' });
  });

  it('leaves out tags the contact already has', () => {
    expect(top('hiring', 8)).toContain('hiring');
    expect(searchTags(index, 'hiring', ['hiring']).map((m) => m.tag)).not.toContain('hiring');
  });

  it.each(['', '   ', 'zzzzqqq', 'xylophone'])('offers nothing for "%s"', (query) => {
    expect(searchTags(index, query)).toEqual([]);
  });

  it('knows a tag by its stems, so "Trade Show" does not join the vocabulary twice', () => {
    expect(isKnownTag(index, 'Trade Show')).toBe(true);
    expect(isKnownTag(index, 'sourdough baking')).toBe(false);
  });
});
