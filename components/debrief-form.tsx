import { addMonths, addYears } from 'date-fns';
import { useId, useState, type FormEvent } from 'react';
import type { DebriefInput } from '@/lib/db/debriefs';
import {
  ANSWERS,
  ANSWER_LABELS,
  DEBRIEF_QUESTIONS,
  OUTCOMES,
  OUTCOME_LABELS,
  type Answer,
  type Outcome,
} from '@/lib/model/debrief';
import { fromDateInput, toDateInput } from './date-input';

interface Props {
  initial: DebriefInput;
  now: number;
  /** Saves; resolves false when the save failed (the form keeps what was typed). */
  onSave(debrief: DebriefInput): Promise<boolean>;
  onCancel(): void;
}

const QUICK_DATES = [
  { label: 'In 3 months', at: (now: number) => addMonths(now, 3).getTime() },
  { label: 'In 6 months', at: (now: number) => addMonths(now, 6).getTime() },
  { label: 'In a year', at: (now: number) => addYears(now, 1).getTime() },
];

/**
 * The debrief after a call: the outcome, the six honest questions (yes,
 * partly, no, and a note), the real reason, and when things might change.
 * A "not now" asks for the call-back date.
 */
export function DebriefForm({ initial, now, onSave, onCancel }: Props) {
  const id = useId();
  const [debrief, setDebrief] = useState(initial);
  const [changeDate, setChangeDate] = useState(
    initial.changeAt === null ? '' : toDateInput(initial.changeAt),
  );
  const [error, setError] = useState('');
  const [saving, setSaving] = useState(false);
  const notNow = debrief.outcome === 'not-now';

  function answer(
    questionId: keyof DebriefInput['answers'],
    patch: Partial<{ answer: Answer | null; note: string }>,
  ) {
    setDebrief({
      ...debrief,
      answers: { ...debrief.answers, [questionId]: { ...debrief.answers[questionId], ...patch } },
    });
  }

  async function submit(event: FormEvent) {
    event.preventDefault();

    const changeAt = changeDate ? fromDateInput(changeDate) : null;
    if (changeAt !== null && !Number.isFinite(changeAt)) {
      setError('The date is incomplete. Pick a day, or clear it.');
      return;
    }
    if (notNow && changeAt === null) {
      setError(
        'A "not now" needs the day they asked you to call back. Pick one (a quick choice is below the date).',
      );
      return;
    }

    setError('');
    setSaving(true);
    const saved = await onSave({
      ...debrief,
      changeAt: debrief.outcome === 'won' ? null : changeAt,
    });
    setSaving(false);
    if (!saved) setError('Not saved; your answers are still here. Try again.');
  }

  return (
    <form className="debrief-form" onSubmit={submit} aria-label="Debrief">
      <div className="field-row">
        <div className="field">
          <label htmlFor={`${id}-date`}>Date of the call</label>
          <input
            id={`${id}-date`}
            type="date"
            value={toDateInput(debrief.date)}
            onChange={(event) => {
              const date = fromDateInput(event.target.value);
              if (Number.isFinite(date)) setDebrief({ ...debrief, date });
            }}
          />
        </div>
      </div>

      <fieldset className="choice">
        <legend>Outcome</legend>
        {OUTCOMES.map((outcome) => (
          <label key={outcome} className="choice__option">
            <input
              type="radio"
              name={`${id}-outcome`}
              value={outcome}
              checked={debrief.outcome === outcome}
              onChange={() => setDebrief({ ...debrief, outcome: outcome as Outcome })}
            />
            {OUTCOME_LABELS[outcome]}
          </label>
        ))}
      </fieldset>
      {debrief.outcome === 'won' ? <p className="muted">Saving makes them a customer.</p> : null}

      {debrief.outcome !== 'won' ? (
        <div className="field">
          <label htmlFor={`${id}-change`}>
            {notNow ? 'Call back on (the day they asked for)' : 'Might it change? If so, when'}
          </label>
          <input
            id={`${id}-change`}
            type="date"
            value={changeDate}
            onChange={(event) => setChangeDate(event.target.value)}
          />
          <div className="form-actions form-actions--wrap" role="group" aria-label="Quick dates">
            {QUICK_DATES.map((quick) => (
              <button
                key={quick.label}
                type="button"
                className="button button--small"
                onClick={() => setChangeDate(toDateInput(quick.at(now)))}
              >
                {quick.label}
              </button>
            ))}
          </div>
        </div>
      ) : null}

      <div className="field">
        <label htmlFor={`${id}-reason`}>The real reason for their answer</label>
        <textarea
          id={`${id}-reason`}
          rows={2}
          value={debrief.reason}
          placeholder="Budget frozen until Q3; the new VP decides after that."
          onChange={(event) => setDebrief({ ...debrief, reason: event.target.value })}
        />
      </div>

      <p className="muted">Answer honestly; only you see this.</p>
      {DEBRIEF_QUESTIONS.map((question, index) => {
        const entry = debrief.answers[question.id];
        return (
          <fieldset key={question.id} className="choice question">
            <legend>
              {index + 1}. {question.text}
            </legend>
            <div className="choice__options">
              {ANSWERS.map((value) => (
                <label key={value} className="choice__option">
                  <input
                    type="radio"
                    name={`${id}-${question.id}`}
                    value={value}
                    checked={entry.answer === value}
                    onChange={() => answer(question.id, { answer: value })}
                  />
                  {ANSWER_LABELS[value]}
                </label>
              ))}
            </div>
            <input
              aria-label={`Note on question ${index + 1} (optional)`}
              placeholder="Note (optional)"
              value={entry.note}
              onChange={(event) => answer(question.id, { note: event.target.value })}
            />
          </fieldset>
        );
      })}

      {error ? (
        <p className="form-error" role="alert">
          {error}
        </p>
      ) : null}
      <div className="form-actions">
        <button type="submit" className="button button--primary" disabled={saving}>
          Save debrief
        </button>
        <button type="button" className="button" onClick={onCancel}>
          Cancel
        </button>
      </div>
    </form>
  );
}
