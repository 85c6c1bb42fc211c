import { browser } from 'wxt/browser';
import type { RapportDatabase } from '../db/database';
import { log } from '../log';

/**
 * Raise this when entries are added to the starter library: each version is
 * seeded once, so an entry the user deleted stays deleted across updates.
 */
export const STARTER_LIBRARY_VERSION = 1;
const SEEDED_KEY = 'starterLibraryVersion';

/**
 * Puts the starter library into the database once per starter version, in
 * one transaction. Entries already there (by id) are left as the user
 * edited them; two windows seeding at once cannot duplicate, because ids
 * are fixed. Returns how many were added.
 */
export async function seedStarterLibrary(db: RapportDatabase, at: number): Promise<number> {
  const stored = (await browser.storage.local.get(SEEDED_KEY))[SEEDED_KEY];
  if (typeof stored === 'number' && stored >= STARTER_LIBRARY_VERSION) return 0;

  // Loaded only when there is something to seed: the text is most of the library's weight.
  const { starterArticles } = await import('./starter-articles');
  const articles = starterArticles(at);
  const added = await db.transaction('rw', db.articles, async () => {
    const existing = await db.articles.bulkGet(articles.map((article) => article.id));
    const missing = articles.filter((_, index) => existing[index] === undefined);
    await db.articles.bulkAdd(missing);
    return missing.length;
  });

  await browser.storage.local.set({ [SEEDED_KEY]: STARTER_LIBRARY_VERSION });
  log.debug(
    `Seeded ${added} starter articles (starter library version ${STARTER_LIBRARY_VERSION}).`,
  );
  return added;
}
