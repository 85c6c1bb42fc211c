import { useLiveQuery } from 'dexie-react-hooks';
import { habitsSummary } from '@/lib/plan/habits';
import {
  GRACE_MS,
  REPUTATION_LEVELS,
  REPUTATION_WINDOW_DAYS,
  followUpReputation,
  longestWithoutTouch,
} from '@/lib/plan/reputation';
import { EmptyState } from './empty-state';
import { useServices } from './services';
import { useUi } from './ui-store';
import { ViewHeading } from './view-heading';

/** "never touched (added today)", "1 day without a touch", "12 days without a touch". */
function sinceTouch(lastTouchAt: number | null, days: number): string {
  const span = days === 1 ? '1 day' : `${days} days`;
  if (lastTouchAt === null)
    return days <= 0 ? 'never touched (added today)' : `never touched (added ${span} ago)`;
  return days <= 0 ? 'touched today' : `${span} without a touch`;
}

/** "How am I doing": the user's follow-up reputation, the figures behind it, and who has waited longest. */
export function ReputationView() {
  const { db, now } = useServices();
  const go = useUi((state) => state.go);

  const data = useLiveQuery(async () => {
    const [reminders, contacts, touches, debriefs] = await Promise.all([
      db.reminders.toArray(),
      db.contacts.toArray(),
      db.touches.toArray(),
      db.debriefs.toArray(),
    ]);
    const lastTouch = new Map<string, number>();
    for (const touch of touches)
      lastTouch.set(touch.contactId, Math.max(lastTouch.get(touch.contactId) ?? 0, touch.at));
    return { reminders, contacts, lastTouch, debriefs };
  }, [db]);

  if (!data) return <p className="loading">Loading…</p>;

  const at = now();
  const reputation = followUpReputation(data.reminders, at);
  const neglected = longestWithoutTouch(data.contacts, data.lastTouch, at);
  const habits = habitsSummary(data.debriefs);
  const percent = reputation.share === null ? null : Math.round(reputation.share * 100);

  return (
    <section className="view reputation" aria-labelledby="reputation-heading">
      <ViewHeading id="reputation-heading">How am I doing</ViewHeading>

      {reputation.label === null ? (
        <EmptyState title="Nothing to judge yet.">
          <p>
            No reminder came due in the last {REPUTATION_WINDOW_DAYS} days. Your follow-up
            reputation shows here once some have.
          </p>
        </EmptyState>
      ) : (
        <div className="reputation__verdict">
          <p className="reputation__label">Your follow-up: {reputation.label}</p>
          <p>
            {percent}% of reminders done on time in the last {REPUTATION_WINDOW_DAYS} days:{' '}
            {reputation.onTime} on time, {reputation.late} late, {reputation.missed} missed, of{' '}
            {reputation.judged}.
          </p>
          <p className="muted">
            On time means done within {Math.round(GRACE_MS / 3_600_000)} hours of first coming due
            (snoozing does not move that). "{REPUTATION_LEVELS[0].label}" from{' '}
            {REPUTATION_LEVELS[0].atLeast * 100}%, "{REPUTATION_LEVELS[1].label}" from{' '}
            {REPUTATION_LEVELS[1].atLeast * 100}%.
          </p>
        </div>
      )}

      <h3 className="group__title">Longest without a touch</h3>
      {neglected.length === 0 ? (
        <p className="muted">No contacts yet.</p>
      ) : (
        <ul className="reminder-list" aria-label="Longest without a touch">
          {neglected.map(({ contact, lastTouchAt, days }) => (
            <li key={contact.id} className="neglected">
              <button
                type="button"
                className="link"
                onClick={() => go({ name: 'contact', contactId: contact.id })}
              >
                {contact.name}
              </button>
              <span className="muted">{sinceTouch(lastTouchAt, days)}</span>
            </li>
          ))}
        </ul>
      )}

      {habits.length > 0 ? (
        <>
          <h3 className="group__title">What your debriefs say</h3>
          <ul className="habits">
            {habits.map((habit) => (
              <li key={habit.questionId}>{habit.sentence}</li>
            ))}
          </ul>
        </>
      ) : null}
    </section>
  );
}
