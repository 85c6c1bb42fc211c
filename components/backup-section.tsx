import { useId, useState } from 'react';
import {
  backupCounts,
  backupFileName,
  exportBackup,
  readBackup,
  restoreBackup,
  serialiseBackup,
  type Backup,
} from '@/lib/db/backup';
import { useServices } from './services';
import { useWrite } from './use-write';

/** Saves a file the way a download link does; passed in so tests can watch it. */
export type SaveFile = (name: string, text: string) => void;

export const saveWithDownloadLink: SaveFile = (name, text) => {
  const url = URL.createObjectURL(new Blob([text], { type: 'application/json' }));
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  link.click();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
};

const TABLE_LABELS: Record<string, string> = {
  contacts: 'contacts',
  reminders: 'reminders',
  touches: 'touches',
  debriefs: 'debriefs',
  plans: 'plans',
  articles: 'library articles',
  sentArticles: 'records of articles sent',
  vocabulary: 'tags you added',
};

/**
 * The user's own copy of everything: export to a JSON file, and restore from
 * one after a preview. Nothing leaves the browser except the file the user saves.
 */
export function BackupSection({ save = saveWithDownloadLink }: { save?: SaveFile }) {
  const { db, now, remindersChanged } = useServices();
  const write = useWrite();
  const inputId = useId();
  const [reading, setReading] = useState<{
    name: string;
    backup: Backup | null;
    problems: string[];
  } | null>(null);

  async function exportAll() {
    const backup = await write(() => exportBackup(db));
    if (backup) save(backupFileName(now()), serialiseBackup(backup));
  }

  async function choose(file: File | undefined) {
    if (!file) return;
    const { backup, problems } = readBackup(await file.text());
    setReading({ name: file.name, backup, problems });
  }

  async function restore(backup: Backup) {
    const written = await write(() => restoreBackup(db, backup), {
      done: 'Backup restored.',
      reminders: true,
    });
    if (written !== undefined) {
      setReading(null);
      remindersChanged();
    }
  }

  const counts = reading?.backup ? backupCounts(reading.backup) : null;

  return (
    <div className="backup">
      <p className="muted">
        Everything Rapport keeps stays in this browser. Export it to a file to keep your own copy or
        to move to another computer.
      </p>
      <div className="form-actions">
        <button type="button" className="button button--primary" onClick={exportAll}>
          Export everything
        </button>
        <input
          id={inputId}
          type="file"
          accept="application/json,.json"
          className="visually-hidden"
          onChange={(event) => {
            void choose(event.target.files?.[0]);
            event.target.value = '';
          }}
        />
        <label htmlFor={inputId} className="button">
          Restore from a backup…
        </label>
      </div>
      {reading ? (
        <div className="backup__preview" role="region" aria-label="Backup to restore">
          <p>
            <strong>{reading.name}</strong>
          </p>
          {reading.backup && counts ? (
            <>
              <p>
                Restoring adds or updates:{' '}
                {Object.entries(counts)
                  .filter(([, count]) => count > 0)
                  .map(([table, count]) => `${count} ${TABLE_LABELS[table] ?? table}`)
                  .join(', ') || 'nothing (the backup is empty)'}
                . Records you have that the backup does not are kept.
              </p>
              <div className="form-actions">
                <button
                  type="button"
                  className="button button--primary"
                  onClick={() => restore(reading.backup!)}
                >
                  Restore
                </button>
                <button type="button" className="button" onClick={() => setReading(null)}>
                  Cancel
                </button>
              </div>
            </>
          ) : (
            <div role="alert">
              <p className="form-error">This file cannot be restored; nothing was changed.</p>
              <ul className="form-error">
                {reading.problems.slice(0, 20).map((problem) => (
                  <li key={problem}>{problem}</li>
                ))}
              </ul>
              {reading.problems.length > 20 ? (
                <p className="muted">…and {reading.problems.length - 20} more.</p>
              ) : null}
            </div>
          )}
        </div>
      ) : null}
    </div>
  );
}
