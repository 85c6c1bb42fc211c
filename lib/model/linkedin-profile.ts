import { z } from 'zod';
import { LINKEDIN_PROFILE_URL } from './contact';

const text = z.string().max(500);

/** One job as the profile's experience section shows it. */
export const experienceEntrySchema = z.object({
  title: text,
  company: text,
  dates: text,
});
export type ExperienceEntry = z.infer<typeof experienceEntrySchema>;

/** What Rapport reads from a LinkedIn profile page: only what the page in front of the user shows. */
export const linkedInProfileSchema = z.object({
  /** Always https://www.linkedin.com/in/<id>/ */
  url: z.string().regex(LINKEDIN_PROFILE_URL),
  name: z.string().min(1).max(200),
  headline: text,
  location: text,
  company: text,
  title: text,
  about: z.string().max(20_000),
  experience: z.array(experienceEntrySchema).max(50),
  layout: z.enum(['member', 'public']),
});
export type LinkedInProfile = z.infer<typeof linkedInProfileSchema>;
