import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  BACKUP_TABLES,
  exportBackup,
  readBackup,
  restoreBackup,
  serialiseBackup,
} from '@/lib/db/backup';
import { createContact } from '@/lib/db/contacts';
import type { RapportDatabase } from '@/lib/db/database';
import { loadSampleData } from '@/lib/db/sample-data';
import { seedStarterLibrary } from '@/lib/library/starter-library';
import { freshDatabase } from '../factories';

let db: RapportDatabase;

beforeEach(() => {
  db = freshDatabase();
});

afterEach(async () => {
  await db.delete();
});

async function everything(of: RapportDatabase): Promise<Record<string, unknown[]>> {
  const picture: Record<string, unknown[]> = {};
  for (const table of of.tables) picture[table.name] = await table.toArray();
  return picture;
}

describe('backups', () => {
  it('cover every table of the database', () => {
    expect(Object.keys(BACKUP_TABLES).sort()).toEqual(db.tables.map((table) => table.name).sort());
  });

  it('restore into an empty database exactly what was exported', async () => {
    await loadSampleData(db);
    await seedStarterLibrary(db, Date.now());
    const text = serialiseBackup(await exportBackup(db));

    const other = freshDatabase();
    const { backup, problems } = readBackup(text);
    expect(problems).toEqual([]);
    await restoreBackup(other, backup!);

    expect(await everything(other)).toEqual(await everything(db));
    await other.delete();
  });

  it('keep what is already there and replace records with the same id', async () => {
    const kept = await createContact(db, { name: 'Tom Becker' });
    const dana = await createContact(db, { name: 'Dana Whitfield', title: 'Sales Manager' });
    const backup = await exportBackup(db);
    await db.contacts.update(dana.id, { title: 'Head of Sales' });
    await db.contacts.delete(kept.id);
    const added = await createContact(db, { name: 'Priya Raman' });

    await restoreBackup(db, backup);

    expect((await db.contacts.get(dana.id))?.title).toBe('Sales Manager');
    expect(await db.contacts.get(kept.id)).toBeDefined();
    expect(await db.contacts.get(added.id)).toBeDefined();
  });

  it.each([
    ['a file that is not JSON', '{ not json', 'The file is not JSON'],
    ['JSON that is not a backup', '{"contacts": []}', 'This is not a Rapport backup file'],
    [
      'a backup from a newer Rapport',
      JSON.stringify({ format: 'rapport-backup', databaseVersion: 999, exportedAt: 1, tables: {} }),
      'comes from a newer Rapport',
    ],
    [
      'a contact with a broken address',
      JSON.stringify({
        format: 'rapport-backup',
        databaseVersion: 1,
        exportedAt: 1,
        tables: { contacts: [{ id: 'c1', name: 'Dana', emails: ['nope'] }] },
      }),
      'contacts row 1: emails.0: That does not look like an email address',
    ],
    [
      'a table Rapport does not know',
      JSON.stringify({
        format: 'rapport-backup',
        databaseVersion: 1,
        exportedAt: 1,
        tables: { secrets: [] },
      }),
      'Unknown table "secrets"',
    ],
  ])('refuse %s as a whole, saying why', (_, text, problem) => {
    const reading = readBackup(text);

    expect(reading.backup).toBeNull();
    expect(reading.problems.join('\n')).toContain(problem);
  });

  it('write nothing when the disk fills up halfway through a restore', async () => {
    await loadSampleData(db);
    const backup = await exportBackup(db);
    const other = freshDatabase();
    const existing = await createContact(other, { name: 'Already here' });
    const touches = other.table('touches');
    touches.hook('creating', () => {
      throw new DOMException('quota', 'QuotaExceededError');
    });

    await expect(restoreBackup(other, backup)).rejects.toThrow(/quota/i);

    expect((await other.contacts.toArray()).map((c) => c.id)).toEqual([existing.id]);
    expect(await other.reminders.count()).toBe(0);
    await other.delete();
  });
});
