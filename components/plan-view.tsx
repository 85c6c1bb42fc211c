import { useState } from 'react';
import {
  endPlan,
  pausePlan,
  resumePlan,
  roleOf,
  stepsForEditing,
  updatePlanSteps,
} from '@/lib/db/plans';
import type { Contact } from '@/lib/model/contact';
import type { Plan } from '@/lib/model/plan';
import type { Reminder } from '@/lib/model/reminder';
import type { Purpose } from '@/lib/model/touch';
import { STEP_ROLE_LABELS } from '@/lib/plan/plan-from-debrief';
import { useDraft } from './draft-store';
import { formatDue } from './format';
import { PlanEditor } from './plan-editor';
import { usePage } from './page-store';
import { useServices } from './services';
import { useWrite } from './use-write';

interface Props {
  contact: Contact;
  plan: Plan;
  steps: Reminder[];
  helpfulPurpose: Purpose;
}

/** A running plan: its next steps (each opens its draft), and pause, edit or end. */
export function PlanView({ contact, plan, steps, helpfulPurpose }: Props) {
  const { db, now } = useServices();
  const write = useWrite();
  const settings = usePage((state) => state.settings);
  const startDraft = useDraft((state) => state.start);
  const [mode, setMode] = useState<'view' | 'edit' | 'end'>('view');

  const live = steps.filter(
    (s) => s.status === 'open' || s.status === 'snoozed' || s.status === 'paused',
  );
  const done = steps.filter((s) => s.status === 'done').length;
  const paused = plan.status === 'paused';

  if (mode === 'edit') {
    return (
      <PlanEditor
        steps={stepsForEditing(live)}
        now={now()}
        helpfulPurpose={helpfulPurpose}
        spacingDays={settings.planSpacingDays}
        acceptLabel="Save plan"
        onCancel={() => setMode('view')}
        onAccept={async (edited) => {
          const saved = await write(() => updatePlanSteps(db, plan.id, edited), {
            done: 'Plan saved.',
            reminders: true,
          });
          if (saved) setMode('view');
          return saved !== undefined;
        }}
      />
    );
  }

  return (
    <div className="plan" aria-label="Follow-up plan">
      <p className="plan__status">
        <strong>{paused ? 'Plan paused' : 'Plan running'}</strong>
        <span className="muted">
          {' '}
          · {done} done, {live.length} to go
          {plan.callBackAt !== null ? ` · call back ${formatDue(plan.callBackAt, now())}` : ''}
        </span>
      </p>
      <ol className="plan-steps plan-steps--compact" aria-label="Steps to go">
        {live.map((step) => (
          <li key={step.id} className="plan-line">
            <span className="plan-line__role">{STEP_ROLE_LABELS[roleOf(step)]}</span>
            <span className="plan-line__when muted">
              {step.status === 'paused' ? 'paused' : formatDue(step.dueAt, now())}
            </span>
            {step.purpose && !paused && step.dueAt <= now() ? (
              <button
                type="button"
                className="button button--small"
                onClick={() => {
                  startDraft(contact.id, {
                    purpose: step.purpose ?? 'other',
                    attachments: step.attachments,
                    reminderId: step.id,
                  });
                  // The draft opens at the top of the card, out of sight from here.
                  requestAnimationFrame(() =>
                    document.querySelector('.draft')?.scrollIntoView({ block: 'start' }),
                  );
                }}
              >
                Write it now
              </button>
            ) : null}
          </li>
        ))}
      </ol>
      {mode === 'end' ? (
        <div className="plan__end" role="group" aria-label="End the plan">
          <p>
            What should happen to the {live.length} remaining step{live.length === 1 ? '' : 's'}?
          </p>
          <div className="form-actions form-actions--wrap">
            <button
              type="button"
              className="button button--small"
              onClick={() =>
                write(() => endPlan(db, plan.id, 'skip'), {
                  done: 'Plan ended; its remaining steps were skipped.',
                  reminders: true,
                })
              }
            >
              Skip them
            </button>
            <button
              type="button"
              className="button button--small"
              onClick={() =>
                write(() => endPlan(db, plan.id, 'keep'), {
                  done: 'Plan ended; its steps stay as plain reminders.',
                  reminders: true,
                })
              }
            >
              Keep them as plain reminders
            </button>
            <button
              type="button"
              className="button button--small button--text"
              onClick={() => setMode('view')}
            >
              Cancel
            </button>
          </div>
        </div>
      ) : (
        <div className="form-actions form-actions--wrap">
          <button
            type="button"
            className="button button--small"
            onClick={() =>
              paused
                ? write(() => resumePlan(db, plan.id), {
                    done: 'Plan resumed; its steps moved by the time it was paused.',
                    reminders: true,
                  })
                : write(() => pausePlan(db, plan.id), {
                    done: 'Plan paused: nothing from it comes due until you resume.',
                    reminders: true,
                  })
            }
          >
            {paused ? 'Resume' : 'Pause'}
          </button>
          <button type="button" className="button button--small" onClick={() => setMode('edit')}>
            Edit plan
          </button>
          <button
            type="button"
            className="button button--small button--danger"
            onClick={() => setMode('end')}
          >
            End plan
          </button>
        </div>
      )}
    </div>
  );
}
