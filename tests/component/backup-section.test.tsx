import { screen, waitFor } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { BackupSection, type SaveFile } from '@/components/backup-section';
import { ToastHost } from '@/components/toast';
import { createContact } from '@/lib/db/contacts';
import type { RapportDatabase } from '@/lib/db/database';
import { freshDatabase } from '../factories';
import { renderWith } from './render';

let db: RapportDatabase;

beforeEach(() => {
  db = freshDatabase();
});

afterEach(async () => {
  await db.delete();
});

describe('the backup section', () => {
  it('exports everything to a dated JSON file, and restores it after a preview', async () => {
    await createContact(db, { name: 'Dana Whitfield', emails: ['dana@northwind.example'] });
    const save = vi.fn<SaveFile>();
    const { user } = renderWith(
      <>
        <BackupSection save={save} />
        <ToastHost />
      </>,
      db,
    );

    await user.click(screen.getByRole('button', { name: 'Export everything' }));
    await waitFor(() => expect(save).toHaveBeenCalledOnce());
    const [name, text] = save.mock.calls[0]!;
    expect(name).toMatch(/^rapport-backup-\d{4}-\d{2}-\d{2}\.json$/);

    await db.contacts.clear();
    await user.upload(screen.getByLabelText('Restore from a backup…'), new File([text], name));
    expect(
      (await screen.findByRole('region', { name: 'Backup to restore' })).textContent,
    ).toContain('1 contacts');
    await user.click(screen.getByRole('button', { name: 'Restore' }));

    expect(await screen.findByText('Backup restored.')).toBeTruthy();
    expect((await db.contacts.toArray()).map((c) => c.name)).toEqual(['Dana Whitfield']);
  });

  it('refuses a file that is not a backup, says why, and changes nothing', async () => {
    await createContact(db, { name: 'Dana Whitfield' });
    const { user } = renderWith(<BackupSection save={vi.fn<SaveFile>()} />, db);

    await user.upload(
      screen.getByLabelText('Restore from a backup…'),
      new File(['name,email\nDana,d@x'], 'contacts.json'),
    );

    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain('This file cannot be restored; nothing was changed.');
    expect(alert.textContent).toContain('The file is not JSON');
    expect(screen.queryByRole('button', { name: 'Restore' })).toBeNull();
    expect(await db.contacts.count()).toBe(1);
  });
});
