import type { LinkedInProfile } from '../model/linkedin-profile';

/** What the content script last sent: which profile (null: no profile) and how much of it had rendered. */
export interface SentRead {
  key: string | null;
  filled: number;
}

/**
 * Whether a new read is worth sending: a different profile (or leaving
 * one), or the same profile with more of it rendered than last time.
 * LinkedIn fills a profile in over a second or two, and the main area
 * mutates constantly; this keeps it to one message per profile and state.
 */
export function nextRead(last: SentRead | null, profile: LinkedInProfile | null): SentRead | null {
  const read = { key: profile?.url ?? null, filled: profile ? filledFields(profile) : 0 };
  if (last && last.key === read.key && read.filled <= last.filled) return null;
  return read;
}

function filledFields(profile: LinkedInProfile): number {
  const fields = [
    profile.headline,
    profile.location,
    profile.company,
    profile.title,
    profile.about,
  ];
  return fields.filter(Boolean).length + profile.experience.length;
}
