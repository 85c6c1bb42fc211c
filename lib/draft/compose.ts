import type { Draft } from '../model/draft';
import type { Purpose } from '../model/touch';
import type { DraftContext, DraftWriter } from './types';
import { writeThankYou } from './writers/thank-you';
import { writeHelpfulNote } from './writers/helpful-note';
import { writeValueProposition } from './writers/value-proposition';
import { writeHelpfulArticle } from './writers/helpful-article';

/**
 * The draft writers by purpose. A purpose without a writer is not offered
 * in the sidebar; later purposes add their writer here.
 */
export const DRAFT_WRITERS: Partial<Record<Purpose, DraftWriter>> = {
  'thank-you': writeThankYou,
  other: writeHelpfulNote,
  'value-proposition': writeValueProposition,
  article: writeHelpfulArticle,
};

export function availablePurposes(): Purpose[] {
  return Object.keys(DRAFT_WRITERS) as Purpose[];
}

/** Writes the draft for a purpose, or throws saying which purposes exist. */
export function composeDraft(context: DraftContext): Draft {
  const writer = DRAFT_WRITERS[context.purpose];
  if (!writer) {
    throw new Error(
      `No draft is written for "${context.purpose}" yet; choose one of: ${availablePurposes().join(', ')}.`,
    );
  }
  return writer(context);
}
