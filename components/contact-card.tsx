import { useLiveQuery } from 'dexie-react-hooks';
import { deleteContact, restoreContact, updateContact } from '@/lib/db/contacts';
import { addContactTag, removeContactTag } from '@/lib/db/contact-tags';
import { STAGE_LABELS } from '@/lib/model/contact';
import { TAG_KINDS } from '@/lib/model/tag';
import { DraftPanel } from './draft-panel';
import { DebriefSection } from './debrief-section';
import { useHelpfulContent } from './use-helpful-content';
import { StyleSection } from './style-section';
import { ContactFields, contactPatchOf, fieldValuesOf } from './contact-fields';
import { initials } from './contact-list';
import { LibrarySuggestions } from './library-suggestions';
import { EmptyState } from './empty-state';
import { ReminderForm } from './reminder-form';
import { ReminderItem } from './reminder-item';
import { TagEditor } from './tag-editor';
import { TagSuggestions } from './tag-suggestions';
import { TouchHistory } from './touch-history';
import { useServices } from './services';
import { useUi } from './ui-store';
import { ViewHeading } from './view-heading';
import { useWrite } from './use-write';

/** Everything Rapport knows about one person, all of it editable. */
export function ContactCard({ contactId }: { contactId: string }) {
  const { db } = useServices();
  const write = useWrite();
  const pickHelpfulContent = useHelpfulContent(contactId);
  const back = useUi((state) => state.back);

  const data = useLiveQuery(async () => {
    const contact = await db.contacts.get(contactId);
    const reminders = await db.reminders.where('contactId').equals(contactId).toArray();
    return { contact, reminders };
  }, [db, contactId]);

  if (!data) return <p className="loading">Loading…</p>;

  const { contact } = data;
  if (!contact) {
    return (
      <EmptyState title="This contact no longer exists.">
        <p>It may have been deleted in another window.</p>
        <button type="button" className="button" onClick={back}>
          Back
        </button>
      </EmptyState>
    );
  }

  const active = data.reminders
    .filter((r) => r.status === 'open' || r.status === 'snoozed')
    .sort((a, b) => a.dueAt - b.dueAt);

  async function remove() {
    const snapshot = await write(() => deleteContact(db, contactId), { reminders: true });
    if (!snapshot) return;

    back();
    useUi.getState().showToast({
      tone: 'info',
      text: `Deleted ${snapshot.contact.name}.`,
      undo: async () => {
        await write(() => restoreContact(db, snapshot), { reminders: true });
      },
    });
  }

  return (
    <article className="view card" aria-labelledby="card-heading">
      <header className="card__header">
        <span className="avatar avatar--large" aria-hidden="true">
          {initials(contact.name)}
        </span>
        <div>
          <ViewHeading key={contactId} id="card-heading">
            {contact.name}
          </ViewHeading>
          <p className="card__sub">
            {[contact.title, contact.company].filter(Boolean).join(' · ')}
            <span className={`stage stage--${contact.stage}`}>{STAGE_LABELS[contact.stage]}</span>
          </p>
        </div>
      </header>

      <section className="card__section" aria-label="Write">
        <DraftPanel contact={contact} />
      </section>

      {/* card sections: style and hint (issue 6) */}
      <StyleSection contact={contact} />

      <section className="card__section" aria-labelledby="tags-heading">
        <h3 id="tags-heading">What they want</h3>
        <TagSuggestions contact={contact} />
        {TAG_KINDS.map((kind) => (
          <TagEditor
            key={kind}
            kind={kind}
            tags={contact[kind]}
            onAdd={(tag) => write(() => addContactTag(db, contactId, kind, tag))}
            onRemove={(tag) => write(() => removeContactTag(db, contactId, kind, tag))}
          />
        ))}
      </section>

      {/* card sections: suggestions from the library (issue 5) */}
      <LibrarySuggestions contact={contact} />

      {/* card sections: debrief and follow-up plan (issue 6) */}
      <DebriefSection contact={contact} {...(pickHelpfulContent ? { pickHelpfulContent } : {})} />

      <section className="card__section" aria-labelledby="reminders-heading">
        <h3 id="reminders-heading">Reminders</h3>
        {active.length > 0 ? (
          <ul className="reminder-list" aria-label={`Reminders for ${contact.name}`}>
            {active.map((reminder) => (
              <ReminderItem key={reminder.id} reminder={reminder} />
            ))}
          </ul>
        ) : (
          <p className="muted">No open reminders.</p>
        )}
        <ReminderForm contactId={contactId} />
      </section>

      <section className="card__section" aria-labelledby="details-heading">
        <h3 id="details-heading">Details</h3>
        <ContactFields
          key={contact.updatedAt}
          initial={fieldValuesOf(contact)}
          submitLabel="Save"
          onSubmit={async (values) =>
            (await write(() => updateContact(db, contactId, contactPatchOf(values)), {
              done: 'Saved.',
            })) !== undefined
          }
        />
      </section>

      <section className="card__section" aria-labelledby="history-heading">
        <h3 id="history-heading">History</h3>
        <TouchHistory contactId={contactId} />
      </section>

      <footer className="card__footer">
        <button type="button" className="button button--danger" onClick={remove}>
          Delete contact
        </button>
      </footer>
    </article>
  );
}
