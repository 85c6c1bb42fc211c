import { z } from 'zod';

/** The four things Rapport learns about a person, each kept as a list of tags. */
export const TAG_KINDS = ['goals', 'challenges', 'interests', 'preferences'] as const;
export const tagKindSchema = z.enum(TAG_KINDS);
export type TagKind = z.infer<typeof tagKindSchema>;

export const TAG_KIND_LABELS: Record<TagKind, string> = {
  goals: 'Goals',
  challenges: 'Challenges',
  interests: 'Interests',
  preferences: 'Preferences',
};

/** A tag is a short phrase; case and spacing are normalised so "Hiring " and "hiring" are one tag. */
export const tagSchema = z
  .string()
  .transform((raw) => normaliseTag(raw))
  .pipe(z.string().min(1, 'A tag cannot be empty').max(80, 'Keep a tag under 80 characters'));

export function normaliseTag(raw: string): string {
  return raw.trim().replace(/\s+/g, ' ').toLowerCase();
}

/** A list of tags without duplicates, in the order they were added. */
export const tagListSchema = z.array(tagSchema).transform((tags) => [...new Set(tags)]);
