import { useId, useState } from 'react';
import { updateContact } from '@/lib/db/contacts';
import type { Contact } from '@/lib/model/contact';
import { STYLES, STYLE_LABELS, type BehaviouralStyle, type StyleName } from '@/lib/model/style';
import { ASSESSMENT_QUESTIONS, assessStyle, type Observation } from '@/lib/plan/style-assessment';
import { styleFromWriting } from '@/lib/plan/style-from-writing';
import { STYLE_HINTS } from '@/lib/plan/style-hints';
import { usePage } from './page-store';
import { useServices } from './services';
import { useWrite } from './use-write';

const SOURCE_LABELS: Record<BehaviouralStyle['source'], string> = {
  picked: 'picked by you',
  assessment: 'from your assessment',
  writing: 'from their writing',
};

/** What Rapport has seen them write: their text on the open page (an email, an about), and the card's notes. */
export function writingOf(
  contact: Contact,
  people: readonly { email: string | null; linkedInUrl: string | null; writing: string }[],
) {
  const emails = new Set(contact.emails);
  const fromPage = people
    .filter(
      (p) =>
        (p.email !== null && emails.has(p.email.toLowerCase())) ||
        (p.linkedInUrl !== null && p.linkedInUrl === contact.linkedInUrl),
    )
    .map((p) => p.writing)
    .filter((text) => text.trim().length > 0);
  const sources = [
    ...fromPage.map((text) => ({ label: 'their writing on the open page', text })),
    ...(contact.notes.trim() ? [{ label: 'the notes on this card', text: contact.notes }] : []),
  ];
  return sources;
}

/**
 * The contact's behavioural style, set three ways (picked, a short
 * assessment, or a suggestion from their writing the user accepts), with a
 * "how to write to them" hint. A private note: no draft ever names it.
 */
export function StyleSection({ contact }: { contact: Contact }) {
  const { db, now } = useServices();
  const write = useWrite();
  const id = useId();
  const context = usePage((state) => state.context);
  const [mode, setMode] = useState<'none' | 'assess' | 'writing'>('none');
  const [observations, setObservations] = useState<Record<string, Observation>>({});
  const style = contact.style;

  function setStyle(
    name: StyleName,
    source: BehaviouralStyle['source'],
    confidence: number | null = null,
  ) {
    void write(
      () => updateContact(db, contact.id, { style: { name, source, confidence, setAt: now() } }),
      {
        done: `Style set to ${STYLE_LABELS[name]}.`,
      },
    );
    setMode('none');
  }

  const assessment = assessStyle(observations);
  const sources = writingOf(contact, context?.people ?? []);
  const suggestion = mode === 'writing' ? styleFromWriting(sources.map((s) => s.text)) : null;

  return (
    <section className="card__section style" aria-labelledby={`${id}-heading`}>
      <h3 id={`${id}-heading`}>
        Style <span className="muted">· a private note, never in anything sent</span>
      </h3>
      <div role="group" aria-label="Pick their style" className="style__picks">
        {STYLES.map((name) => (
          <button
            key={name}
            type="button"
            className={`button button--small${style?.name === name ? ' button--primary' : ''}`}
            aria-pressed={style?.name === name}
            onClick={() => setStyle(name, 'picked')}
          >
            {STYLE_LABELS[name]}
          </button>
        ))}
      </div>
      {style ? (
        <div className="style__hint" aria-label="How to write to them">
          <p>
            <strong>{STYLE_LABELS[style.name]}</strong>{' '}
            <span className="muted">
              ({SOURCE_LABELS[style.source]}
              {style.confidence !== null
                ? `, ${Math.round(style.confidence * 100)}% confidence`
                : ''}
              )
            </span>
          </p>
          <p>
            <span className="style__label">Write:</span> {STYLE_HINTS[style.name].write}
          </p>
          <p>
            <span className="style__label">Avoid:</span> {STYLE_HINTS[style.name].avoid}
          </p>
        </div>
      ) : (
        <p className="muted">
          Not set. Pick one, answer a few questions, or let Rapport suggest one from their writing.
        </p>
      )}
      <div className="form-actions">
        <button
          type="button"
          className="button button--small"
          aria-expanded={mode === 'assess'}
          onClick={() => setMode(mode === 'assess' ? 'none' : 'assess')}
        >
          Assess
        </button>
        <button
          type="button"
          className="button button--small"
          aria-expanded={mode === 'writing'}
          onClick={() => setMode(mode === 'writing' ? 'none' : 'writing')}
        >
          Suggest from their writing
        </button>
      </div>

      {mode === 'assess' ? (
        <div className="style__panel" role="group" aria-label="How did they behave?">
          {ASSESSMENT_QUESTIONS.map((question) => (
            <div key={question.id} className="field field--inline">
              <label htmlFor={`${id}-${question.id}`}>{question.text}</label>
              <select
                id={`${id}-${question.id}`}
                value={observations[question.id] ?? 'unsure'}
                onChange={(event) =>
                  setObservations({
                    ...observations,
                    [question.id]: event.target.value as Observation,
                  })
                }
              >
                <option value="unsure">Not sure</option>
                <option value="yes">Yes</option>
                <option value="no">No</option>
              </select>
            </div>
          ))}
          <p role="status">
            {assessment.style
              ? `Looks like a ${STYLE_LABELS[assessment.style]}: ${assessment.pace} pace, ${assessment.priority} priority.`
              : `Not clear yet: pace ${assessment.pace ?? 'unknown'}, priority ${assessment.priority ?? 'unknown'}. Answer another question.`}
          </p>
          {assessment.style ? (
            <button
              type="button"
              className="button button--small button--primary"
              onClick={() => assessment.style && setStyle(assessment.style, 'assessment')}
            >
              Use {STYLE_LABELS[assessment.style]}
            </button>
          ) : null}
        </div>
      ) : null}

      {suggestion ? (
        <div className="style__panel" role="group" aria-label="Suggestion from their writing">
          <p className="muted">
            Read: {sources.length > 0 ? sources.map((s) => s.label).join(', ') : 'nothing yet'} (
            {suggestion.words} words).
          </p>
          {suggestion.kind === 'not-enough' ? (
            <p role="status">{suggestion.reason}</p>
          ) : (
            <>
              <p role="status">
                Suggests <strong>{STYLE_LABELS[suggestion.style]}</strong>,{' '}
                {Math.round(suggestion.confidence * 100)}% confidence, from{' '}
                {suggestion.signals.join(', ')}.
              </p>
              {suggestion.caution ? <p className="muted">{suggestion.caution}</p> : null}
              <button
                type="button"
                className="button button--small button--primary"
                onClick={() => setStyle(suggestion.style, 'writing', suggestion.confidence)}
              >
                Accept {STYLE_LABELS[suggestion.style]}
              </button>
            </>
          )}
        </div>
      ) : null}
    </section>
  );
}
