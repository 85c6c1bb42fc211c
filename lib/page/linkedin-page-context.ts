import type { LinkedInProfile } from '../model/linkedin-profile';
import type { PageContext } from '../model/page-context';

/** What the sidebar is told about a profile: its owner, keyed by the normalised URL. */
export function linkedInPageContext(profile: LinkedInProfile, readAt: number): PageContext {
  return {
    site: 'linkedin',
    key: profile.url,
    title: profile.headline,
    people: [
      {
        name: profile.name,
        email: null,
        linkedInUrl: profile.url,
        company: profile.company,
        title: profile.title,
        location: profile.location,
        guessed: [],
        writing: profile.about,
        lastWroteAt: null,
      },
    ],
    readAt,
  };
}
