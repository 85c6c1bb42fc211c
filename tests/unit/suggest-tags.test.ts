import { describe, expect, it } from 'vitest';
import { suggestTags, type SuggestedKind } from '@/lib/match/suggest-tags';
import { buildTagIndex, starterTerms } from '@/lib/match/tag-search';

const terms = starterTerms();

describe('tag suggestions from a headline and about text', () => {
  it.each<[string, SuggestedKind, string]>([
    ['We want to convert more of our trade-show leads.', 'goals', 'lead conversion'],
    ['Building teams that convert trade-show leads', 'goals', 'trade shows'],
    ['I am new to managing managers.', 'challenges', 'becoming a better manager'],
    ['Struggling with staff turnover in our stores.', 'challenges', 'employee retention'],
    ['Hiring two content marketers this year.', 'goals', 'hiring'],
    ['Trying to turn our webinars into a lead generation engine.', 'goals', 'lead generation'],
    ['Currently cutting costs across three plants.', 'goals', 'cost reduction'],
    ['Improving supplier relationships', 'goals', 'vendor management'],
    ['In my free time I enjoy hiking with the kids.', 'interests', 'hiking'],
    ['Marathon runner', 'interests', 'running'],
    ['Passionate about photography.', 'interests', 'photography'],
  ])('"%s" suggests %s: %s', (text, kind, tag) => {
    expect(suggestTags(text, terms)[kind]).toContain(tag);
  });

  it.each([
    'Head of Sales at Northwind Traders',
    'Twenty years in manufacturing.',
    'I prefer email over phone.',
    '',
  ])('suggests nothing from "%s"', (text) => {
    expect(suggestTags(text, terms)).toEqual({ goals: [], challenges: [], interests: [] });
  });

  it('does not take a brand for a word it shares five letters with', () => {
    expect(suggestTags('I lead a sales team of twelve salespeople.', terms).goals).not.toContain(
      'crm adoption',
    );
  });

  it('leaves out tags the contact already has, in any form', () => {
    const suggested = suggestTags('Hiring salespeople and converting leads.', terms, [
      'Lead Conversion',
    ]);

    expect(suggested.goals).toContain('hiring salespeople');
    expect(suggested.goals).not.toContain('lead conversion');
  });

  it('suggests the tags users added, as the kind they used them for', () => {
    const userTerms = buildTagIndex([{ tag: 'beekeeping', kinds: ['interests'] }]).terms;

    expect(
      suggestTags('Beekeeping at weekends, and a hive on the roof.', userTerms).interests,
    ).toContain('beekeeping');
  });

  it('offers at most five per kind', () => {
    const text =
      'We want hiring, onboarding new hires, employee retention, coaching, delegation, goal setting and lead conversion.';

    expect(suggestTags(text, terms).goals.length).toBeLessThanOrEqual(5);
  });
});
