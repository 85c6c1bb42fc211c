import { describe, expect, it } from 'vitest';
import { LINKEDIN_SELECTORS, queryHookAll, type LinkedInHook } from '@/lib/page/linkedin-selectors';
import { linkedInFixture } from '../linkedin-fixtures';

/** How many elements each hook must match on each fixture (first matching fallback). */
const EXPECTED: [string, Partial<Record<LinkedInHook, number>>][] = [
  [
    'member-full.html',
    {
      memberProfile: 3,
      memberName: 1,
      memberHeadline: 1,
      memberLocation: 1,
      memberCurrentCompany: 1,
      memberAboutAnchor: 1,
      memberExperienceAnchor: 1,
      memberEntity: 4,
      memberEmbeddedJson: 1,
      publicTopCard: 0,
      messageBox: 1,
      messageSend: 1,
      main: 1,
      screenReaderOnly: 13,
      visibleCopy: 14,
    },
  ],
  [
    'member-sparse.html',
    {
      memberProfile: 1,
      memberName: 1,
      memberHeadline: 1,
      memberLocation: 0,
      memberAboutAnchor: 0,
      memberEntity: 0,
      messageBox: 0,
    },
  ],
  [
    'member-long-title.html',
    { memberProfile: 2, memberName: 1, memberHeadline: 1, memberLocation: 1, memberEntity: 1 },
  ],
  ['member-after-navigation.html', { memberProfile: 1, memberName: 1, memberEmbeddedJson: 1 }],
  [
    'public-profile.html',
    {
      publicTopCard: 1,
      publicName: 1,
      publicHeadline: 1,
      publicLocation: 1,
      publicCurrentCompany: 1,
      publicAbout: 1,
      publicExperienceItem: 2,
      publicExperienceTitle: 2,
      publicExperienceCompany: 2,
      publicExperienceDates: 2,
      publicJsonLd: 1,
      memberProfile: 0,
    },
  ],
  ['feed.html', { memberProfile: 0, publicTopCard: 0 }],
  ['search.html', { memberProfile: 0, publicTopCard: 0 }],
  ['company.html', { memberProfile: 0, publicTopCard: 0 }],
];

describe('LinkedIn selectors', () => {
  it.each(
    EXPECTED.flatMap(([fixture, counts]) =>
      Object.entries(counts).map(([hook, count]) => [fixture, hook, count] as const),
    ),
  )('on %s, %s matches %i', (fixture, hook, count) => {
    expect(queryHookAll(linkedInFixture(fixture), hook as LinkedInHook)).toHaveLength(count);
  });

  it('pins every hook on a fixture where it finds something', () => {
    const pinned = new Set(
      EXPECTED.flatMap(([, counts]) =>
        Object.entries(counts)
          .filter(([, count]) => count > 0)
          .map(([hook]) => hook),
      ),
    );

    expect(Object.keys(LINKEDIN_SELECTORS).filter((hook) => !pinned.has(hook))).toEqual([]);
  });

  it('dates every fallback and lists them newest first', () => {
    for (const fallbacks of Object.values(LINKEDIN_SELECTORS)) {
      const dates = fallbacks.map((fallback) => fallback.seen);
      for (const date of dates) expect(date).toMatch(/^20\d\d-\d\d$/);
      expect([...dates].sort().reverse()).toEqual(dates);
    }
  });
});
