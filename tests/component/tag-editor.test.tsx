import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { describe, expect, it } from 'vitest';
import { TagEditor } from '@/components/tag-editor';
import { listVocabulary } from '@/lib/db/vocabulary';
import { freshDatabase } from '../factories';
import { renderWith } from './render-with-services';

function Goals({ initial = [] as string[] }) {
  const [tags, setTags] = useState(initial);
  return (
    <TagEditor
      kind="goals"
      tags={tags}
      onAdd={(tag) => setTags((current) => [...current, tag])}
      onRemove={(tag) => setTags((current) => current.filter((t) => t !== tag))}
    />
  );
}

const chips = () => screen.getByRole('list', { name: 'Goals' }).querySelectorAll('li');
const chipTexts = () => [...chips()].map((li) => li.querySelector('span')?.textContent);

describe('the tag autocomplete', () => {
  it('is a combobox whose list opens while typing and names the highlighted option', async () => {
    const user = userEvent.setup();
    renderWith(freshDatabase(), <Goals />);
    const box = screen.getByRole('combobox', { name: 'Goals' });

    expect(box.getAttribute('aria-expanded')).toBe('false');
    await user.type(box, 'managment');

    expect(box.getAttribute('aria-expanded')).toBe('true');
    const options = screen.getAllByRole('option').map((option) => option.textContent);
    expect(options[0]).toMatch(/^management training/);
    expect(options.at(-1)).toMatch(/^Add “managment”/);

    await user.keyboard('{ArrowDown}');
    const first = screen.getAllByRole('option')[0];
    expect(box.getAttribute('aria-activedescendant')).toBe(first?.id);
    expect(first?.getAttribute('aria-selected')).toBe('true');
  });

  it('adds three tags from the keyboard alone: a highlighted match, a typed one and a new one', async () => {
    const user = userEvent.setup();
    const db = freshDatabase();
    renderWith(db, <Goals />);
    const box = screen.getByRole('combobox', { name: 'Goals' });

    await user.type(box, 'managment{ArrowDown}{Enter}');
    await user.type(box, 'hiring{Enter}');
    await user.type(box, 'Sourdough baking{Enter}');

    expect(chipTexts()).toEqual(['management training', 'hiring', 'sourdough baking']);
    expect(box).toHaveProperty('value', '');
    await waitFor(async () =>
      expect((await listVocabulary(db)).map((entry) => entry.tag)).toEqual(['sourdough baking']),
    );
  });

  it('moves up from the top to the last option and closes on Escape without adding', async () => {
    const user = userEvent.setup();
    renderWith(freshDatabase(), <Goals />);
    const box = screen.getByRole('combobox', { name: 'Goals' });

    await user.type(box, 'trade show{ArrowUp}');
    const options = screen.getAllByRole('option');
    expect(box.getAttribute('aria-activedescendant')).toBe(options.at(-1)?.id);

    await user.keyboard('{Escape}');
    expect(box.getAttribute('aria-expanded')).toBe('false');
    expect(box.getAttribute('aria-activedescendant')).toBeNull();
    expect(chips()).toHaveLength(0);
    expect(box).toHaveProperty('value', 'trade show');
  });

  it('offers a tag the user added before to every contact', async () => {
    const user = userEvent.setup();
    const db = freshDatabase();
    await db.vocabulary.add({ tag: 'beekeeping', kinds: ['interests'], addedAt: 1 });
    renderWith(db, <Goals />);

    await user.type(screen.getByRole('combobox', { name: 'Goals' }), 'beek');

    await waitFor(() => expect(screen.getAllByRole('option')[0]?.textContent).toBe('beekeeping'));
  });

  it('removes the last tag with Backspace in the empty box', async () => {
    const user = userEvent.setup();
    renderWith(freshDatabase(), <Goals initial={['hiring', 'coaching']} />);

    await user.type(screen.getByRole('combobox', { name: 'Goals' }), '{Backspace}');

    expect(chipTexts()).toEqual(['hiring']);
  });
});
