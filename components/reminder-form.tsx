import { addDays, setHours, startOfDay } from 'date-fns';
import { useId, useState, type FormEvent } from 'react';
import { addReminder } from '@/lib/db/reminders';
import { REMINDER_KINDS, REMINDER_KIND_LABELS, type ReminderKind } from '@/lib/model/reminder';
import { fromDateTimeInput, toDateTimeInput } from './format';
import { useServices } from './services';
import { useWrite } from './use-write';

/** Adds a reminder to a contact; defaults to a follow-up tomorrow at nine. */
export function ReminderForm({ contactId }: { contactId: string }) {
  const { db, now } = useServices();
  const write = useWrite();
  const id = useId();
  const [kind, setKind] = useState<ReminderKind>('follow-up');
  const [due, setDue] = useState(() =>
    toDateTimeInput(setHours(startOfDay(addDays(now(), 1)), 9).getTime()),
  );
  const [note, setNote] = useState('');
  const [error, setError] = useState('');

  async function submit(event: FormEvent) {
    event.preventDefault();

    const dueAt = fromDateTimeInput(due);
    if (!Number.isFinite(dueAt)) {
      setError('Choose a date and time for the reminder.');
      return;
    }

    setError('');
    const saved = await write(() => addReminder(db, { contactId, kind, dueAt, note }), {
      done: 'Reminder added.',
      reminders: true,
    });
    if (saved) setNote('');
  }

  return (
    <form className="reminder-form" onSubmit={submit} aria-label="Add a reminder">
      <div className="field-row">
        <div className="field">
          <label htmlFor={`${id}-kind`}>Remind me to</label>
          <select
            id={`${id}-kind`}
            value={kind}
            onChange={(event) => setKind(event.target.value as ReminderKind)}
          >
            {REMINDER_KINDS.map((k) => (
              <option key={k} value={k}>
                {REMINDER_KIND_LABELS[k]}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor={`${id}-due`}>When</label>
          <input
            id={`${id}-due`}
            type="datetime-local"
            value={due}
            onChange={(event) => setDue(event.target.value)}
          />
        </div>
      </div>
      <div className="field">
        <label htmlFor={`${id}-note`}>Note</label>
        <input
          id={`${id}-note`}
          placeholder="Send the case study I promised"
          value={note}
          onChange={(event) => setNote(event.target.value)}
        />
      </div>
      {error ? (
        <p className="form-error" role="alert">
          {error}
        </p>
      ) : null}
      <button type="submit" className="button">
        Add reminder
      </button>
    </form>
  );
}
