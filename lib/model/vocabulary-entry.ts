import { z } from 'zod';
import { tagKindSchema, tagSchema } from './tag';

/** A tag a user added that is not a starter topic; it joins the autocomplete for every contact. */
export const vocabularyEntrySchema = z.object({
  tag: tagSchema,
  /** What it was used as (goals, interests...), so suggestions file it under the same kind. */
  kinds: z.array(tagKindSchema).transform((kinds) => [...new Set(kinds)]),
  addedAt: z.number().int().nonnegative(),
});
export type VocabularyEntry = z.infer<typeof vocabularyEntrySchema>;
