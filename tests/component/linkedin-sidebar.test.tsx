import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import { PagePerson } from '@/components/page-person';
import { TagSuggestions } from '@/components/tag-suggestions';
import { ToastHost } from '@/components/toast';
import { usePage } from '@/components/page-store';
import { useUi } from '@/components/ui-store';
import { createContact } from '@/lib/db/contacts';
import { readLinkedInProfile } from '@/lib/page/read-linkedin-profile';
import { linkedInPageContext } from '@/lib/page/linkedin-page-context';
import type { PageContext } from '@/lib/model/page-context';
import { aReminder, freshDatabase } from '../factories';
import { linkedInFixture } from '../linkedin-fixtures';
import { renderWith } from './render-with-services';

const MARIA = 'https://www.linkedin.com/in/maria-okafor/';

function mariasProfile(): PageContext {
  const profile = readLinkedInProfile(linkedInFixture('member-full.html'), MARIA);
  if (!profile) throw new Error('the fixture should read');
  return linkedInPageContext(profile, 1);
}

beforeEach(() => {
  usePage.setState({ tabId: 1, context: mariasProfile() });
  useUi.setState({ view: { name: 'today' }, history: [], toast: null });
});

describe('the sidebar on a LinkedIn profile', () => {
  it('asks whether the profile is a saved contact with the same name and company, and links it on yes', async () => {
    const user = userEvent.setup();
    const db = freshDatabase();
    const saved = await createContact(db, {
      name: 'Maria Okafor',
      emails: ['maria@northwind.example'],
      company: 'Northwind Traders',
    });
    renderWith(db, <PagePerson />);

    await user.click(await screen.findByRole('button', { name: 'Yes, link profile' }));

    await waitFor(async () => expect((await db.contacts.get(saved.id))?.linkedInUrl).toBe(MARIA));
    expect((await db.contacts.get(saved.id))?.title).toBe('Head of Sales');
    await waitFor(() =>
      expect(useUi.getState().view).toEqual({ name: 'contact', contactId: saved.id }),
    );
  });

  it('does not ask again after "No"', async () => {
    const user = userEvent.setup();
    const db = freshDatabase();
    await createContact(db, { name: 'Maria Okafor', company: 'Northwind Traders' });
    renderWith(db, <PagePerson />);

    await user.click(await screen.findByRole('button', { name: 'No' }));

    expect(screen.queryByText(/Is this Maria Okafor/)).toBeNull();
    expect(screen.getByRole('button', { name: 'Add contact' })).toBeTruthy();
  });

  it('previews merging two records of the person, merges them, and undoes the merge from the toast', async () => {
    const user = userEvent.setup();
    const db = freshDatabase();
    const fromGmail = await createContact(db, {
      name: 'Maria Okafor',
      emails: ['maria@northwind.example'],
      company: 'Northwind Traders',
      goals: ['hiring'],
    });
    const fromLinkedIn = await createContact(db, {
      name: 'Maria Okafor',
      linkedInUrl: MARIA,
      company: 'Northwind Traders',
      goals: ['coaching'],
    });
    await db.reminders.bulkAdd([aReminder(fromLinkedIn.id), aReminder(fromLinkedIn.id)]);
    renderWith(
      db,
      <>
        <PagePerson />
        <ToastHost />
      </>,
    );

    await user.click(await screen.findByRole('button', { name: 'Review merge' }));
    const dialog = await screen.findByRole('dialog', { name: 'Merge into one contact' });
    expect(dialog.textContent).toContain('2 reminders move over');
    expect(dialog.textContent).toContain('Goals: adds coaching');

    await user.click(screen.getByRole('button', { name: 'Merge' }));
    await screen.findByText('Merged the two records of Maria Okafor.');
    expect(await db.contacts.count()).toBe(1);
    expect((await db.contacts.get(fromGmail.id))?.goals).toEqual(['hiring', 'coaching']);
    expect(await db.reminders.where('contactId').equals(fromGmail.id).count()).toBe(2);

    await user.click(screen.getByRole('button', { name: 'Undo' }));
    await waitFor(async () => expect(await db.contacts.count()).toBe(2));
    expect(await db.reminders.where('contactId').equals(fromLinkedIn.id).count()).toBe(2);
    expect(await db.contacts.get(fromLinkedIn.id)).toEqual(fromLinkedIn);
  });

  it('suggests tags from the profile on the card and adds one only when clicked', async () => {
    const user = userEvent.setup();
    const db = freshDatabase();
    const maria = await createContact(db, {
      name: 'Maria Okafor',
      linkedInUrl: MARIA,
      company: 'Northwind Traders',
    });
    renderWith(db, <TagSuggestions contact={maria} />);

    const add = await screen.findByRole('button', { name: 'Add lead conversion to goals' });
    expect(
      screen.getByRole('button', { name: 'Add becoming a better manager to challenges' }),
    ).toBeTruthy();
    expect((await db.contacts.get(maria.id))?.goals).toEqual([]);

    await user.click(add);
    await waitFor(async () =>
      expect((await db.contacts.get(maria.id))?.goals).toEqual(['lead conversion']),
    );
  });

  it('suggests nothing for a contact who is not the one on the page', async () => {
    const db = freshDatabase();
    const other = await createContact(db, {
      name: 'Sam Ito',
      linkedInUrl: 'https://www.linkedin.com/in/sam-ito/',
    });
    const { container } = renderWith(db, <TagSuggestions contact={other} />);

    await new Promise((done) => setTimeout(done, 50));
    expect(container.textContent).toBe('');
  });
});
