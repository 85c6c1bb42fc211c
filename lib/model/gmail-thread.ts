import { z } from 'zod';

/**
 * What Rapport reads from an open Gmail thread: plain text only, bounded,
 * with each message's new text kept apart from its quoted history and its
 * signature. Read by `lib/page/read-gmail-thread.ts`; the content script
 * turns it into a PageContext.
 */
export const MAX_TEXT = 20_000;

export const gmailPersonSchema = z.object({
  name: z.string().max(500),
  email: z.string().max(320),
});
export type GmailPerson = z.infer<typeof gmailPersonSchema>;

export const gmailMessageSchema = z.object({
  /** Gmail's message id (data-message-id), when the page gives one. */
  id: z.string().max(200).nullable(),
  from: gmailPersonSchema.nullable(),
  to: z.array(gmailPersonSchema).max(200),
  /** The date as Gmail shows it in full (the title of the date), untranslated. */
  date: z.string().max(200),
  /** A collapsed message has no body in the page yet: its texts are empty. */
  collapsed: z.boolean(),
  /** What the sender wrote in this message. */
  body: z.string().max(MAX_TEXT),
  /** Quoted history (earlier messages it replies to). */
  quoted: z.string().max(MAX_TEXT),
  signature: z.string().max(MAX_TEXT),
});
export type GmailMessage = z.infer<typeof gmailMessageSchema>;

export const gmailThreadSchema = z.object({
  /** Gmail's thread id: data-thread-perm-id, data-legacy-thread-id, or the URL's. */
  id: z.string().min(1).max(500),
  subject: z.string().max(500),
  messages: z.array(gmailMessageSchema).max(500),
});
export type GmailThread = z.infer<typeof gmailThreadSchema>;
