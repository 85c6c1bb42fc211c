import { z } from 'zod';
import { behaviouralStyleSchema } from './style';
import { tagListSchema } from './tag';

export const STAGES = ['prospect', 'customer', 'partner', 'colleague'] as const;
export const stageSchema = z.enum(STAGES);
export type Stage = z.infer<typeof stageSchema>;

export const STAGE_LABELS: Record<Stage, string> = {
  prospect: 'Prospect',
  customer: 'Customer',
  partner: 'Partner',
  colleague: 'Colleague',
};

const emailSchema = z
  .string()
  .trim()
  .toLowerCase()
  .pipe(z.email({ message: 'That does not look like an email address (name@company.com)' }));

/** https://www.linkedin.com/in/<id>/ — the one form profile URLs are stored in. */
export const LINKEDIN_PROFILE_URL = /^https:\/\/www\.linkedin\.com\/in\/[^/?#]+\/$/;

export const linkedInUrlSchema = z
  .string()
  .regex(
    LINKEDIN_PROFILE_URL,
    'Use the profile address, like https://www.linkedin.com/in/jane-doe/',
  );

export const contactSchema = z.object({
  id: z.string().min(1),
  name: z.string().trim().min(1, 'A contact needs a name').max(200),
  emails: z.array(emailSchema).transform((list) => [...new Set(list)]),
  linkedInUrl: linkedInUrlSchema.nullable(),
  company: z.string().trim().max(200),
  title: z.string().trim().max(200),
  location: z.string().trim().max(200),
  stage: stageSchema,
  goals: tagListSchema,
  challenges: tagListSchema,
  interests: tagListSchema,
  preferences: tagListSchema,
  style: behaviouralStyleSchema.nullable(),
  notes: z.string().max(20_000),
  /** Keep in touch at least every this many days when no plan is running (database v3); null: no rhythm. */
  keepInTouchDays: z.number().int().min(1).max(730).nullable(),
  /** Marks the bundled sample contacts, so one click removes them all. */
  sample: z.boolean(),
  createdAt: z.number().int().nonnegative(),
  updatedAt: z.number().int().nonnegative(),
});

export type Contact = z.infer<typeof contactSchema>;
/** What a form or a page reader supplies; the rest gets defaults. */
export type ContactDraft = Partial<z.input<typeof contactSchema>> & { name: string };
