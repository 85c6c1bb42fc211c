import { screen, waitFor } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { App } from '@/components/app';
import { useUi } from '@/components/ui-store';
import { createContact } from '@/lib/db/contacts';
import type { RapportDatabase } from '@/lib/db/database';
import { seedStarterLibrary } from '@/lib/library/starter-library';
import { freshDatabase } from '../factories';
import { renderWith } from './render';

let db: RapportDatabase;

beforeEach(() => {
  db = freshDatabase();
});

afterEach(async () => {
  await db.delete();
});

describe('a follow-up plan on the contact card', () => {
  it('fills its helpful steps with different library pieces that match the contact, and no sales material', async () => {
    await seedStarterLibrary(db, Date.now());
    const contact = await createContact(db, {
      name: 'Dana Whitfield',
      goals: ['management training', 'trade show follow-up'],
      challenges: ['new in the role'],
    });
    const { user } = renderWith(<App />, db);
    useUi.getState().go({ name: 'contact', contactId: contact.id });
    await screen.findByRole('heading', { name: 'Dana Whitfield' });

    await user.click(await screen.findByRole('button', { name: 'Debrief a call' }));
    await user.click(screen.getByRole('button', { name: 'In 6 months' }));
    await user.click(screen.getByRole('button', { name: 'Save debrief' }));
    await screen.findByText('Proposed follow-up plan');
    await user.click(screen.getByRole('button', { name: 'Accept plan' }));
    await screen.findByText('Plan running');

    const helpful = (await db.reminders.toArray()).filter((r) => r.purpose === 'article');
    const titles = helpful.flatMap((r) => r.attachments.map((a) => a.title));
    expect(helpful.length).toBeGreaterThanOrEqual(2);
    expect(titles).toHaveLength(helpful.length);
    expect(new Set(titles).size).toBe(titles.length);

    const articles = await db.articles.where('title').anyOf(titles).toArray();
    expect(articles.every((a) => a.kind === 'relationship-building')).toBe(true);
    expect(
      articles.some((a) =>
        a.topics.some((t) =>
          ['management training', 'trade show follow-up', 'new in the role'].includes(t),
        ),
      ),
    ).toBe(true);
  });
});

describe('"Add to plan" on a suggestion', () => {
  it('puts the piece on a helpful step of the running plan, spreads further picks, and undo takes it off', async () => {
    await seedStarterLibrary(db, Date.now());
    const contact = await createContact(db, { name: 'Dana Whitfield', goals: ['hiring'] });
    const { user } = renderWith(<App />, db);
    useUi.getState().go({ name: 'contact', contactId: contact.id });
    await screen.findByRole('heading', { name: 'Dana Whitfield' });
    expect(screen.queryByRole('button', { name: /^Add to plan/ })).toBeNull();

    await user.click(await screen.findByRole('button', { name: 'Debrief a call' }));
    await user.click(screen.getByRole('button', { name: 'In 6 months' }));
    await user.click(screen.getByRole('button', { name: 'Save debrief' }));
    await user.click(await screen.findByRole('button', { name: 'Accept plan' }));
    await screen.findByText('Plan running');

    const piecesPerStep = async () =>
      (await db.reminders.toArray())
        .filter((r) => r.purpose === 'article')
        .sort((a, b) => a.dueAt - b.dueAt)
        .map((r) => r.attachments.length);
    const before = await piecesPerStep();

    const [first, second] = await screen.findAllByRole('button', { name: /^Add to plan: / });
    await user.click(first!);
    await screen.findByText(/Planned for the helpful message due/);
    await user.click(second!);

    const after = await piecesPerStep();
    expect(after.reduce((a, b) => a + b, 0)).toBe(before.reduce((a, b) => a + b, 0) + 2);
    expect(Math.max(...after) - Math.min(...after)).toBeLessThanOrEqual(1);

    await user.click(screen.getByRole('button', { name: 'Undo' }));
    await waitFor(async () =>
      expect((await piecesPerStep()).reduce((a, b) => a + b, 0)).toBe(
        before.reduce((a, b) => a + b, 0) + 1,
      ),
    );
  });
});
