import Fuse from 'fuse.js';
import Papa from 'papaparse';
import { articleSchema, type Article } from '../model/article';
import { describeIssues } from '../model/validation';
import { normaliseTag } from '../model/tag';
import { newId } from '../id';
import type { RapportDatabase } from '../db/database';

/** One row of a file or feed, before validation: column name -> cell. */
export type ImportRow = Record<string, unknown>;

/** The file could not be read as rows at all. */
export class ImportFileError extends Error {
  override name = 'ImportFileError';
}

export const MAX_IMPORT_ROWS = 50_000;

/** Columns Rapport reads, with the other names people give them. */
const COLUMNS: Record<string, readonly string[]> = {
  title: ['title', 'name', 'headline'],
  url: ['url', 'link', 'href', 'address'],
  summary: ['summary', 'description', 'excerpt', 'abstract'],
  tip: ['tip', 'text', 'body', 'message'],
  topics: ['topics', 'tags', 'topic', 'tag', 'categories', 'category'],
  kind: ['kind', 'type'],
  format: ['format'],
  source: ['source', 'author', 'publisher', 'by'],
  styleFit: ['stylefit', 'style fit', 'styles', 'style'],
};

function columnOf(key: string): string | undefined {
  const k = key.trim().toLowerCase().replace(/[_-]+/g, ' ');
  return Object.keys(COLUMNS).find(
    (column) => COLUMNS[column]?.includes(k) || column.toLowerCase() === k.replace(/ /g, ''),
  );
}

/**
 * Reads a JSON file (an array of articles, or `{ "articles": [...] }`) or a
 * CSV file with a header row. Throws an ImportFileError saying what is
 * wrong with the file as a whole; problems with single rows come later.
 */
export function readImportFile(fileName: string, text: string): ImportRow[] {
  const trimmed = text.replace(/^\uFEFF/, '').trim();
  if (!trimmed) throw new ImportFileError('The file is empty.');

  const looksJson = /\.json$/i.test(fileName) || trimmed.startsWith('[') || trimmed.startsWith('{');
  const rows = looksJson ? readJson(trimmed) : readCsv(trimmed);
  if (rows.length === 0) throw new ImportFileError('The file has no articles in it.');
  if (rows.length > MAX_IMPORT_ROWS)
    throw new ImportFileError(
      `The file has ${rows.length.toLocaleString('en')} rows; import at most ${MAX_IMPORT_ROWS.toLocaleString('en')} at a time.`,
    );

  const columns = new Set(rows.flatMap((row) => Object.keys(row).map(columnOf)));
  if (!columns.has('title')) {
    const found =
      [...new Set(rows.slice(0, 50).flatMap((row) => Object.keys(row)))].slice(0, 8).join(', ') ||
      'none';
    throw new ImportFileError(
      `No "title" column was found (columns: ${found}). Each article needs a title and topics; see the README for the columns Rapport reads.`,
    );
  }
  return rows;
}

function readJson(text: string): ImportRow[] {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    throw new ImportFileError(
      `This is not valid JSON (${error instanceof Error ? error.message : 'unreadable'}). Check the file, or save it again from the app that made it.`,
    );
  }
  const list = Array.isArray(data)
    ? data
    : typeof data === 'object' && data !== null && 'articles' in data
      ? (data as { articles: unknown }).articles
      : null;
  if (!Array.isArray(list))
    throw new ImportFileError(
      'The JSON should be a list of articles, or an object with an "articles" list.',
    );
  return list.map((item) =>
    typeof item === 'object' && item !== null && !Array.isArray(item)
      ? (item as ImportRow)
      : { value: item },
  );
}

function readCsv(text: string): ImportRow[] {
  const parsed = Papa.parse<ImportRow>(text, {
    header: true,
    skipEmptyLines: 'greedy',
    transformHeader: (header) => header.trim(),
  });
  const fatal = parsed.errors.find(
    (error) => error.type === 'Delimiter' && parsed.data.length === 0,
  );
  if (fatal)
    throw new ImportFileError(
      'This does not look like a CSV file with a header row. Save it as CSV (comma-separated) with the column names on the first line.',
    );
  return parsed.data;
}

function listOf(value: unknown): string[] {
  if (Array.isArray(value)) return value.map(String);
  if (typeof value !== 'string') return [];
  return value
    .split(/[;,|]/)
    .map((part) => part.trim())
    .filter(Boolean);
}

function cellText(value: unknown): string {
  return typeof value === 'string' ? value : typeof value === 'number' ? String(value) : '';
}

/** A row as an article candidate, with the user's default topics where the row has none. */
export function articleFromRow(
  row: ImportRow,
  options: { defaultTopics: readonly string[]; at: number },
): { article?: Article; errors: string[] } {
  const fields: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(row)) {
    const column = columnOf(key);
    if (column && fields[column] === undefined) fields[column] = value;
  }

  const topics = listOf(fields.topics);
  const candidate = {
    id: newId(),
    title: cellText(fields.title),
    url: cellText(fields.url).trim() || null,
    summary: cellText(fields.summary),
    tip: cellText(fields.tip).trim() || null,
    topics: topics.length > 0 ? topics : [...options.defaultTopics],
    kind: cellText(fields.kind).trim().toLowerCase() || 'relationship-building',
    format: cellText(fields.format).trim().toLowerCase() || 'article',
    styleFit: listOf(fields.styleFit).map((style) => style.toLowerCase()),
    source: cellText(fields.source),
    addedAt: options.at,
    starter: false,
  };
  const result = articleSchema.safeParse(candidate);
  return result.success
    ? { article: result.data, errors: [] }
    : { errors: describeIssues(result.error) };
}

export interface PreviewRow {
  /** 1-based, as the user counts rows in the file (after the header). */
  row: number;
  article?: Article;
  errors: string[];
  /** The saved article this one repeats, and how it was recognised. */
  duplicateOf?: { article: Article; how: 'same link' | 'similar title' };
  /** Repeats an earlier row of the same file: skipped. */
  repeatsRow?: number;
}

export interface ImportPreview {
  rows: PreviewRow[];
  valid: number;
  invalid: number;
  duplicates: number;
}

function urlKey(url: string): string {
  return url
    .replace(/^https?:\/\//i, '')
    .replace(/^www\./i, '')
    .replace(/[#?].*$/, '')
    .replace(/\/+$/, '')
    .toLowerCase();
}

/**
 * Validates every row and finds duplicates (the same link, or a near-
 * identical title, among saved articles or earlier rows), in chunks so a
 * 10,000-row file leaves the page responsive. Writes nothing.
 */
export async function previewImport(
  rows: readonly ImportRow[],
  existing: readonly Article[],
  options: {
    defaultTopics?: readonly string[];
    at: number;
    chunk?: number;
    onProgress?: (done: number, total: number) => void;
  },
): Promise<ImportPreview> {
  const byUrl = new Map(
    existing.flatMap((article) => (article.url ? [[urlKey(article.url), article] as const] : [])),
  );
  const byTitle = new Map(
    existing.map((article) => [normaliseTag(article.title), article] as const),
  );
  const fuse = new Fuse(existing, {
    keys: ['title'],
    includeScore: true,
    threshold: 0.3,
    ignoreLocation: true,
  });
  const seenUrls = new Map<string, number>();
  const seenTitles = new Map<string, number>();
  const chunk = options.chunk ?? 500;
  const out: PreviewRow[] = [];

  for (let start = 0; start < rows.length; start += chunk) {
    for (let i = start; i < Math.min(rows.length, start + chunk); i += 1) {
      const rowNumber = i + 1;
      const { article, errors } = articleFromRow(rows[i] ?? {}, {
        defaultTopics: options.defaultTopics ?? [],
        at: options.at,
      });
      if (!article) {
        out.push({ row: rowNumber, errors });
        continue;
      }

      const url = article.url ? urlKey(article.url) : null;
      const title = normaliseTag(article.title);
      const repeats = (url ? seenUrls.get(url) : undefined) ?? seenTitles.get(title);
      if (repeats !== undefined) {
        out.push({ row: rowNumber, article, errors: [], repeatsRow: repeats });
        continue;
      }
      if (url) seenUrls.set(url, rowNumber);
      seenTitles.set(title, rowNumber);

      const sameLink = url ? byUrl.get(url) : undefined;
      const sameTitle =
        byTitle.get(title) ?? (existing.length > 0 ? nearTitle(fuse, article.title) : undefined);
      const duplicateOf = sameLink
        ? { article: sameLink, how: 'same link' as const }
        : sameTitle
          ? { article: sameTitle, how: 'similar title' as const }
          : undefined;
      out.push({ row: rowNumber, article, errors: [], ...(duplicateOf ? { duplicateOf } : {}) });
    }
    options.onProgress?.(Math.min(rows.length, start + chunk), rows.length);
    // Let the page paint and take input between chunks.
    if (start + chunk < rows.length) await new Promise((resolve) => setTimeout(resolve, 0));
  }

  return {
    rows: out,
    valid: out.filter((row) => row.article && row.repeatsRow === undefined && !row.duplicateOf)
      .length,
    invalid: out.filter((row) => !row.article).length,
    duplicates: out.filter((row) => row.duplicateOf || row.repeatsRow !== undefined).length,
  };
}

/**
 * fuse.js finds titles that look alike; a near-identical title also shares
 * almost all its words, so "Weekly one-to-ones people look forward to"
 * matches its saved twin while "Hiring tips" and "Hiring traps" do not.
 */
function nearTitle(fuse: Fuse<Article>, title: string): Article | undefined {
  const hit = fuse.search(title, { limit: 1 })[0];
  if (!hit) return undefined;

  const mine = new Set(title.toLowerCase().split(/\W+/).filter(Boolean));
  const theirs = new Set(hit.item.title.toLowerCase().split(/\W+/).filter(Boolean));
  const shared = [...mine].filter((word) => theirs.has(word)).length;
  return shared / Math.max(mine.size, theirs.size) >= 0.8 ? hit.item : undefined;
}

/** What to do with an article that repeats a saved one. */
export type DuplicateChoice = 'skip' | 'merge';

/** The saved article with what the import adds: its topics, and fields the saved one lacks. */
export function mergeArticles(saved: Article, incoming: Article): Article {
  return {
    ...saved,
    url: saved.url ?? incoming.url,
    summary: saved.summary || incoming.summary,
    tip: saved.tip ?? incoming.tip,
    source: saved.source || incoming.source,
    topics: [...new Set([...saved.topics, ...incoming.topics])],
    styleFit: [...new Set([...saved.styleFit, ...incoming.styleFit])],
  };
}

/**
 * Writes a confirmed preview in one transaction: new articles added,
 * duplicates merged or skipped as chosen, invalid rows left out. All or
 * nothing: if anything fails, the library is as it was.
 */
export async function commitImport(
  db: RapportDatabase,
  preview: ImportPreview,
  duplicates: DuplicateChoice,
): Promise<{ added: number; merged: number }> {
  const added: Article[] = [];
  const merged = new Map<string, Article>();
  for (const row of preview.rows) {
    if (!row.article || row.repeatsRow !== undefined) continue;
    if (!row.duplicateOf) added.push(row.article);
    else if (duplicates === 'merge') {
      const base = merged.get(row.duplicateOf.article.id) ?? row.duplicateOf.article;
      merged.set(base.id, mergeArticles(base, row.article));
    }
  }

  await db.transaction('rw', db.articles, async () => {
    await db.articles.bulkAdd(added);
    await db.articles.bulkPut([...merged.values()]);
  });
  return { added: added.length, merged: merged.size };
}
