import { z } from 'zod';

/** The four behavioural styles (DOMAIN.md): pace x priority. */
export const STYLES = ['director', 'socializer', 'relater', 'thinker'] as const;
export const styleNameSchema = z.enum(STYLES);
export type StyleName = z.infer<typeof styleNameSchema>;

export const STYLE_LABELS: Record<StyleName, string> = {
  director: 'Director',
  socializer: 'Socializer',
  relater: 'Relater',
  thinker: 'Thinker',
};

/** How the style was set: the user always decides, but we remember on what evidence. */
export const STYLE_SOURCES = ['picked', 'assessment', 'writing'] as const;

export const behaviouralStyleSchema = z.object({
  name: styleNameSchema,
  source: z.enum(STYLE_SOURCES),
  /** 0..1, only for a suggestion from the person's writing that the user accepted. */
  confidence: z.number().min(0).max(1).nullable(),
  setAt: z.number().int().nonnegative(),
});
export type BehaviouralStyle = z.infer<typeof behaviouralStyleSchema>;
