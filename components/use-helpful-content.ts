import { useLiveQuery } from 'dexie-react-hooks';
import { useMemo } from 'react';
import { sentArticleIds } from '@/lib/db/articles';
import type { DraftAttachment } from '@/lib/draft/types';
import { suggestArticles } from '@/lib/match/suggest-articles';
import type { Contact } from '@/lib/model/contact';
import { attachmentOf } from './library-suggestions';
import { useArticleIndex } from './use-article-index';
import { useServices } from './services';

/**
 * The library's picks for a plan's helpful steps: relationship-building
 * pieces matched to the contact's tags, none they were already sent, one per
 * step. Undefined until the library index is ready (the plan then has no
 * attachments, and each step says what kind of thing to send).
 */
export function useHelpfulContent(
  contactId: string,
): ((contact: Contact, count: number) => DraftAttachment[]) | undefined {
  const { db } = useServices();
  const index = useArticleIndex();
  const sent = useLiveQuery(() => sentArticleIds(db, contactId), [db, contactId]);

  return useMemo(() => {
    if (!index || !sent) return undefined;
    // No helpful touches counted: value-proposition pieces stay out of the helpful steps.
    return (contact: Contact, count: number) =>
      suggestArticles(index, contact, sent, { limit: count, helpfulTouches: 0 }).map((s) =>
        attachmentOf(s.article),
      );
  }, [index, sent]);
}
