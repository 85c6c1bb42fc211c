import { screen, waitFor } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { App } from '@/components/app';
import { useUi } from '@/components/ui-store';
import { createContact } from '@/lib/db/contacts';
import type { RapportDatabase } from '@/lib/db/database';
import { freshDatabase } from '../factories';
import { renderWith } from './render';

let db: RapportDatabase;

beforeEach(() => {
  db = freshDatabase();
});

afterEach(async () => {
  vi.restoreAllMocks();
  await db.delete();
});

async function openCard(name = 'Dana Whitfield') {
  const contact = await createContact(db, {
    name,
    emails: ['dana@northwind.example'],
    company: 'Northwind',
  });
  const rendered = renderWith(<App />, db);
  useUi.getState().go({ name: 'contact', contactId: contact.id });
  await screen.findByRole('heading', { name });
  return { contact, ...rendered };
}

describe('the contact card', () => {
  it('adds goals with Enter and removes one with its button', async () => {
    const { user, contact } = await openCard();

    await user.type(
      screen.getByLabelText('Goals', { selector: 'input' }),
      'Convert more trade show leads{Enter}',
    );
    await user.type(screen.getByLabelText('Goals', { selector: 'input' }), 'hire two analysts,');
    await waitFor(async () =>
      expect((await db.contacts.get(contact.id))?.goals).toEqual([
        'convert more trade show leads',
        'hire two analysts',
      ]),
    );

    await user.click(
      await screen.findByRole('button', { name: 'Remove hire two analysts from goals' }),
    );
    await waitFor(async () =>
      expect((await db.contacts.get(contact.id))?.goals).toEqual(['convert more trade show leads']),
    );
  });

  it('saves edited details, and keeps what was typed when the address is invalid', async () => {
    const { user, contact } = await openCard();

    const title = screen.getByLabelText('Title');
    await user.type(title, 'Sales Manager');
    await user.click(screen.getByRole('button', { name: 'Save' }));
    await waitFor(async () =>
      expect((await db.contacts.get(contact.id))?.title).toBe('Sales Manager'),
    );

    const emails = screen.getByLabelText('Email addresses');
    await user.clear(emails);
    await user.type(emails, 'dana-at-northwind');
    await user.click(screen.getByRole('button', { name: 'Save' }));

    expect((await screen.findByRole('alert')).textContent).toContain(
      'That does not look like an email address',
    );
    expect((screen.getByLabelText('Email addresses') as HTMLInputElement).value).toBe(
      'dana-at-northwind',
    );
    expect((await db.contacts.get(contact.id))?.emails).toEqual(['dana@northwind.example']);
  });

  it('tells the user when the disk is full and loses nothing', async () => {
    const { user, contact } = await openCard();
    vi.spyOn(db.contacts, 'put').mockRejectedValue(new DOMException('quota', 'QuotaExceededError'));

    await user.type(screen.getByLabelText('Location'), 'Columbus');
    await user.click(screen.getByRole('button', { name: 'Save' }));

    expect((await screen.findByRole('alert')).textContent).toContain('storage for Rapport is full');
    expect((screen.getByLabelText('Location') as HTMLInputElement).value).toBe('Columbus');
    expect((await db.contacts.get(contact.id))?.location).toBe('');
  });

  it('adds a reminder and tells the worker to recount the badge', async () => {
    const { user, services, contact } = await openCard();

    await user.selectOptions(screen.getByLabelText('Remind me to'), 'call-back');
    await user.type(screen.getByLabelText('Note', { exact: true }), 'Call about Q3 budget');
    await user.click(screen.getByRole('button', { name: 'Add reminder' }));

    expect(await screen.findByText('Call about Q3 budget')).toBeTruthy();
    const [reminder] = await db.reminders.where('contactId').equals(contact.id).toArray();
    expect(reminder?.kind).toBe('call-back');
    expect(services.remindersChanged).toHaveBeenCalled();
  });

  it('deletes the contact, and undo restores it', async () => {
    const { user, contact } = await openCard();

    await user.click(screen.getByRole('button', { name: 'Delete contact' }));
    expect(await screen.findByText('Deleted Dana Whitfield.')).toBeTruthy();
    expect(await db.contacts.get(contact.id)).toBeUndefined();

    await user.click(screen.getByRole('button', { name: 'Undo' }));
    await waitFor(async () =>
      expect((await db.contacts.get(contact.id))?.name).toBe('Dana Whitfield'),
    );
  });
});
