import { useLiveQuery } from 'dexie-react-hooks';
import { useEffect, useId, useMemo, useState } from 'react';
import { addArticle, deleteArticle, restoreArticle, updateArticle } from '@/lib/db/articles';
import {
  ARTICLE_KIND_LABELS,
  ARTICLE_KINDS,
  type Article,
  type ArticleKind,
} from '@/lib/model/article';
import { takeSavedPage, type SavedPage } from '@/lib/runtime/saved-page';
import { proposeTopics } from '@/lib/library/propose-topics';
import {
  ArticleForm,
  articlePatchOf,
  EMPTY_ARTICLE,
  formValuesOf,
  type ArticleFormValues,
} from './article-form';
import { EmptyState } from './empty-state';
import { LibraryImport } from './library-import';
import { useServices } from './services';
import { useUi } from './ui-store';
import { useWrite } from './use-write';

const SHOWN = 100;

function matches(article: Article, words: string[]): boolean {
  const haystack =
    `${article.title} ${article.summary} ${article.tip ?? ''} ${article.topics.join(' ')} ${article.source}`.toLowerCase();
  return words.every((word) => haystack.includes(word));
}

function prefillFrom(page: SavedPage): ArticleFormValues {
  return {
    ...EMPTY_ARTICLE,
    title: page.title,
    url: page.url,
    summary: page.description,
    source: page.author || page.siteName,
    topics: proposeTopics(`${page.title} ${page.description}`).join(', '),
  };
}

/** The options page's library: search, filter, add, edit, delete (with undo), import. */
export function LibraryManager({
  takePage = takeSavedPage,
}: {
  takePage?: () => Promise<SavedPage | null>;
}) {
  const { db } = useServices();
  const write = useWrite();
  const id = useId();
  const articles = useLiveQuery(() => db.articles.orderBy('title').toArray(), [db]);
  const [query, setQuery] = useState('');
  const [topic, setTopic] = useState('');
  const [kind, setKind] = useState<ArticleKind | ''>('');
  const [editing, setEditing] = useState<string | null>(null);
  const [adding, setAdding] = useState<ArticleFormValues | null>(null);

  // "Save this page to Rapport" opened this page with the page's details waiting.
  useEffect(() => {
    void takePage().then((page) => {
      if (page) setAdding(prefillFrom(page));
    });
  }, [takePage]);

  const topics = useMemo(
    () => [...new Set((articles ?? []).flatMap((a) => a.topics))].sort(),
    [articles],
  );
  const filtered = useMemo(() => {
    const words = query.toLowerCase().split(/\s+/).filter(Boolean);
    return (articles ?? []).filter(
      (a) =>
        (!topic || a.topics.includes(topic)) && (!kind || a.kind === kind) && matches(a, words),
    );
  }, [articles, query, topic, kind]);

  async function remove(article: Article) {
    const snapshot = await write(() => deleteArticle(db, article.id));
    if (!snapshot) return;
    useUi.getState().showToast({
      tone: 'info',
      text: `Deleted "${article.title}".`,
      undo: async () => void (await write(() => restoreArticle(db, snapshot))),
    });
  }

  if (!articles) return <p className="loading">Loading the library…</p>;

  return (
    <div className="library">
      <div className="library__toolbar">
        <div className="field library__search">
          <label htmlFor={`${id}-search`}>Search the library</label>
          <input
            id={`${id}-search`}
            type="search"
            className="search"
            value={query}
            placeholder="title, topic, words"
            onChange={(event) => setQuery(event.target.value)}
          />
        </div>
        <div className="field">
          <label htmlFor={`${id}-topic`}>Topic</label>
          <select
            id={`${id}-topic`}
            value={topic}
            onChange={(event) => setTopic(event.target.value)}
          >
            <option value="">All topics</option>
            {topics.map((t) => (
              <option key={t} value={t}>
                {t}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor={`${id}-kind`}>Kind</label>
          <select
            id={`${id}-kind`}
            value={kind}
            onChange={(event) => setKind(event.target.value as ArticleKind | '')}
          >
            <option value="">Both kinds</option>
            {ARTICLE_KINDS.map((k) => (
              <option key={k} value={k}>
                {ARTICLE_KIND_LABELS[k]}
              </option>
            ))}
          </select>
        </div>
        {adding ? null : (
          <button
            type="button"
            className="button button--primary"
            onClick={() => setAdding(EMPTY_ARTICLE)}
          >
            Add an article
          </button>
        )}
      </div>

      {adding ? (
        <section className="library__add" aria-label="New article">
          <h3>New article</h3>
          <ArticleForm
            initial={adding}
            submitLabel="Save article"
            onCancel={() => setAdding(null)}
            onSubmit={async (values) => {
              const saved = await write(() => addArticle(db, articlePatchOf(values)), {
                done: `Saved "${values.title}".`,
              });
              if (saved) setAdding(null);
              return saved !== undefined;
            }}
          />
        </section>
      ) : null}

      <p className="muted" role="status">
        {filtered.length === articles.length
          ? `${articles.length} articles`
          : `${filtered.length} of ${articles.length} articles`}
      </p>

      {articles.length === 0 ? (
        <EmptyState title="The library is empty.">
          <p>
            Add an article, import a file or a feed, or use "Save this page to Rapport" from any
            page's context menu.
          </p>
        </EmptyState>
      ) : filtered.length === 0 ? (
        <EmptyState title="Nothing matches.">
          <button
            type="button"
            className="button"
            onClick={() => [setQuery(''), setTopic(''), setKind('')]}
          >
            Clear the search and filters
          </button>
        </EmptyState>
      ) : (
        <ul className="library__list" aria-label="Articles">
          {filtered.slice(0, SHOWN).map((article) => (
            <li key={article.id} className="library__item">
              {editing === article.id ? (
                <ArticleForm
                  initial={formValuesOf(article)}
                  submitLabel="Save changes"
                  onCancel={() => setEditing(null)}
                  onSubmit={async (values) => {
                    const saved = await write(
                      () => updateArticle(db, article.id, articlePatchOf(values)),
                      { done: 'Saved.' },
                    );
                    if (saved) setEditing(null);
                    return saved !== undefined;
                  }}
                />
              ) : (
                <>
                  <div className="library__text">
                    <span className="library__title">{article.title}</span>
                    <span className="muted">
                      {[ARTICLE_KIND_LABELS[article.kind], article.format, article.source]
                        .filter(Boolean)
                        .join(' · ')}
                    </span>
                    <span className="library__topics">{article.topics.join(', ')}</span>
                    {article.url ? <span className="library__url">{article.url}</span> : null}
                  </div>
                  <div className="library__actions">
                    <button
                      type="button"
                      className="button button--small"
                      aria-label={`Edit "${article.title}"`}
                      onClick={() => setEditing(article.id)}
                    >
                      Edit
                    </button>
                    <button
                      type="button"
                      className="button button--small button--danger"
                      aria-label={`Delete "${article.title}"`}
                      onClick={() => remove(article)}
                    >
                      Delete
                    </button>
                  </div>
                </>
              )}
            </li>
          ))}
        </ul>
      )}
      {filtered.length > SHOWN ? (
        <p className="muted">Showing the first {SHOWN}; search or filter to find the rest.</p>
      ) : null}

      <section className="card__section" aria-labelledby={`${id}-import`}>
        <h3 id={`${id}-import`}>Import</h3>
        <LibraryImport />
      </section>
    </div>
  );
}
