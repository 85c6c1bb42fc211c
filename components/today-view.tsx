import { useLiveQuery } from 'dexie-react-hooks';
import { listActiveReminders } from '@/lib/db/reminders';
import { groupForToday } from '@/lib/plan/due';
import type { Reminder } from '@/lib/model/reminder';
import { EmptyState } from './empty-state';
import { ReminderItem } from './reminder-item';
import { SampleDataOffer } from './sample-data';
import { useServices } from './services';
import { useUi } from './ui-store';
import { ViewHeading } from './view-heading';

/** Overdue, due today and coming up: what the user owes people, soonest first. */
export function TodayView() {
  const { db, now } = useServices();
  const go = useUi((state) => state.go);

  const data = useLiveQuery(async () => {
    const reminders = await listActiveReminders(db);
    const ids = [...new Set(reminders.map((r) => r.contactId))];
    const contacts = await db.contacts.bulkGet(ids);
    const names = new Map(contacts.flatMap((c) => (c ? [[c.id, c.name] as const] : [])));
    const contactCount = await db.contacts.count();
    return { reminders, names, contactCount };
  }, [db]);

  if (!data) return <p className="loading">Loading…</p>;

  const groups = groupForToday(data.reminders, now());
  const nothing = data.reminders.length === 0;

  return (
    <section aria-labelledby="today-heading" className="view">
      <ViewHeading id="today-heading">Today</ViewHeading>
      {nothing ? (
        <EmptyState title="Nothing is due.">
          {data.contactCount === 0 ? (
            <>
              <p>
                Open an email in Gmail or a profile on LinkedIn to add that person, or add a contact
                by hand.
              </p>
              <button
                type="button"
                className="button button--primary"
                onClick={() => go({ name: 'new-contact', prefill: null })}
              >
                Add a contact
              </button>
              <SampleDataOffer />
            </>
          ) : (
            <p>Add a reminder on a contact's card to be nudged when it is time to follow up.</p>
          )}
        </EmptyState>
      ) : (
        <>
          <ReminderGroup title="Overdue" reminders={groups.overdue} names={data.names} overdue />
          <ReminderGroup title="Due today" reminders={groups.today} names={data.names} />
          <ReminderGroup title="Coming up" reminders={groups.upcoming} names={data.names} />
        </>
      )}
    </section>
  );
}

interface GroupProps {
  title: string;
  reminders: Reminder[];
  names: Map<string, string>;
  overdue?: boolean;
}

function ReminderGroup({ title, reminders, names, overdue = false }: GroupProps) {
  if (reminders.length === 0) return null;

  const id = `group-${title.replace(/\s+/g, '-').toLowerCase()}`;
  return (
    <div className="group">
      <h3 id={id} className="group__title">
        {title} <span className="count">{reminders.length}</span>
      </h3>
      <ul className="reminder-list" aria-labelledby={id}>
        {reminders.map((reminder) => (
          <ReminderItem
            key={reminder.id}
            reminder={reminder}
            contactName={names.get(reminder.contactId) ?? 'Unknown contact'}
            overdue={overdue}
          />
        ))}
      </ul>
    </div>
  );
}
