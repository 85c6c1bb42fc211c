import { z } from 'zod';

export const CHANNELS = ['email', 'linkedin', 'phone', 'meeting', 'letter', 'other'] as const;
export const channelSchema = z.enum(CHANNELS);
export type Channel = z.infer<typeof channelSchema>;

/**
 * Why the user got in touch (DESIGN.md, step 6), or 'reply': the contact
 * wrote to the user (seen in Gmail). A reply has no draft writer, so it is
 * never offered as a purpose to write for.
 */
export const PURPOSES = [
  'thank-you',
  'article',
  'introduction',
  'call-back',
  'promise-update',
  'value-proposition',
  'other',
  'reply',
] as const;
export const purposeSchema = z.enum(PURPOSES);
export type Purpose = z.infer<typeof purposeSchema>;

export const PURPOSE_LABELS: Record<Purpose, string> = {
  'thank-you': 'Thank-you',
  article: 'Helpful article',
  introduction: 'Introduction',
  'call-back': 'Call-back',
  'promise-update': 'Promise update',
  'value-proposition': 'Value proposition',
  other: 'Other',
  reply: 'Their reply',
};

export const touchSchema = z.object({
  id: z.string().min(1),
  contactId: z.string().min(1),
  channel: channelSchema,
  purpose: purposeSchema,
  at: z.number().int().nonnegative(),
  subject: z.string().max(1_000),
  /** The text that went out (or a summary for a call), as the user saw it. */
  body: z.string().max(50_000),
});

export type Touch = z.infer<typeof touchSchema>;
