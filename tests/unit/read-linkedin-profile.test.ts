import { describe, expect, it } from 'vitest';
import { readLinkedInProfile } from '@/lib/page/read-linkedin-profile';
import { linkedInPageContext } from '@/lib/page/linkedin-page-context';
import { linkedInProfileSchema } from '@/lib/model/linkedin-profile';
import { linkedInFixture } from '../linkedin-fixtures';

describe('readLinkedInProfile', () => {
  it('reads a full member profile without the screen-reader duplicates', () => {
    const profile = readLinkedInProfile(
      linkedInFixture('member-full.html'),
      'https://www.linkedin.com/in/Maria-Okafor?trk=abc#x',
    );

    expect(profile).toEqual({
      url: 'https://www.linkedin.com/in/maria-okafor/',
      name: 'Maria Okafor',
      headline: 'Head of Sales at Northwind Traders | Building teams that convert trade-show leads',
      location: 'Seattle, Washington, United States',
      company: 'Northwind Traders',
      title: 'Head of Sales',
      about:
        'I lead a sales team of twelve. This year we want to convert more of our trade-show leads and I am new to managing managers, so I read a lot about coaching and hiring salespeople.',
      experience: [
        {
          title: 'Head of Sales',
          company: 'Northwind Traders',
          dates: 'Jan 2022 - Present · 2 yrs 11 mos',
        },
        { title: 'Sales Manager', company: 'Contoso Events', dates: '2019 - 2021 · 3 yrs' },
        { title: 'Account Executive', company: 'Contoso Events', dates: '2016 - 2019 · 3 yrs' },
      ],
      layout: 'member',
    });
  });

  it('reads a sparse profile as far as it goes', () => {
    const profile = readLinkedInProfile(
      linkedInFixture('member-sparse.html'),
      'https://www.linkedin.com/in/sam-ito/',
    );

    expect(profile).toMatchObject({
      name: 'Sam Ito',
      headline: 'Procurement',
      location: '',
      company: '',
      title: '',
      about: '',
      experience: [],
    });
  });

  it('keeps a long title whole and cuts only what exceeds the bounds', () => {
    const profile = readLinkedInProfile(
      linkedInFixture('member-long-title.html'),
      'https://uk.linkedin.com/in/priya-rdw',
    );

    expect(profile?.url).toBe('https://www.linkedin.com/in/priya-rdw/');
    expect(profile?.title).toMatch(/^Chief Revenue Officer, .* Asia-Pacific$/);
    expect(profile?.company).toBe('Litware Global Holdings');
    expect(profile?.headline.length).toBeLessThanOrEqual(500);
    expect(profile?.headline).toMatch(/Marathon runner$/);
  });

  it('reads the logged-out public layout', () => {
    const profile = readLinkedInProfile(
      linkedInFixture('public-profile.html'),
      'https://de.linkedin.com/in/lena-fischer',
    );

    expect(profile).toMatchObject({
      url: 'https://www.linkedin.com/in/lena-fischer/',
      name: 'Lena Fischer',
      headline: 'Marketing Director at Adatum · B2B webinars and events',
      location: 'Berlin, Germany',
      company: 'Adatum',
      title: 'Marketing Director',
      layout: 'public',
    });
    expect(profile?.about).toMatch(/^Marketing for B2B software\./);
    expect(profile?.experience).toEqual([
      { title: 'Marketing Director', company: 'Adatum', dates: 'Feb 2021 - Present' },
      { title: 'Event Marketing Manager', company: 'Proseware', dates: '2017 - 2021' },
    ]);
  });

  it('ignores embedded data left over from the previous profile', () => {
    const profile = readLinkedInProfile(
      linkedInFixture('member-after-navigation.html'),
      'https://www.linkedin.com/in/tomas-berg/',
    );

    expect(profile).toMatchObject({
      name: 'Tomas Berg',
      headline: 'Operations Director at Fabrikam',
      location: '',
      about: '',
    });
  });

  it('uses embedded data that names this profile while the page is still rendering', () => {
    const doc = linkedInFixture('member-full.html');
    doc.querySelector('.text-body-medium')?.remove();

    expect(readLinkedInProfile(doc, 'https://www.linkedin.com/in/maria-okafor/')?.headline).toBe(
      'Head of Sales at Northwind Traders | Building teams that convert trade-show leads',
    );
  });

  it.each([
    ['feed.html', 'https://www.linkedin.com/feed/'],
    ['search.html', 'https://www.linkedin.com/search/results/people/?keywords=okafor'],
    ['company.html', 'https://www.linkedin.com/company/northwind-traders/'],
    ['feed.html', 'https://www.linkedin.com/in/maria-okafor/'],
    ['search.html', 'https://www.linkedin.com/in/maria-okafor/'],
    ['company.html', 'https://www.linkedin.com/in/maria-okafor/'],
    ['member-full.html', 'https://www.linkedin.com/in/maria-okafor/details/experience/'],
    ['member-full.html', 'https://www.example.com/in/maria-okafor/'],
  ])('rejects %s at %s', (fixture, url) => {
    expect(readLinkedInProfile(linkedInFixture(fixture), url)).toBeNull();
  });

  it.each([
    ['member-full.html', 'https://www.linkedin.com/in/maria-okafor/'],
    ['member-sparse.html', 'https://www.linkedin.com/in/sam-ito/'],
    ['member-long-title.html', 'https://www.linkedin.com/in/priya-rdw/'],
    ['public-profile.html', 'https://www.linkedin.com/in/lena-fischer/'],
    ['member-after-navigation.html', 'https://www.linkedin.com/in/tomas-berg/'],
  ])('reads %s into a profile that passes its schema', (fixture, url) => {
    expect(
      linkedInProfileSchema.safeParse(readLinkedInProfile(linkedInFixture(fixture), url)).success,
    ).toBe(true);
  });

  it('turns a profile into the page context the sidebar shows', () => {
    const profile = readLinkedInProfile(
      linkedInFixture('member-full.html'),
      'https://www.linkedin.com/in/maria-okafor/',
    );
    if (!profile) throw new Error('the fixture should read');

    expect(linkedInPageContext(profile, 1_000)).toEqual({
      site: 'linkedin',
      key: 'https://www.linkedin.com/in/maria-okafor/',
      title: profile.headline,
      people: [
        {
          name: 'Maria Okafor',
          email: null,
          linkedInUrl: 'https://www.linkedin.com/in/maria-okafor/',
          company: 'Northwind Traders',
          title: 'Head of Sales',
          location: 'Seattle, Washington, United States',
          guessed: [],
          writing: profile.about,
          lastWroteAt: null,
        },
      ],
      readAt: 1_000,
    });
  });
});
