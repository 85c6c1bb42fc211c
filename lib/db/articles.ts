import {
  articleSchema,
  sentArticleSchema,
  type Article,
  type ArticleInput,
  type SentArticle,
} from '../model/article';
import { parseOrThrow } from '../model/validation';
import { newId } from '../id';
import { now } from '../clock';
import type { RapportDatabase } from './database';

/** What a form, an import or a page supplies; the rest gets defaults. */
export type ArticleDraft = Partial<ArticleInput> & Pick<ArticleInput, 'title' | 'topics'>;

/** Fills the defaults a new article needs and validates it. */
export function buildArticle(draft: ArticleDraft, at = now()): Article {
  return parseOrThrow(
    articleSchema,
    {
      id: newId(),
      url: null,
      summary: '',
      tip: null,
      kind: 'relationship-building',
      format: 'article',
      styleFit: [],
      source: '',
      addedAt: at,
      starter: false,
      ...draft,
    },
    'Article',
  );
}

export async function addArticle(db: RapportDatabase, draft: ArticleDraft): Promise<Article> {
  const article = buildArticle(draft);
  await db.articles.add(article);
  return article;
}

/**
 * Adds many validated articles in one transaction: all of them or, when one
 * fails (a full disk), none, so a retry cannot leave half an import behind.
 */
export async function addArticles(
  db: RapportDatabase,
  articles: readonly Article[],
): Promise<number> {
  const checked = articles.map((article) =>
    parseOrThrow(articleSchema, article, `Article "${article.title}"`),
  );
  await db.transaction('rw', db.articles, async () => {
    await db.articles.bulkAdd(checked);
  });
  return checked.length;
}

/** Replaces saved articles (a merge of an import into what was there), in one transaction. */
export async function putArticles(
  db: RapportDatabase,
  articles: readonly Article[],
): Promise<void> {
  const checked = articles.map((article) =>
    parseOrThrow(articleSchema, article, `Article "${article.title}"`),
  );
  await db.transaction('rw', db.articles, async () => {
    await db.articles.bulkPut(checked);
  });
}

export async function updateArticle(
  db: RapportDatabase,
  id: string,
  patch: Partial<Omit<Article, 'id' | 'addedAt' | 'starter'>>,
): Promise<Article> {
  return db.transaction('rw', db.articles, async () => {
    const current = await db.articles.get(id);
    if (!current)
      throw new Error('That article no longer exists; it may have been deleted in another window.');

    const next = parseOrThrow(articleSchema, { ...current, ...patch, id }, 'Article');
    await db.articles.put(next);
    return next;
  });
}

/** An article as removed by a delete, with the record of whom it was sent to, so undo puts both back. */
export interface ArticleSnapshot {
  article: Article;
  sent: SentArticle[];
}

export async function deleteArticle(db: RapportDatabase, id: string): Promise<ArticleSnapshot> {
  return db.transaction('rw', db.articles, db.sentArticles, async () => {
    const article = await db.articles.get(id);
    if (!article)
      throw new Error('That article no longer exists; it may have been deleted in another window.');

    const sent = await db.sentArticles.where('articleId').equals(id).toArray();
    await db.sentArticles.where('articleId').equals(id).delete();
    await db.articles.delete(id);
    return { article, sent };
  });
}

export async function restoreArticle(
  db: RapportDatabase,
  snapshot: ArticleSnapshot,
): Promise<void> {
  await db.transaction('rw', db.articles, db.sentArticles, async () => {
    await db.articles.put(snapshot.article);
    await db.sentArticles.bulkPut(snapshot.sent);
  });
}

/**
 * Records that these articles went to this contact, so they are not
 * suggested to them again. Sending one twice keeps the first record.
 */
export async function recordSentArticles(
  db: RapportDatabase,
  contactId: string,
  articleIds: readonly string[],
  touchId: string | null,
  at = now(),
): Promise<void> {
  if (articleIds.length === 0) return;

  const rows = articleIds.map((articleId) =>
    parseOrThrow(sentArticleSchema, { contactId, articleId, at, touchId }, 'Sent article'),
  );
  await db.transaction('rw', db.sentArticles, async () => {
    const existing = await db.sentArticles.bulkGet(
      rows.map((row) => [row.contactId, row.articleId] as [string, string]),
    );
    await db.sentArticles.bulkAdd(rows.filter((_, index) => existing[index] === undefined));
  });
}

/** The ids of the articles already sent to a contact. */
export async function sentArticleIds(db: RapportDatabase, contactId: string): Promise<Set<string>> {
  const rows = await db.sentArticles.where('contactId').equals(contactId).toArray();
  return new Set(rows.map((row) => row.articleId));
}

/** Records the attachments of a sent draft that are library articles (others, such as plan notes, are skipped). */
export async function recordSentAttachments(
  db: RapportDatabase,
  contactId: string,
  attachmentIds: readonly string[],
  touchId: string | null,
): Promise<number> {
  if (attachmentIds.length === 0) return 0;

  const found = await db.articles.bulkGet([...attachmentIds]);
  const ids = found.flatMap((article) => (article ? [article.id] : []));
  await recordSentArticles(db, contactId, ids, touchId);
  return ids.length;
}
