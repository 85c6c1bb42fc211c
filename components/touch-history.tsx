import { useLiveQuery } from 'dexie-react-hooks';
import { listTouches } from '@/lib/db/touches';
import { PURPOSE_LABELS } from '@/lib/model/touch';
import { formatDay } from './format';
import { useServices } from './services';

/** What was sent or said to this person, and their replies seen in Gmail, newest first. */
export function TouchHistory({ contactId }: { contactId: string }) {
  const { db } = useServices();
  const touches = useLiveQuery(() => listTouches(db, contactId), [db, contactId]);

  if (!touches) return null;
  if (touches.length === 0)
    return (
      <p className="muted">
        No touches yet. Drafts you insert from Rapport, and their replies you open in Gmail, are
        recorded here.
      </p>
    );

  return (
    <ul className="touch-list" aria-label="History">
      {touches.map((touch) => (
        <li key={touch.id} className="touch">
          <span className="touch__when">{formatDay(touch.at)}</span>
          <span className="touch__what">
            {PURPOSE_LABELS[touch.purpose]} · {touch.channel}
          </span>
          {touch.subject ? <span className="touch__subject">{touch.subject}</span> : null}
        </li>
      ))}
    </ul>
  );
}
