import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import { LibraryManager } from '@/components/library-manager';
import { ServicesProvider } from '@/components/services';
import { ToastHost } from '@/components/toast';
import { useUi } from '@/components/ui-store';
import { buildArticle } from '@/lib/db/articles';
import type { RapportDatabase } from '@/lib/db/database';
import type { SavedPage } from '@/lib/runtime/saved-page';
import { freshDatabase } from '../factories';

const delegation = buildArticle({
  title: 'Delegating without losing control',
  topics: ['delegation'],
});
const interviews = buildArticle({
  title: 'Structured interviews',
  topics: ['interviewing'],
  kind: 'value-proposition',
});

function renderLibrary(db: RapportDatabase, page: SavedPage | null = null) {
  return render(
    <ServicesProvider services={{ db, now: Date.now, remindersChanged: () => undefined }}>
      <LibraryManager takePage={async () => page} />
      <ToastHost />
    </ServicesProvider>,
  );
}

describe('the library on the options page', () => {
  let db: RapportDatabase;

  beforeEach(async () => {
    db = freshDatabase();
    await db.articles.bulkAdd([delegation, interviews]);
    useUi.setState({ toast: null });
  });

  it('searches and filters by kind from the keyboard', async () => {
    renderLibrary(db);
    const user = userEvent.setup();

    await screen.findByText('2 articles');
    await user.type(screen.getByLabelText('Search the library'), 'deleg');
    expect(screen.getByText('1 of 2 articles')).toBeTruthy();

    await user.clear(screen.getByLabelText('Search the library'));
    await user.selectOptions(screen.getByLabelText('Kind'), 'value-proposition');
    const list = screen.getByRole('list', { name: 'Articles' });
    expect(
      within(list)
        .getAllByRole('listitem')
        .map((item) => item.querySelector('.library__title')?.textContent),
    ).toEqual(['Structured interviews']);
  });

  it('deletes an article and puts it back on undo', async () => {
    renderLibrary(db);
    const user = userEvent.setup();

    await user.click(
      await screen.findByRole('button', { name: 'Delete "Delegating without losing control"' }),
    );
    await screen.findByText('Deleted "Delegating without losing control".');
    expect(await db.articles.get(delegation.id)).toBeUndefined();

    await user.click(screen.getByRole('button', { name: 'Undo' }));
    await waitFor(async () => expect(await db.articles.get(delegation.id)).toEqual(delegation));
  });

  it('previews an import with hostile titles as text, and writes only on confirm', async () => {
    renderLibrary(db);
    const user = userEvent.setup();
    const hostile = '<img src=x onerror="alert(1)">Hiring <b>tips</b>';
    const csv = `title,topics,url\n"${hostile.replace(/"/g, '""')}",hiring,\nNo topics here,,\nBad link,hiring,javascript:alert(1)\n`;

    await user.upload(
      await screen.findByLabelText('Import a JSON or CSV file'),
      new File([csv], 'hostile.csv', { type: 'text/csv' }),
    );

    const preview = await screen.findByRole('region', { name: 'Import preview' });
    expect(within(preview).getByText(hostile)).toBeTruthy();
    expect(preview.querySelector('img, b, script')).toBeNull();
    expect(within(preview).getByText(/1 new, 0 duplicates, 2 with errors/)).toBeTruthy();
    expect(within(preview).getByText(/topics: Give the article at least one topic/)).toBeTruthy();
    expect(await db.articles.count()).toBe(2);

    await user.click(within(preview).getByRole('button', { name: 'Import 1 article' }));
    await waitFor(async () => expect(await db.articles.count()).toBe(3));
    expect((await db.articles.where('title').equals(hostile).first())?.topics).toEqual(['hiring']);
  });

  it('says what is wrong with a file it cannot read, and writes nothing', async () => {
    renderLibrary(db);
    const user = userEvent.setup();

    await user.upload(
      await screen.findByLabelText('Import a JSON or CSV file'),
      new File(['colour,size\nred,9\n'], 'wrong.csv', { type: 'text/csv' }),
    );

    expect((await screen.findByRole('alert')).textContent).toMatch(/wrong\.csv: No "title" column/);
    expect(await db.articles.count()).toBe(2);
  });

  it('opens a page saved from the context menu as a new article with proposed topics', async () => {
    renderLibrary(db, {
      title: 'How to follow up after a trade show',
      description: 'Booth leads go cold fast.',
      url: 'https://example.org/booth',
      siteName: 'Example',
      author: '',
    });

    const form = await screen.findByRole('form', { name: 'Save article' });
    expect((within(form).getByLabelText('Title') as HTMLInputElement).value).toBe(
      'How to follow up after a trade show',
    );
    expect(
      (within(form).getByLabelText('Topics (comma-separated)') as HTMLInputElement).value,
    ).toMatch(/trade shows/);
    await userEvent.click(within(form).getByRole('button', { name: 'Save article' }));

    await waitFor(async () =>
      expect(await db.articles.where('url').equals('https://example.org/booth').count()).toBe(1),
    );
  });
});
