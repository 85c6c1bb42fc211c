import { z } from 'zod';

/** A draft as the sidebar hands it to a page writer. */
export const draftSchema = z.object({
  subject: z.string().max(1_000),
  body: z.string().min(1, 'The draft is empty').max(50_000),
});
export type Draft = z.infer<typeof draftSchema>;

/** What a page writer did with a draft, so the sidebar can tell the user. */
export const insertResultSchema = z.discriminatedUnion('ok', [
  z.object({ ok: z.literal(true), where: z.string().max(200) }),
  z.object({ ok: z.literal(false), reason: z.string().max(500) }),
]);
export type InsertResult = z.infer<typeof insertResultSchema>;
