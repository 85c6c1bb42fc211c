import { useLiveQuery } from 'dexie-react-hooks';
import { useId } from 'react';
import { mergeContacts, previewMerge, undoMerge } from '@/lib/db/merge-contacts';
import { TAG_KIND_LABELS, TAG_KINDS } from '@/lib/model/tag';
import { useServices } from './services';
import { useUi } from './ui-store';
import { useWrite } from './use-write';

const TABLE_LABELS: Record<string, string> = {
  reminders: 'reminder',
  touches: 'message sent',
  debriefs: 'debrief',
  plans: 'plan',
};
const FIELD_LABELS: Record<string, string> = {
  name: 'Name',
  stage: 'Stage',
  linkedInUrl: 'LinkedIn profile',
  company: 'Company',
  title: 'Title',
  location: 'Location',
  style: 'Style',
};

/** What merging two records of one person will do, and the button that does it (undo in the toast). */
export function MergeDialog({
  keepId,
  mergeId,
  onClose,
}: {
  keepId: string;
  mergeId: string;
  onClose(): void;
}) {
  const { db } = useServices();
  const write = useWrite();
  const go = useUi((state) => state.go);
  const id = useId();
  const preview = useLiveQuery(
    () => previewMerge(db, keepId, mergeId).catch(() => null),
    [db, keepId, mergeId],
  );

  if (preview === undefined) return <p className="loading">Reading both records…</p>;
  if (preview === null) {
    return (
      <p className="form-error" role="alert">
        One of the two records no longer exists, so there is nothing to merge.
      </p>
    );
  }

  const moving = Object.entries(preview.moving).filter(([, count]) => count > 0);
  const newTags = TAG_KINDS.filter((kind) => preview.newTags[kind].length > 0);

  async function merge() {
    const snapshot = await write(() => mergeContacts(db, keepId, mergeId), { reminders: true });
    if (!snapshot) return;

    onClose();
    go({ name: 'contact', contactId: keepId });
    useUi.getState().showToast({
      tone: 'info',
      text: `Merged the two records of ${snapshot.keep.name}.`,
      undo: async () => {
        await write(() => undoMerge(db, snapshot), { reminders: true });
      },
    });
  }

  return (
    <section className="merge" role="dialog" aria-labelledby={`${id}-title`}>
      <h3 id={`${id}-title`}>Merge into one contact</h3>
      <p className="muted">
        {preview.merge.name}
        {preview.merge.emails[0] ? ` (${preview.merge.emails[0]})` : ''} joins {preview.keep.name}
        {preview.keep.emails[0] ? ` (${preview.keep.emails[0]})` : ''}. Nothing is lost, and you can
        undo it.
      </p>
      <ul className="merge__list">
        {moving.map(([table, count]) => (
          <li key={table}>
            {count} {TABLE_LABELS[table] ?? table}
            {count === 1 ? '' : 's'} move over
          </li>
        ))}
        {preview.newEmails.length > 0 ? <li>Adds {preview.newEmails.join(', ')}</li> : null}
        {newTags.map((kind) => (
          <li key={kind}>
            {TAG_KIND_LABELS[kind]}: adds {preview.newTags[kind].join(', ')}
          </li>
        ))}
        {preview.fields.map((field) => (
          <li key={field.field}>
            {FIELD_LABELS[field.field] ?? field.field}: {field.value}
            {field.from === 'merge'
              ? ' (from the other record)'
              : ' (kept; the other value goes into notes)'}
          </li>
        ))}
        {preview.merge.notes ? <li>Their notes are added to the notes</li> : null}
      </ul>
      <div className="form-actions">
        <button type="button" className="button button--primary" onClick={merge}>
          Merge
        </button>
        <button type="button" className="button" onClick={onClose}>
          Cancel
        </button>
      </div>
    </section>
  );
}
