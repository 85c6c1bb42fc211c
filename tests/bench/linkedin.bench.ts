import { bench, describe } from 'vitest';
import { buildTagIndex, searchTags } from '@/lib/match/tag-search';
import { readLinkedInProfile } from '@/lib/page/read-linkedin-profile';
import { linkedInFixture } from '../linkedin-fixtures';
import { growLinkedInProfile } from './large-pages';

// A 5,000-tag vocabulary of made-up but tag-like phrases, the same on every run.
const FIRST = [
  'regional',
  'enterprise',
  'channel',
  'partner',
  'field',
  'inside',
  'digital',
  'retail',
  'global',
  'strategic',
  'customer',
  'product',
  'brand',
  'event',
  'supplier',
  'team',
  'pipeline',
  'pricing',
  'content',
  'service',
];
const SECOND = [
  'sales',
  'marketing',
  'hiring',
  'training',
  'planning',
  'reporting',
  'budgeting',
  'onboarding',
  'forecasting',
  'coaching',
  'research',
  'outreach',
  'retention',
  'growth',
  'operations',
  'analytics',
  'partnerships',
  'negotiation',
  'management',
  'leadership',
  'events',
  'launches',
  'support',
  'compliance',
  'design',
];
const THIRD = [
  'basics',
  'at scale',
  'for startups',
  'in europe',
  'in asia',
  'playbooks',
  'metrics',
  'tools',
  'reviews',
  'workshops',
];
const userTags = FIRST.flatMap((a) =>
  SECOND.flatMap((b) => THIRD.map((c) => ({ tag: `${a} ${b} ${c}`, kinds: ['goals' as const] }))),
).slice(0, 5_000);
const index = buildTagIndex(userTags);
const plainTags = index.terms.map((term) => term.tag);
const QUERIES = [
  'managment',
  'trade sho',
  'hiring',
  'lead con',
  'negotation',
  'retail forcasting',
  'coaching',
  'pipeline',
];

describe(`autocomplete over ${plainTags.length} tags (8 queries)`, () => {
  bench('searchTags (prefix, stems, aliases, then fuse.js for typos)', () => {
    for (const query of QUERIES) searchTags(index, query);
  });

  bench('baseline: substring filter over the same tags', () => {
    for (const query of QUERIES) plainTags.filter((tag) => tag.includes(query)).slice(0, 8);
  });
});

// A large profile: the full fixture with 50 experience entries and a feed-sized rest of the page.
const big = growLinkedInProfile(linkedInFixture('member-full.html'));
const URL = 'https://www.linkedin.com/in/maria-okafor/';

describe(`reading a large profile page (${big.querySelectorAll('*').length} elements)`, () => {
  bench('readLinkedInProfile', () => {
    readLinkedInProfile(big, URL);
  });

  let names = 0;
  bench('baseline: one querySelectorAll("*") pass over the page, visiting each element', () => {
    for (const element of big.querySelectorAll('*')) names += element.tagName.length;
  });
});
