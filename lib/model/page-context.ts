import { z } from 'zod';

/**
 * What a content script tells the extension about the page in front of the
 * user. It comes from a web page, so it is untrusted: every field is bounded
 * and the whole object is parsed again where it is received.
 */
export const SITES = ['gmail', 'linkedin'] as const;
export const siteSchema = z.enum(SITES);
export type Site = z.infer<typeof siteSchema>;

const shortText = z.string().max(500);

/** A person the page shows, prefilled into a new contact when unknown. */
export const pagePersonSchema = z.object({
  name: shortText,
  email: z.string().max(320).nullable(),
  linkedInUrl: z.string().max(500).nullable(),
  company: shortText,
  title: shortText,
  location: shortText,
  /** Fields filled by a guess (say, the company from the email domain), shown as such. */
  guessed: z.array(z.enum(['name', 'company', 'title', 'location'])).max(4),
  /** What the page says about them in their own words (about text, a recent email). */
  writing: z.string().max(20_000),
  /** When they last wrote in the open thread (Gmail); null where the page does not say. Optional for older senders. */
  lastWroteAt: z.number().int().nonnegative().nullable().default(null),
});
export type PagePerson = z.infer<typeof pagePersonSchema>;

export const pageContextSchema = z.object({
  site: siteSchema,
  /** The thread id on Gmail, the normalised profile URL on LinkedIn: one read per key. */
  key: z.string().min(1).max(500),
  /** The subject or the profile headline, to show what was read. */
  title: shortText,
  /** Candidates for "who is this", the likeliest first (the last sender, the profile owner). */
  people: z.array(pagePersonSchema).max(50),
  readAt: z.number().int().nonnegative(),
  /** The page is one the reader should understand (a thread) but its layout is unknown: say so, offer the manual path. */
  unreadable: z.boolean().optional(),
});
export type PageContext = z.infer<typeof pageContextSchema>;
