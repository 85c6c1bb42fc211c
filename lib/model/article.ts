import { z } from 'zod';
import { styleNameSchema } from './style';
import { tagListSchema } from './tag';

/** DOMAIN.md: relationship-building helps the person and says nothing about us; value-proposition is about our offering. */
export const ARTICLE_KINDS = ['relationship-building', 'value-proposition'] as const;
export const articleKindSchema = z.enum(ARTICLE_KINDS);
export type ArticleKind = z.infer<typeof articleKindSchema>;

export const ARTICLE_KIND_LABELS: Record<ArticleKind, string> = {
  'relationship-building': 'Relationship-building',
  'value-proposition': 'Value proposition',
};

export const ARTICLE_FORMATS = [
  'article',
  'tip',
  'case study',
  'testimonial',
  'checklist',
  'video',
] as const;
export const articleFormatSchema = z.enum(ARTICLE_FORMATS);
export type ArticleFormat = z.infer<typeof articleFormatSchema>;

/**
 * Only web links: a `javascript:` or `data:` URL from an import or a feed
 * must never become a link the user can click in a draft.
 */
export const articleUrlSchema = z
  .string()
  .trim()
  .max(2_000, 'Keep the link under 2,000 characters')
  .refine((raw) => {
    try {
      const url = new URL(raw);
      return url.protocol === 'https:' || url.protocol === 'http:';
    } catch {
      return false;
    }
  }, 'Use a web address starting with https:// or http://');

/** A blank optional text is no text. */
const optionalText = (max: number) =>
  z
    .string()
    .trim()
    .max(max)
    .nullable()
    .transform((value) => (value ? value : null));

export const articleSchema = z.object({
  id: z.string().min(1),
  title: z
    .string()
    .trim()
    .min(1, 'An article needs a title')
    .max(300, 'Keep the title under 300 characters'),
  url: z
    .union([articleUrlSchema, z.literal(''), z.null()])
    .transform((value) => (value ? value : null)),
  summary: z.string().trim().max(2_000, 'Keep the summary under 2,000 characters'),
  /** Text that can go into a message as it is (a tip), when there is no link or as well as one. */
  tip: optionalText(2_000),
  topics: tagListSchema.pipe(z.array(z.string()).min(1, 'Give the article at least one topic')),
  kind: articleKindSchema,
  format: articleFormatSchema,
  /** The styles this suits best (a checklist for a Thinker); empty when it suits anyone. */
  styleFit: z.array(styleNameSchema).transform((list) => [...new Set(list)]),
  /** Who wrote it, or where it comes from. */
  source: z.string().trim().max(200),
  addedAt: z.number().int().nonnegative(),
  /** Shipped with Rapport rather than added by the user. */
  starter: z.boolean(),
});

export type Article = z.infer<typeof articleSchema>;
export type ArticleInput = z.input<typeof articleSchema>;

/** That this article was sent to this contact (in a draft the user inserted or copied). */
export const sentArticleSchema = z.object({
  contactId: z.string().min(1),
  articleId: z.string().min(1),
  at: z.number().int().nonnegative(),
  /** The touch that carried it, when there was one. */
  touchId: z.string().min(1).nullable(),
});

export type SentArticle = z.infer<typeof sentArticleSchema>;
