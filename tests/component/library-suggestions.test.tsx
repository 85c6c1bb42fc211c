import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import { ContactCard } from '@/components/contact-card';
import { useDraft } from '@/components/draft-store';
import { ServicesProvider } from '@/components/services';
import { buildArticle, recordSentArticles } from '@/lib/db/articles';
import { updateContact } from '@/lib/db/contacts';
import type { RapportDatabase } from '@/lib/db/database';
import { aContact, freshDatabase } from '../factories';

function renderCard(db: RapportDatabase, contactId: string) {
  return render(
    <ServicesProvider services={{ db, now: Date.now, remindersChanged: () => undefined }}>
      <ContactCard contactId={contactId} />
    </ServicesProvider>,
  );
}

const delegation = buildArticle({
  title: 'Delegating without losing control',
  topics: ['delegation'],
  summary: 'Hand over outcomes, not steps.',
});
const interviews = buildArticle({
  title: 'Structured interviews',
  topics: ['interviewing', 'hiring'],
});

describe('the suggestions on a contact card', () => {
  let db: RapportDatabase;

  beforeEach(async () => {
    db = freshDatabase();
    await db.articles.bulkAdd([delegation, interviews]);
    useDraft.setState({ open: false, contactId: null, attachments: [] });
  });

  it('asks for tags when the contact has none', async () => {
    const contact = aContact();
    await db.contacts.add(contact);
    renderCard(db, contact.id);

    expect(await screen.findByText(/Add their goals, challenges or interests/)).toBeTruthy();
  });

  it('shows what matches the tags with the reason, and follows tag changes', async () => {
    const contact = aContact({ goals: ['delegating'] });
    await db.contacts.add(contact);
    renderCard(db, contact.id);

    const list = await screen.findByRole('list', { name: `Suggestions for ${contact.name}` });
    expect(within(list).getByText('Delegating without losing control')).toBeTruthy();
    expect(within(list).getByText('matches goal: delegation')).toBeTruthy();

    await updateContact(db, contact.id, { goals: [], challenges: ['recruiting'] });
    expect(await screen.findByText('matches challenge: hiring')).toBeTruthy();
    expect(screen.queryByText('Delegating without losing control')).toBeNull();
  });

  it('adds a suggestion to a helpful-article draft that carries its tip', async () => {
    const contact = aContact({ goals: ['delegation'] });
    await db.contacts.add(contact);
    renderCard(db, contact.id);

    await userEvent.click(
      await screen.findByRole('button', {
        name: 'Add to draft: Delegating without losing control',
      }),
    );

    expect(useDraft.getState()).toMatchObject({
      open: true,
      purpose: 'article',
      contactId: contact.id,
    });
    expect((screen.getByLabelText('Message') as HTMLTextAreaElement).value).toContain(
      'Delegating without losing control',
    );
    expect(
      screen.getByRole('button', { name: 'In the draft: Delegating without losing control' }),
    ).toHaveProperty('disabled', true);
  });

  it('leaves out what was already sent to this contact', async () => {
    const contact = aContact({ goals: ['delegation', 'hiring'] });
    await db.contacts.add(contact);
    await recordSentArticles(db, contact.id, [delegation.id], null);
    renderCard(db, contact.id);

    expect(await screen.findByText('Structured interviews')).toBeTruthy();
    expect(screen.queryByText('Delegating without losing control')).toBeNull();
  });
});
