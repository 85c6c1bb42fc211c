import { useId, useState, type FormEvent } from 'react';
import {
  ARTICLE_FORMATS,
  ARTICLE_KIND_LABELS,
  ARTICLE_KINDS,
  type Article,
  type ArticleFormat,
  type ArticleKind,
} from '@/lib/model/article';
import { proposeTopics } from '@/lib/library/propose-topics';
import { ValidationError } from '@/lib/model/validation';

export interface ArticleFormValues {
  title: string;
  url: string;
  summary: string;
  tip: string;
  topics: string;
  kind: ArticleKind;
  format: ArticleFormat;
  source: string;
}

export const EMPTY_ARTICLE: ArticleFormValues = {
  title: '',
  url: '',
  summary: '',
  tip: '',
  topics: '',
  kind: 'relationship-building',
  format: 'article',
  source: '',
};

export function formValuesOf(article: Article): ArticleFormValues {
  return {
    title: article.title,
    url: article.url ?? '',
    summary: article.summary,
    tip: article.tip ?? '',
    topics: article.topics.join(', '),
    kind: article.kind,
    format: article.format,
    source: article.source,
  };
}

export function articlePatchOf(values: ArticleFormValues) {
  return {
    title: values.title,
    url: values.url.trim() || null,
    summary: values.summary,
    tip: values.tip.trim() || null,
    topics: values.topics
      .split(/[,;]/)
      .map((topic) => topic.trim())
      .filter(Boolean),
    kind: values.kind,
    format: values.format,
    source: values.source,
  };
}

interface Props {
  initial: ArticleFormValues;
  submitLabel: string;
  /** Resolves true when saved; a ValidationError's issues are shown by the fields. */
  onSubmit(values: ArticleFormValues): Promise<boolean>;
  onCancel?: () => void;
}

/** Adds or edits one article. Escape cancels; topics are proposed from the title and summary. */
export function ArticleForm({ initial, submitLabel, onSubmit, onCancel }: Props) {
  const id = useId();
  const [values, setValues] = useState(initial);
  const [error, setError] = useState<string | null>(null);
  const set = <K extends keyof ArticleFormValues>(key: K, value: ArticleFormValues[K]) =>
    setValues((current) => ({ ...current, [key]: value }));

  const chosen = values.topics
    .split(/[,;]/)
    .map((topic) => topic.trim().toLowerCase())
    .filter(Boolean);
  const proposals = proposeTopics(`${values.title} ${values.summary} ${values.tip}`).filter(
    (topic) => !chosen.includes(topic),
  );

  async function submit(event: FormEvent) {
    event.preventDefault();
    setError(null);
    try {
      if (await onSubmit(values)) setValues(initial === EMPTY_ARTICLE ? EMPTY_ARTICLE : values);
    } catch (caught) {
      setError(caught instanceof ValidationError ? caught.issues.join('. ') : String(caught));
    }
  }

  return (
    <form
      className="contact-fields article-form"
      onSubmit={submit}
      aria-label={submitLabel}
      onKeyDown={(event) => {
        if (event.key === 'Escape' && onCancel) onCancel();
      }}
    >
      <div className="field">
        <label htmlFor={`${id}-title`}>Title</label>
        <input
          id={`${id}-title`}
          required
          value={values.title}
          onChange={(event) => set('title', event.target.value)}
        />
      </div>
      <div className="field">
        <label htmlFor={`${id}-url`}>Link (optional)</label>
        <input
          id={`${id}-url`}
          type="url"
          placeholder="https://"
          value={values.url}
          onChange={(event) => set('url', event.target.value)}
        />
      </div>
      <div className="field">
        <label htmlFor={`${id}-summary`}>Summary</label>
        <textarea
          id={`${id}-summary`}
          rows={2}
          value={values.summary}
          onChange={(event) => set('summary', event.target.value)}
        />
      </div>
      <div className="field">
        <label htmlFor={`${id}-tip`}>Tip to send as it is (optional)</label>
        <textarea
          id={`${id}-tip`}
          rows={3}
          value={values.tip}
          onChange={(event) => set('tip', event.target.value)}
        />
      </div>
      <div className="field">
        <label htmlFor={`${id}-topics`}>Topics (comma-separated)</label>
        <input
          id={`${id}-topics`}
          value={values.topics}
          placeholder="delegation, time management"
          onChange={(event) => set('topics', event.target.value)}
        />
        {proposals.length > 0 ? (
          <p className="muted proposals">
            Proposed:{' '}
            {proposals.map((topic) => (
              <button
                key={topic}
                type="button"
                className="chip chip--proposal"
                onClick={() => set('topics', [...chosen, topic].join(', '))}
              >
                + {topic}
              </button>
            ))}
          </p>
        ) : null}
      </div>
      <div className="field-row">
        <div className="field">
          <label htmlFor={`${id}-kind`}>Kind</label>
          <select
            id={`${id}-kind`}
            value={values.kind}
            onChange={(event) => set('kind', event.target.value as ArticleKind)}
          >
            {ARTICLE_KINDS.map((kind) => (
              <option key={kind} value={kind}>
                {ARTICLE_KIND_LABELS[kind]}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor={`${id}-format`}>Format</label>
          <select
            id={`${id}-format`}
            value={values.format}
            onChange={(event) => set('format', event.target.value as ArticleFormat)}
          >
            {ARTICLE_FORMATS.map((format) => (
              <option key={format} value={format}>
                {format}
              </option>
            ))}
          </select>
        </div>
      </div>
      <div className="field">
        <label htmlFor={`${id}-source`}>Author or source</label>
        <input
          id={`${id}-source`}
          value={values.source}
          onChange={(event) => set('source', event.target.value)}
        />
      </div>
      {error ? (
        <p className="form-error" role="alert">
          Not saved: {error}
        </p>
      ) : null}
      <div className="form-actions">
        <button type="submit" className="button button--primary">
          {submitLabel}
        </button>
        {onCancel ? (
          <button type="button" className="button" onClick={onCancel}>
            Cancel
          </button>
        ) : null}
      </div>
    </form>
  );
}
