import { useLiveQuery } from 'dexie-react-hooks';
import { useMemo } from 'react';
import { buildArticleIndex, type ArticleIndex } from '@/lib/match/article-index';
import { useServices } from './services';

/**
 * The library's index, rebuilt when an article is added, edited or
 * removed (a Dexie live query), shared by everything under one page.
 */
export function useArticleIndex(): ArticleIndex | undefined {
  const { db } = useServices();
  const articles = useLiveQuery(() => db.articles.toArray(), [db]);
  return useMemo(() => (articles ? buildArticleIndex(articles) : undefined), [articles]);
}
