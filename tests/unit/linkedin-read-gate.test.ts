import { describe, expect, it } from 'vitest';
import { nextRead } from '@/lib/page/linkedin-read-gate';
import type { LinkedInProfile } from '@/lib/model/linkedin-profile';

function profile(id: string, filled: Partial<LinkedInProfile> = {}): LinkedInProfile {
  return {
    url: `https://www.linkedin.com/in/${id}/`,
    name: id,
    headline: '',
    location: '',
    company: '',
    title: '',
    about: '',
    experience: [],
    layout: 'member',
    ...filled,
  };
}

const maria = 'https://www.linkedin.com/in/maria/';

describe('when the LinkedIn content script sends a read', () => {
  it.each([
    ['the first profile', null, profile('maria'), { key: maria, filled: 0 }],
    [
      'the same profile again',
      { key: maria, filled: 2 },
      profile('maria', { headline: 'x', about: 'y' }),
      null,
    ],
    [
      'the same profile with more rendered',
      { key: maria, filled: 1 },
      profile('maria', { headline: 'x', about: 'y' }),
      { key: maria, filled: 2 },
    ],
    [
      'the same profile with less rendered',
      { key: maria, filled: 3 },
      profile('maria', { headline: 'x' }),
      null,
    ],
    [
      'another profile',
      { key: maria, filled: 4 },
      profile('tomas'),
      { key: 'https://www.linkedin.com/in/tomas/', filled: 0 },
    ],
    ['leaving the profile for the feed', { key: maria, filled: 4 }, null, { key: null, filled: 0 }],
    ['the feed still', { key: null, filled: 0 }, null, null],
    ['the first page being the feed', null, null, { key: null, filled: 0 }],
  ])('%s', (_case, last, read, expected) => {
    expect(nextRead(last, read)).toEqual(expected);
  });
});
