import { addDays } from 'date-fns';
import { useId, useState } from 'react';
import { PURPOSE_LABELS, type Purpose } from '@/lib/model/touch';
import { STEP_ROLE_LABELS, type PlanStep } from '@/lib/plan/plan-from-debrief';
import { formatDue, fromDateTimeInput, toDateTimeInput } from './format';

interface Props {
  steps: readonly PlanStep[];
  explanation?: readonly string[];
  now: number;
  /** The purpose a step added by hand drafts with. */
  helpfulPurpose: Purpose;
  spacingDays: number;
  acceptLabel: string;
  onAccept(steps: PlanStep[]): Promise<boolean>;
  onCancel(): void;
}

let added = 0;

/**
 * A proposed (or running) plan for the user to change before saving: move
 * a step, reword it, remove it, add a helpful message. Nothing is saved
 * until the user accepts.
 */
export function PlanEditor({
  steps: initial,
  explanation = [],
  now,
  helpfulPurpose,
  spacingDays,
  acceptLabel,
  onAccept,
  onCancel,
}: Props) {
  const id = useId();
  const [steps, setSteps] = useState<PlanStep[]>(() => [...initial]);
  const [saving, setSaving] = useState(false);
  const [error, setError] = useState('');

  function change(key: string, patch: Partial<PlanStep>) {
    setSteps(steps.map((step) => (step.key === key ? { ...step, ...patch } : step)));
  }

  function addStep() {
    const nudges = steps.filter((s) => s.role === 'helpful' || s.role === 'value');
    const after = nudges.at(-1)?.dueAt ?? now;
    const callBack = steps.find((s) => s.role === 'call-back')?.dueAt ?? Infinity;
    const dueAt = Math.min(addDays(after, spacingDays).getTime(), callBack - 86_400_000);
    setSteps(
      [
        ...steps,
        {
          key: `added-${++added}`,
          role: 'helpful' as const,
          kind: 'follow-up' as const,
          purpose: helpfulPurpose,
          dueAt: Math.max(dueAt, now),
          note: 'Send something that helps them with their own goals.',
          attachments: [],
        },
      ].sort((a, b) => a.dueAt - b.dueAt),
    );
  }

  async function accept() {
    if (steps.length === 0) {
      setError('The plan has no steps. Add one, or cancel.');
      return;
    }
    setError('');
    setSaving(true);
    const ok = await onAccept([...steps].sort((a, b) => a.dueAt - b.dueAt));
    setSaving(false);
    if (!ok) setError('Not saved; your changes are still here. Try again.');
  }

  return (
    <div className="plan-editor" role="group" aria-labelledby={`${id}-title`}>
      <p id={`${id}-title`} className="plan-editor__title">
        {steps.length} step{steps.length === 1 ? '' : 's'}: change any date or wording, remove what
        you do not want.
      </p>
      {explanation.length > 0 ? (
        <ul className="plan-editor__why">
          {explanation.map((line) => (
            <li key={line}>{line}</li>
          ))}
        </ul>
      ) : null}
      <ol className="plan-steps">
        {steps.map((step, index) => (
          <li
            key={step.key}
            className={`plan-step plan-step--${step.role}`}
            aria-label={`Step ${index + 1}: ${STEP_ROLE_LABELS[step.role]}`}
          >
            <div className="plan-step__head">
              <span className="plan-step__role">{STEP_ROLE_LABELS[step.role]}</span>
              {step.purpose ? (
                <span className="muted">draft: {PURPOSE_LABELS[step.purpose]}</span>
              ) : (
                <span className="muted">by hand</span>
              )}
              <span className="plan-step__when muted">{formatDue(step.dueAt, now)}</span>
            </div>
            <div className="field-row">
              <input
                type="datetime-local"
                aria-label={`When: step ${index + 1}`}
                value={toDateTimeInput(step.dueAt)}
                onChange={(event) => {
                  const dueAt = fromDateTimeInput(event.target.value);
                  if (Number.isFinite(dueAt)) change(step.key, { dueAt });
                }}
              />
              <button
                type="button"
                className="button button--small"
                aria-label={`Remove step ${index + 1}: ${STEP_ROLE_LABELS[step.role]}`}
                onClick={() => setSteps(steps.filter((s) => s.key !== step.key))}
              >
                Remove
              </button>
            </div>
            <input
              aria-label={`What to do: step ${index + 1}`}
              value={step.note}
              onChange={(event) => change(step.key, { note: event.target.value })}
            />
            {step.attachments.length > 0 ? (
              <p className="muted">With: {step.attachments.map((a) => a.title).join(', ')}</p>
            ) : null}
          </li>
        ))}
      </ol>
      {error ? (
        <p className="form-error" role="alert">
          {error}
        </p>
      ) : null}
      <div className="form-actions form-actions--wrap">
        <button type="button" className="button button--primary" disabled={saving} onClick={accept}>
          {acceptLabel}
        </button>
        <button type="button" className="button" onClick={addStep}>
          Add a helpful message
        </button>
        <button type="button" className="button button--text" onClick={onCancel}>
          Cancel
        </button>
      </div>
    </div>
  );
}
