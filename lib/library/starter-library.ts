import { browser } from 'wxt/browser';
import type { Article } from '../model/article';
import { buildArticle } from '../db/articles';
import type { RapportDatabase } from '../db/database';
import { log } from '../log';
import { STARTER_ENTRIES, type StarterEntry } from './starter-articles';

/**
 * Raise this when entries are added to the starter library: each version is
 * seeded once, so an entry the user deleted stays deleted across updates.
 */
export const STARTER_LIBRARY_VERSION = 1;
const SEEDED_KEY = 'starterLibraryVersion';

export const STARTER_SOURCE = 'Rapport starter library';

/** The stable id of a starter entry: the same on every install and update, so seeding never duplicates. */
export function starterId(title: string): string {
  const slug = title
    .toLowerCase()
    .normalize('NFKD')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
  return `starter-${slug}`;
}

/** A summary is the tip's first sentence: what a list shows before the user opens the entry. */
function firstSentence(text: string): string {
  const match = /^.+?[.!?](?=\s|$)/.exec(text);
  return (match?.[0] ?? text).trim();
}

export function starterArticle(entry: StarterEntry, at: number): Article {
  return buildArticle(
    {
      id: starterId(entry.title),
      title: entry.title,
      url: null,
      summary: firstSentence(entry.tip),
      tip: entry.tip,
      topics: [...entry.topics],
      kind: 'relationship-building',
      format: entry.format ?? 'tip',
      styleFit: [...(entry.styleFit ?? [])],
      source: STARTER_SOURCE,
      starter: true,
    },
    at,
  );
}

export function starterArticles(at: number): Article[] {
  return STARTER_ENTRIES.map((entry) => starterArticle(entry, at));
}

/**
 * Puts the starter library into the database once per starter version, in
 * one transaction. Entries already there (by id) are left as the user
 * edited them; two windows seeding at once cannot duplicate, because ids
 * are fixed. Returns how many were added.
 */
export async function seedStarterLibrary(db: RapportDatabase, at: number): Promise<number> {
  const stored = (await browser.storage.local.get(SEEDED_KEY))[SEEDED_KEY];
  if (typeof stored === 'number' && stored >= STARTER_LIBRARY_VERSION) return 0;

  const articles = starterArticles(at);
  const added = await db.transaction('rw', db.articles, async () => {
    const existing = await db.articles.bulkGet(articles.map((article) => article.id));
    const missing = articles.filter((_, index) => existing[index] === undefined);
    await db.articles.bulkAdd(missing);
    return missing.length;
  });

  await browser.storage.local.set({ [SEEDED_KEY]: STARTER_LIBRARY_VERSION });
  log.debug(`Seeded ${added} starter articles (starter library version ${STARTER_LIBRARY_VERSION}).`);
  return added;
}
