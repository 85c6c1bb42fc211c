import { z } from 'zod';

/** The user's settings, kept in storage.local (small, synchronous to read, survives updates). */
export const settingsSchema = z.object({
  /** The user's name, for signing drafts. */
  yourName: z.string().trim().max(200).default(''),
  /** The user's own addresses, so Rapport never offers the user as the contact. */
  ownEmails: z.array(z.string().trim().toLowerCase().pipe(z.email())).default([]),
  /** Turns on debug logging with the [rapport] prefix. */
  verboseLogging: z.boolean().default(false),
});
export type Settings = z.infer<typeof settingsSchema>;

export const DEFAULT_SETTINGS: Settings = settingsSchema.parse({});
