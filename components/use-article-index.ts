import { liveQuery } from 'dexie';
import { useSyncExternalStore } from 'react';
import type { RapportDatabase } from '@/lib/db/database';
import { buildArticleIndex, type ArticleIndex } from '@/lib/match/article-index';
import { log } from '@/lib/log';
import { useServices } from './services';

interface IndexStore {
  index: ArticleIndex | undefined;
  listeners: Set<() => void>;
  watching: boolean;
}

const stores = new WeakMap<RapportDatabase, IndexStore>();

/**
 * One index per database and page, rebuilt only when the library changes
 * (a Dexie live query): opening another contact's card reuses it. At
 * 10,000 articles a build takes a few hundred ms (npm run bench), too long
 * to pay on every card.
 */
function storeFor(db: RapportDatabase): IndexStore {
  const known = stores.get(db);
  if (known) return known;

  const store: IndexStore = { index: undefined, listeners: new Set(), watching: false };
  stores.set(db, store);
  return store;
}

function subscribe(db: RapportDatabase, store: IndexStore, listener: () => void): () => void {
  store.listeners.add(listener);
  if (!store.watching) {
    store.watching = true;
    liveQuery(() => db.articles.toArray()).subscribe({
      next: (articles) => {
        store.index = buildArticleIndex(articles);
        for (const notify of store.listeners) notify();
      },
      error: (error: unknown) => log.warn('Could not read the library for suggestions', error),
    });
  }

  // The watch stays on for the page's life (one cheap query per library change),
  // so going from the list to another card does not rebuild the index.
  return () => {
    store.listeners.delete(listener);
  };
}

export function useArticleIndex(): ArticleIndex | undefined {
  const { db } = useServices();
  const store = storeFor(db);
  return useSyncExternalStore(
    (listener) => subscribe(db, store, listener),
    () => store.index,
  );
}
