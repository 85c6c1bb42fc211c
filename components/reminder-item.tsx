import { REMINDER_KIND_LABELS, type Reminder } from '@/lib/model/reminder';
import { putReminder, skipReminder, snoozeReminder } from '@/lib/db/reminders';
import { completeStep, isHandwrittenNote, roleOf } from '@/lib/db/plans';
import { STEP_ROLE_LABELS } from '@/lib/plan/plan-from-debrief';
import { formatDue } from './format';
import { SnoozeMenu } from './snooze-menu';
import { useDraft } from './draft-store';
import { useServices } from './services';
import { useUi } from './ui-store';
import { useWrite } from './use-write';

interface Props {
  reminder: Reminder;
  /** Shown when the list mixes contacts (Today); the card leaves it out. */
  contactName?: string | undefined;
  overdue?: boolean;
}

/** One reminder with its three ways out: done, snooze, skip. Each can be undone. */
export function ReminderItem({ reminder, contactName, overdue = false }: Props) {
  const { db, now } = useServices();
  const write = useWrite();
  const go = useUi((state) => state.go);
  // A plan step says what it is for ("Helpful message"), a plain reminder its kind.
  const kindLabel = reminder.planId
    ? STEP_ROLE_LABELS[roleOf(reminder)]
    : REMINDER_KIND_LABELS[reminder.kind];
  const label = `${kindLabel}${contactName ? ` for ${contactName}` : ''}`;
  const restore = () => putReminder(db, reminder);
  const purpose = reminder.purpose;

  // A hand-written thank-you note marked done is recorded as sent (issue 6); undo takes both back.
  async function markDone() {
    let touchId: string | null = null;
    await write(
      async () => {
        touchId = await completeStep(db, reminder);
      },
      {
        done: isHandwrittenNote(reminder)
          ? 'Marked done; the note is recorded as sent.'
          : 'Marked done.',
        undo: async () => {
          await restore();
          if (touchId) await db.touches.delete(touchId);
        },
        reminders: true,
      },
    );
  }

  // A plan step that is something to write opens its draft on the card in one click (issue 6).
  function openDraft() {
    if (!purpose) return;
    go({ name: 'contact', contactId: reminder.contactId });
    useDraft.getState().start(reminder.contactId, {
      purpose,
      attachments: reminder.attachments,
      reminderId: reminder.id,
    });
  }

  return (
    <li className={`reminder${overdue ? ' reminder--overdue' : ''}`} aria-label={label}>
      <div className="reminder__main">
        <span className="reminder__kind">{kindLabel}</span>
        {contactName ? (
          <button
            type="button"
            className="link reminder__contact"
            onClick={() => go({ name: 'contact', contactId: reminder.contactId })}
          >
            {contactName}
          </button>
        ) : null}
        <span className="reminder__due">{formatDue(reminder.dueAt, now())}</span>
        {reminder.note ? <p className="reminder__note">{reminder.note}</p> : null}
      </div>
      <div className="reminder__actions">
        {purpose ? (
          <button
            type="button"
            className="button button--small button--primary"
            aria-label={`Write it: ${label}`}
            onClick={openDraft}
          >
            Write it
          </button>
        ) : null}
        <button
          type="button"
          className={`button button--small${purpose ? '' : ' button--primary'}`}
          aria-label={`Done: ${label}`}
          onClick={markDone}
        >
          Done
        </button>
        <SnoozeMenu
          now={now()}
          label={label}
          onSnooze={(until) =>
            write(() => snoozeReminder(db, reminder.id, until), {
              done: `Snoozed until ${formatDue(until, now())}.`,
              undo: restore,
              reminders: true,
            })
          }
        />
        <button
          type="button"
          className="button button--small"
          aria-label={`Skip: ${label}`}
          onClick={() =>
            write(() => skipReminder(db, reminder.id), {
              done: 'Skipped.',
              undo: restore,
              reminders: true,
            })
          }
        >
          Skip
        </button>
      </div>
    </li>
  );
}
