import { z } from 'zod';

/** How the call ended (DOMAIN.md, "The debrief after a no"). */
export const OUTCOMES = ['won', 'lost', 'not-now'] as const;
export const outcomeSchema = z.enum(OUTCOMES);
export type Outcome = z.infer<typeof outcomeSchema>;

export const OUTCOME_LABELS: Record<Outcome, string> = {
  won: 'Won',
  lost: 'Lost',
  'not-now': 'Not now',
};

/** A quick, honest answer; null while the user has not answered. */
export const ANSWERS = ['yes', 'partly', 'no'] as const;
export const answerSchema = z.enum(ANSWERS);
export type Answer = z.infer<typeof answerSchema>;

export const ANSWER_LABELS: Record<Answer, string> = { yes: 'Yes', partly: 'Partly', no: 'No' };

export interface DebriefQuestion {
  id: QuestionId;
  text: string;
  /** The answer that shows a habit worth changing, for the habits summary; null: not a habit. */
  habitAnswer: Answer | null;
  /** "you presented before exploring needs": how the habit reads in a sentence. */
  habit: string | null;
}

export const QUESTION_IDS = [
  'proposed-early',
  'asked-enough',
  'adapted',
  'helped-decide',
  'door-open',
  'might-change',
] as const;
export type QuestionId = (typeof QUESTION_IDS)[number];

/** The six questions, worded as DOMAIN.md has them. */
export const DEBRIEF_QUESTIONS: readonly DebriefQuestion[] = [
  {
    id: 'proposed-early',
    text: 'Did I propose a solution before fully exploring their needs?',
    habitAnswer: 'yes',
    habit: 'you proposed a solution before exploring their needs',
  },
  {
    id: 'asked-enough',
    text: 'Did I ask enough questions and let them share their ideas, rather than present too much?',
    habitAnswer: 'no',
    habit: 'you presented more than you asked',
  },
  {
    id: 'adapted',
    text: 'Did I adapt to their pace (faster or slower) and their priority (task or relationship)?',
    habitAnswer: 'no',
    habit: 'you did not adapt to their pace and priority',
  },
  {
    id: 'helped-decide',
    text: 'Am I confident I helped them make the decision that is best for them?',
    habitAnswer: 'no',
    habit: 'you were not sure you helped them decide what is best for them',
  },
  {
    id: 'door-open',
    text: 'Did I behave so that the door stays open if their situation changes?',
    habitAnswer: 'no',
    habit: 'the door may not have stayed open',
  },
  {
    id: 'might-change',
    text: 'Given their reasons, might the situation change?',
    habitAnswer: null,
    habit: null,
  },
];

const answerEntrySchema = z.object({
  answer: answerSchema.nullable(),
  note: z.string().max(2_000),
});
export type AnswerEntry = z.infer<typeof answerEntrySchema>;

export const debriefSchema = z.object({
  id: z.string().min(1),
  contactId: z.string().min(1),
  /** When the call or meeting took place. */
  date: z.number().int().nonnegative(),
  outcome: outcomeSchema,
  answers: z.object(
    Object.fromEntries(QUESTION_IDS.map((id) => [id, answerEntrySchema])) as Record<
      QuestionId,
      typeof answerEntrySchema
    >,
  ),
  /** The real reason for their answer, in the user's words. */
  reason: z.string().max(5_000),
  /** When the situation might change: the agreed call-back for a "not now". */
  changeAt: z.number().int().nonnegative().nullable(),
  createdAt: z.number().int().nonnegative(),
  updatedAt: z.number().int().nonnegative(),
});
export type Debrief = z.infer<typeof debriefSchema>;

export function emptyAnswers(): Debrief['answers'] {
  return Object.fromEntries(
    QUESTION_IDS.map((id) => [id, { answer: null, note: '' }]),
  ) as Debrief['answers'];
}
