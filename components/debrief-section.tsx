import { useLiveQuery } from 'dexie-react-hooks';
import { useId, useState } from 'react';
import { blankDebrief, listDebriefs, saveDebrief, type DebriefInput } from '@/lib/db/debriefs';
import { acceptPlan, currentPlan, listPlanSteps } from '@/lib/db/plans';
import { updateContact } from '@/lib/db/contacts';
import { availablePurposes } from '@/lib/draft/compose';
import type { DraftAttachment } from '@/lib/draft/types';
import type { Contact } from '@/lib/model/contact';
import { OUTCOME_LABELS, type Debrief } from '@/lib/model/debrief';
import type { Purpose } from '@/lib/model/touch';
import { localTimeZone } from '@/lib/plan/local-time';
import { planFromDebrief, type PlanProposal } from '@/lib/plan/plan-from-debrief';
import { DebriefForm } from './debrief-form';
import { formatDay } from './format';
import { PlanEditor } from './plan-editor';
import { PlanView } from './plan-view';
import { usePage } from './page-store';
import { useServices } from './services';
import { useWrite } from './use-write';

interface Props {
  contact: Contact;
  /** Library suggestions for helpful steps (issue 5 passes suggestArticles here); without it steps carry no article. */
  pickHelpfulContent?: (contact: Contact, count: number) => DraftAttachment[];
}

const RHYTHMS = [
  { days: 14, label: 'every 2 weeks' },
  { days: 28, label: 'every 4 weeks' },
  { days: 42, label: 'every 6 weeks' },
  { days: 56, label: 'every 8 weeks' },
  { days: 91, label: 'every 3 months' },
  { days: 182, label: 'every 6 months' },
];

/** The purpose helpful steps draft with: the library's article writer once it exists. */
export function helpfulPurpose(): Purpose {
  return availablePurposes().includes('article') ? 'article' : 'other';
}

/**
 * After the call: the debrief, the follow-up plan it proposes (edited
 * before accepting), the running plan, and the keep-in-touch rhythm for
 * when no plan runs.
 */
export function DebriefSection({ contact, pickHelpfulContent }: Props) {
  const { db, now } = useServices();
  const write = useWrite();
  const id = useId();
  const settings = usePage((state) => state.settings);
  const [editing, setEditing] = useState<DebriefInput | null>(null);
  const [proposal, setProposal] = useState<PlanProposal | null>(null);

  const data = useLiveQuery(async () => {
    const debriefs = await listDebriefs(db, contact.id);
    const plan = await currentPlan(db, contact.id);
    const steps = plan ? await listPlanSteps(db, plan.id) : [];
    return { debriefs, plan, steps };
  }, [db, contact.id]);

  if (!data) return null;

  function propose(debrief: Debrief) {
    setProposal(
      planFromDebrief(debrief, contact, settings, now(), localTimeZone(), {
        helpfulPurpose: helpfulPurpose(),
        ...(pickHelpfulContent ? { pickHelpfulContent } : {}),
      }),
    );
  }

  const rhythmId = `${id}-rhythm`;
  return (
    <section className="card__section after-call" aria-labelledby={`${id}-heading`}>
      <h3 id={`${id}-heading`}>After the call</h3>

      {editing ? (
        <DebriefForm
          key={editing.id ?? 'new'}
          initial={editing}
          now={now()}
          onCancel={() => setEditing(null)}
          onSave={async (input) => {
            const saved = await write(() => saveDebrief(db, input), {
              done:
                input.outcome === 'won'
                  ? `Debrief saved. ${contact.name} is now a customer.`
                  : 'Debrief saved.',
            });
            if (!saved) return false;
            setEditing(null);
            propose(saved);
            return true;
          }}
        />
      ) : proposal ? (
        <>
          <p>
            <strong>Proposed follow-up plan</strong>
            {data.plan ? (
              <span className="muted"> · accepting it replaces the running plan</span>
            ) : null}
          </p>
          <PlanEditor
            steps={proposal.steps}
            explanation={proposal.explanation}
            now={now()}
            helpfulPurpose={helpfulPurpose()}
            spacingDays={settings.planSpacingDays}
            acceptLabel="Accept plan"
            onCancel={() => setProposal(null)}
            onAccept={async (steps) => {
              const plan = await write(() => acceptPlan(db, { ...proposal, steps }), {
                done: `Plan accepted: ${steps.length} steps. Rapport will remind you as each comes due.`,
                reminders: true,
              });
              if (plan) setProposal(null);
              return plan !== undefined;
            }}
          />
        </>
      ) : (
        <button
          type="button"
          className="button button--primary"
          onClick={() => setEditing(blankDebrief(contact.id, now()))}
        >
          Debrief a call
        </button>
      )}

      {data.plan && !proposal && !editing ? (
        <PlanView
          contact={contact}
          plan={data.plan}
          steps={data.steps}
          helpfulPurpose={helpfulPurpose()}
        />
      ) : null}

      {!data.plan ? (
        <div className="field field--inline">
          <label htmlFor={rhythmId}>Keep-in-touch rhythm (with no plan running)</label>
          <select
            id={rhythmId}
            value={contact.keepInTouchDays ?? ''}
            onChange={(event) => {
              const days = event.target.value ? Number(event.target.value) : null;
              void write(() => updateContact(db, contact.id, { keepInTouchDays: days }), {
                done: days
                  ? `Rapport will remind you when ${days} days pass without a touch.`
                  : 'No keep-in-touch rhythm.',
                reminders: true,
              });
            }}
          >
            <option value="">No rhythm</option>
            {RHYTHMS.map((rhythm) => (
              <option key={rhythm.days} value={rhythm.days}>
                {rhythm.label}
              </option>
            ))}
            {contact.keepInTouchDays !== null &&
            !RHYTHMS.some((r) => r.days === contact.keepInTouchDays) ? (
              <option value={contact.keepInTouchDays}>every {contact.keepInTouchDays} days</option>
            ) : null}
          </select>
        </div>
      ) : null}

      {data.debriefs.length > 0 ? (
        <ul className="debrief-list" aria-label="Debriefs">
          {data.debriefs.map((debrief) => (
            <li key={debrief.id} className="debrief-item">
              <span className="debrief-item__when">{formatDay(debrief.date)}</span>
              <span className={`debrief-item__outcome outcome--${debrief.outcome}`}>
                {OUTCOME_LABELS[debrief.outcome]}
              </span>
              {debrief.reason ? (
                <span className="debrief-item__reason">{debrief.reason}</span>
              ) : null}
              <span className="debrief-item__actions">
                <button type="button" className="link" onClick={() => setEditing(debrief)}>
                  Edit
                </button>
                <button type="button" className="link" onClick={() => propose(debrief)}>
                  Plan from this
                </button>
              </span>
            </li>
          ))}
        </ul>
      ) : null}
    </section>
  );
}
