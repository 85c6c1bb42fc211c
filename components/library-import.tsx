import { useId, useState } from 'react';
import {
  commitImport,
  ImportFileError,
  previewImport,
  readImportFile,
  type DuplicateChoice,
  type ImportPreview,
  type ImportRow,
} from '@/lib/library/import-articles';
import { readFeed } from '@/lib/library/read-feed';
import { fetchFeed, requestFeedAccess } from '@/lib/runtime/fetch-feed';
import { useServices } from './services';
import { useUi } from './ui-store';
import { useWrite } from './use-write';

const PREVIEW_ROWS = 200;

/**
 * Imports a JSON or CSV file, or an RSS/Atom feed the user names. Shows
 * what would be added, what is wrong with each bad row and which articles
 * repeat saved ones; writes nothing until the user confirms.
 */
export function LibraryImport() {
  const { db, now } = useServices();
  const write = useWrite();
  const id = useId();
  const [feedUrl, setFeedUrl] = useState('');
  const [defaultTopics, setDefaultTopics] = useState('');
  const [busy, setBusy] = useState<string | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const [preview, setPreview] = useState<{ from: string; preview: ImportPreview } | null>(null);
  const [duplicates, setDuplicates] = useState<DuplicateChoice>('skip');

  async function showPreview(from: string, rows: ImportRow[]) {
    setBusy(`Checking ${rows.length.toLocaleString('en')} rows…`);
    const existing = await db.articles.toArray();
    const topics = defaultTopics
      .split(/[,;]/)
      .map((topic) => topic.trim())
      .filter(Boolean);
    const result = await previewImport(rows, existing, {
      at: now(),
      defaultTopics: topics,
      onProgress: (done, total) =>
        setBusy(`Checking rows… ${done.toLocaleString('en')} of ${total.toLocaleString('en')}`),
    });
    setPreview({ from, preview: result });
    setBusy(null);
  }

  async function importFile(file: File) {
    setProblem(null);
    setPreview(null);
    try {
      setBusy(`Reading ${file.name}…`);
      const rows = readImportFile(file.name, await file.text());
      await showPreview(file.name, rows);
    } catch (error) {
      setBusy(null);
      setProblem(
        error instanceof ImportFileError
          ? `${file.name}: ${error.message}`
          : `Could not read ${file.name}. Nothing was imported.`,
      );
    }
  }

  async function importFeed() {
    setProblem(null);
    setPreview(null);
    try {
      // Asked first, inside the click: browsers grant host access only during the user's gesture.
      if (!(await requestFeedAccess(feedUrl))) {
        setProblem('Rapport needs your permission to read that site. Nothing was fetched.');
        return;
      }
      setBusy('Fetching the feed…');
      const rows = readFeed(await fetchFeed(feedUrl), new DOMParser());
      if (rows.length === 0) throw new Error('The feed has no items.');
      await showPreview(feedUrl, rows);
    } catch (error) {
      setBusy(null);
      setProblem(error instanceof Error ? error.message : 'Could not read that feed.');
    }
  }

  async function confirm() {
    if (!preview) return;
    setBusy('Saving…');
    const result = await write(() => commitImport(db, preview.preview, duplicates));
    setBusy(null);
    if (!result) return;

    setPreview(null);
    useUi.getState().showToast({
      tone: 'info',
      text: `Imported ${result.added} new articles${result.merged ? `, merged ${result.merged}` : ''}.`,
    });
  }

  const p = preview?.preview;
  return (
    <div className="library-import">
      <div className="field">
        <label htmlFor={`${id}-topics`}>Topics for rows that have none (optional)</label>
        <input
          id={`${id}-topics`}
          value={defaultTopics}
          placeholder="leadership development"
          onChange={(event) => setDefaultTopics(event.target.value)}
        />
      </div>
      <div className="field">
        <label htmlFor={`${id}-file`}>Import a JSON or CSV file</label>
        <input
          id={`${id}-file`}
          type="file"
          accept=".json,.csv,application/json,text/csv"
          onChange={(event) => {
            const file = event.target.files?.[0];
            event.target.value = '';
            if (file) void importFile(file);
          }}
        />
        <p className="muted">
          Columns: title, topics (separated by ; or ,), and optionally url, summary, tip, kind,
          format, source.
        </p>
      </div>
      <form
        className="field"
        onSubmit={(event) => {
          event.preventDefault();
          void importFeed();
        }}
      >
        <label htmlFor={`${id}-feed`}>Import an RSS or Atom feed</label>
        <div className="field-row">
          <input
            id={`${id}-feed`}
            type="url"
            required
            placeholder="https://example.org/feed.xml"
            value={feedUrl}
            onChange={(event) => setFeedUrl(event.target.value)}
          />
          <button type="submit" className="button">
            Read feed
          </button>
        </div>
        <p className="muted">
          Rapport asks for permission to read that one site, fetches only that address, and keeps
          the text.
        </p>
      </form>

      {busy ? (
        <p className="muted" role="status">
          {busy}
        </p>
      ) : null}
      {problem ? (
        <p className="form-error" role="alert">
          {problem}
        </p>
      ) : null}

      {p && preview ? (
        <section className="import-preview" aria-label="Import preview">
          <p role="status">
            {preview.from}: {p.valid} new, {p.duplicates} duplicates, {p.invalid} with errors.
            Nothing is saved until you confirm.
          </p>
          {p.duplicates > 0 ? (
            <div className="field">
              <label htmlFor={`${id}-dups`}>Duplicates</label>
              <select
                id={`${id}-dups`}
                value={duplicates}
                onChange={(event) => setDuplicates(event.target.value as DuplicateChoice)}
              >
                <option value="skip">Skip them</option>
                <option value="merge">
                  Merge into the saved article (adds topics and missing fields)
                </option>
              </select>
            </div>
          ) : null}
          <table className="import-table">
            <thead>
              <tr>
                <th scope="col">Row</th>
                <th scope="col">Title</th>
                <th scope="col">Status</th>
              </tr>
            </thead>
            <tbody>
              {p.rows.slice(0, PREVIEW_ROWS).map((row) => (
                <tr
                  key={row.row}
                  className={row.errors.length > 0 ? 'import-table__error' : undefined}
                >
                  <td>{row.row}</td>
                  <td>{row.article?.title ?? '—'}</td>
                  <td>
                    {row.errors.length > 0
                      ? row.errors.join('; ')
                      : row.repeatsRow !== undefined
                        ? `Repeats row ${row.repeatsRow}; skipped`
                        : row.duplicateOf
                          ? `Duplicate (${row.duplicateOf.how}) of "${row.duplicateOf.article.title}"`
                          : `New: ${row.article?.topics.join(', ') ?? ''}`}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
          {p.rows.length > PREVIEW_ROWS ? (
            <p className="muted">
              Showing the first {PREVIEW_ROWS} of {p.rows.length.toLocaleString('en')} rows.
            </p>
          ) : null}
          <div className="form-actions">
            <button
              type="button"
              className="button button--primary"
              disabled={p.valid === 0 && !(duplicates === 'merge' && p.duplicates > 0)}
              onClick={confirm}
            >
              Import {p.valid} {p.valid === 1 ? 'article' : 'articles'}
            </button>
            <button type="button" className="button" onClick={() => setPreview(null)}>
              Cancel
            </button>
          </div>
        </section>
      ) : null}
    </div>
  );
}
