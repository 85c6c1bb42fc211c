import { z } from 'zod';

/**
 * Something helpful attached to a draft or a planned step (an article, a
 * tip), stored with the reminder so the step's draft opens with it. Same
 * shape as DraftAttachment in lib/draft/types.ts.
 */
export const draftAttachmentSchema = z.object({
  id: z.string().min(1).max(200),
  title: z.string().max(500),
  url: z.string().max(2_000).nullable(),
  summary: z.string().max(2_000),
  text: z.string().max(10_000).nullable(),
});
export type StoredAttachment = z.infer<typeof draftAttachmentSchema>;
