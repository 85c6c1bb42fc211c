import { z } from 'zod';
import { draftSchema } from './model/draft';
import { pageContextSchema } from './model/page-context';
import { log } from './log';

/**
 * Every message between the parts of Rapport. Each has a schema; a message
 * that fails its schema is dropped with a logged reason, never half-used.
 */
export const messageSchema = z.discriminatedUnion('type', [
  /** content script -> background: what the open page shows (null: nothing readable). */
  z.object({ type: z.literal('page-context'), context: pageContextSchema.nullable() }),
  /** sidebar -> background: reminders were written; recount the badge. */
  z.object({ type: z.literal('reminders-changed') }),
  /** sidebar -> content script: read the page again now. */
  z.object({ type: z.literal('read-page') }),
  /** sidebar -> content script: put this draft into the page's compose box. */
  z.object({
    type: z.literal('insert-draft'),
    draft: draftSchema,
    /** reply: into the open thread's reply; new: a new message to `to`. */
    mode: z.enum(['reply', 'new']),
    to: z.string().max(320).nullable(),
  }),
]);

export type Message = z.infer<typeof messageSchema>;
export type MessageType = Message['type'];
export type MessageOf<T extends MessageType> = Extract<Message, { type: T }>;

/** Parses a message from another part; returns null (and says why) when it is malformed. */
export function parseMessage(raw: unknown): Message | null {
  const result = messageSchema.safeParse(raw);
  if (result.success) return result.data;

  log.warn('Dropped a malformed message:', z.prettifyError(result.error));
  return null;
}
