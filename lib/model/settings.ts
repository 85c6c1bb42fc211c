import { z } from 'zod';

/** The user's settings, kept in storage.local (small, synchronous to read, survives updates). */
export const settingsSchema = z.object({
  /** The user's name, for signing drafts. */
  yourName: z.string().trim().max(200).default(''),
  /** The user's own addresses, so Rapport never offers the user as the contact. */
  ownEmails: z.array(z.string().trim().toLowerCase().pipe(z.email())).default([]),
  /** Turns on debug logging with the [rapport] prefix. */
  verboseLogging: z.boolean().default(false),
  /** Follow-up plans: the fewest days between two planned nudges. */
  planSpacingDays: z.number().int().min(1).max(120).default(14),
  /**
   * Follow-up plans: the most nudges (helpful and value messages) before the
   * call-back; replies fall with each further follow-up (Growbots 2018, DOMAIN.md).
   */
  planMaxNudges: z.number().int().min(1).max(12).default(4),
  /** Follow-up plans: helpful touches that come before any value-proposition material. */
  planHelpfulBeforeValue: z.number().int().min(0).max(12).default(2),
  /** Follow-up plans: the local hour planned steps come due (9 = 9:00). */
  planHour: z.number().int().min(0).max(23).default(9),
  /** The keep-in-touch rhythm offered for a contact with no plan, in days. */
  rhythmDays: z.number().int().min(7).max(365).default(42),
});
export type Settings = z.infer<typeof settingsSchema>;

export const DEFAULT_SETTINGS: Settings = settingsSchema.parse({});
