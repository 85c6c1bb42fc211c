import { describe, expect, it } from 'vitest';
import { render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { usePage } from '@/components/page-store';
import { ServicesProvider } from '@/components/services';
import { StyleSection } from '@/components/style-section';
import { aContact, freshDatabase } from '../factories';

const THINKER_EMAIL =
  'Before we proceed, I would like to clarify several points regarding the proposal of 14 March. Section 3.2 states 6 to 8 weeks; ' +
  'according to appendix B, the data migration alone requires 21 working days, so how do these figures reconcile? What is the source ' +
  'for the 35% reduction, and was that study independent? How long is data retained after termination, and where is that documented?';

describe('StyleSection', () => {
  it('suggests a style from the email on the open page, with its signals, and stores it only when accepted', async () => {
    const user = userEvent.setup();
    const db = freshDatabase();
    const contact = aContact();
    await db.contacts.add(contact);
    usePage.getState().setPage(1, {
      site: 'gmail',
      key: 'thread-1',
      title: 'Questions',
      readAt: 1,
      people: [
        {
          name: 'Dana Whitfield',
          email: 'dana@northwind.example',
          linkedInUrl: null,
          company: '',
          title: '',
          location: '',
          guessed: [],
          writing: THINKER_EMAIL,
          lastWroteAt: null,
        },
      ],
    });
    render(
      <ServicesProvider services={{ db, now: () => Date.now(), remindersChanged: () => undefined }}>
        <StyleSection contact={contact} />
      </ServicesProvider>,
    );

    await user.click(screen.getByRole('button', { name: 'Suggest from their writing' }));

    expect(screen.getByRole('status').textContent).toMatch(
      /Suggests Thinker, \d+% confidence, from \d+ questions/,
    );
    expect((await db.contacts.get(contact.id))?.style).toBeNull();

    await user.click(screen.getByRole('button', { name: 'Accept Thinker' }));
    await waitFor(async () =>
      expect((await db.contacts.get(contact.id))?.style).toMatchObject({
        name: 'thinker',
        source: 'writing',
      }),
    );
  });

  it('says "not enough to tell" when Rapport has seen too little of their writing', async () => {
    const user = userEvent.setup();
    const db = freshDatabase();
    const contact = aContact({ notes: 'Nice chat.' });
    usePage.getState().setPage(null, null);
    render(
      <ServicesProvider services={{ db, now: () => Date.now(), remindersChanged: () => undefined }}>
        <StyleSection contact={contact} />
      </ServicesProvider>,
    );

    await user.click(screen.getByRole('button', { name: 'Suggest from their writing' }));

    expect(screen.getByRole('status').textContent).toMatch(/Not enough to tell: only 2 words/);
    expect(screen.queryByRole('button', { name: /^Accept/ })).toBeNull();
  });
});
