import { useLiveQuery } from 'dexie-react-hooks';
import { hasSampleData, loadSampleData, removeSampleData } from '@/lib/db/sample-data';
import { useServices } from './services';
import { useWrite } from './use-write';

/** Offered while the database is empty: a quick look at Rapport with made-up people. */
export function SampleDataOffer() {
  const { db } = useServices();
  const write = useWrite();

  return (
    <p>
      Or{' '}
      <button
        type="button"
        className="link"
        onClick={() =>
          write(() => loadSampleData(db), { done: 'Sample contacts added.', reminders: true })
        }
      >
        try Rapport with sample data
      </button>
      ; it is marked as such and removed in one click.
    </p>
  );
}

/** While sample contacts exist, says so and removes them all in one click. */
export function SampleDataBanner() {
  const { db } = useServices();
  const write = useWrite();
  const present = useLiveQuery(() => hasSampleData(db), [db]);

  if (!present) return null;

  return (
    <div className="banner" role="note">
      <span>You are looking at sample data.</span>
      <button
        type="button"
        className="button button--small"
        onClick={() =>
          write(() => removeSampleData(db), { done: 'Sample data removed.', reminders: true })
        }
      >
        Remove sample data
      </button>
    </div>
  );
}
