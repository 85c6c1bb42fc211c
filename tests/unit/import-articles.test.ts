import { describe, expect, it } from 'vitest';
import {
  commitImport,
  ImportFileError,
  previewImport,
  readImportFile,
} from '@/lib/library/import-articles';
import { buildArticle } from '@/lib/db/articles';
import { freshDatabase } from '../factories';

const CSV = `title,url,summary,topics,kind
Delegating well,https://example.org/delegation,Hand over outcomes,delegation;time management,relationship-building
Booth follow-up,,Within two days,trade show follow-up,
`;

function csvOf(rows: number): string {
  const lines = ['title,url,summary,topics'];
  for (let i = 0; i < rows; i += 1)
    lines.push(
      `Article number ${i},https://example.org/a/${i},"Summary, with a comma ${i}",hiring;interviewing`,
    );
  return lines.join('\n');
}

describe('reading an import file', () => {
  it('reads CSV rows by their column names', () => {
    const rows = readImportFile('library.csv', CSV);
    expect(rows).toHaveLength(2);
    expect(rows[0]).toMatchObject({
      title: 'Delegating well',
      topics: 'delegation;time management',
    });
  });

  it('reads JSON as a list or as { articles: [...] }', () => {
    const list = [{ title: 'A', topics: ['hiring'] }];
    expect(readImportFile('a.json', JSON.stringify(list))).toEqual(list);
    expect(readImportFile('a.json', JSON.stringify({ articles: list }))).toEqual(list);
  });

  it.each([
    ['an empty file', 'a.csv', '   ', /empty/],
    ['malformed JSON', 'a.json', '[{"title": "A",', /not valid JSON/],
    ['JSON that is not a list', 'a.json', '{"title": "A"}', /list of articles/],
    [
      'wrong columns',
      'a.csv',
      'name_of_thing,colour\nx,red\n',
      /No "title" column.*name_of_thing, colour/,
    ],
  ])('rejects %s saying what is wrong', (_, name, text, message) => {
    expect(() => readImportFile(name, text)).toThrow(ImportFileError);
    expect(() => readImportFile(name, text)).toThrow(message);
  });
});

describe('previewing and confirming an import', () => {
  it('gives each bad row its own errors and writes nothing until confirmed', async () => {
    const db = freshDatabase();
    const rows = [
      { title: 'Good one', topics: 'hiring' },
      { title: '', topics: 'hiring' },
      { title: 'No topics' },
      { title: 'Bad link', url: 'javascript:alert(1)', topics: 'hiring' },
      { title: 'Odd kind', topics: 'hiring', kind: 'advert' },
    ];

    const preview = await previewImport(rows, [], { at: 1 });

    expect(preview.valid).toBe(1);
    expect(preview.rows.map((row) => row.errors.length > 0)).toEqual([
      false,
      true,
      true,
      true,
      true,
    ]);
    expect(preview.rows[3]?.errors.join()).toMatch(/https:\/\//);
    expect(await db.articles.count()).toBe(0);
  });

  it('keeps HTML and script in titles as plain text, never as markup', async () => {
    const hostile = '<img src=x onerror=alert(1)><script>alert("x")</script> Hiring tips';
    const preview = await previewImport([{ title: hostile, topics: 'hiring' }], [], { at: 1 });

    expect(preview.rows[0]?.article?.title).toBe(hostile);
  });

  it('uses the default topics for rows without any', async () => {
    const preview = await previewImport([{ title: 'Untagged' }], [], {
      at: 1,
      defaultTopics: ['Negotiation'],
    });
    expect(preview.rows[0]?.article?.topics).toEqual(['negotiation']);
  });

  it('finds duplicates by link and by a near-identical title, and merges or skips them', async () => {
    const db = freshDatabase();
    const saved = buildArticle({
      title: 'Delegating without losing control',
      url: 'https://example.org/delegation',
      topics: ['delegation'],
    });
    const other = buildArticle({
      title: 'Weekly one-to-ones that people look forward to',
      topics: ['coaching'],
    });
    await db.articles.bulkAdd([saved, other]);
    const rows = [
      {
        title: 'Another title',
        url: 'http://www.example.org/delegation/',
        topics: 'time management',
      },
      {
        title: 'Weekly one-to-ones people look forward to',
        topics: 'management training',
        summary: 'New summary',
      },
      { title: 'Brand new', topics: 'hiring' },
      { title: 'Brand new', topics: 'hiring' },
    ];

    const preview = await previewImport(rows, [saved, other], { at: 1 });
    expect(
      preview.rows.map(
        (row) => row.duplicateOf?.how ?? (row.repeatsRow ? `repeats row ${row.repeatsRow}` : 'new'),
      ),
    ).toEqual(['same link', 'similar title', 'new', 'repeats row 3']);

    expect(await commitImport(db, preview, 'merge')).toEqual({ added: 1, merged: 2 });
    expect((await db.articles.get(saved.id))?.topics).toEqual(['delegation', 'time management']);
    expect((await db.articles.get(other.id))?.summary).toBe('New summary');
    expect(await db.articles.count()).toBe(3);
  });

  it('skips duplicates when asked, leaving saved articles as they were', async () => {
    const db = freshDatabase();
    const saved = buildArticle({
      title: 'Delegating',
      url: 'https://example.org/d',
      topics: ['delegation'],
    });
    await db.articles.add(saved);

    const preview = await previewImport(
      [{ title: 'X', url: 'https://example.org/d', topics: 'hiring' }],
      [saved],
      { at: 1 },
    );
    expect(await commitImport(db, preview, 'skip')).toEqual({ added: 0, merged: 0 });
    expect(await db.articles.get(saved.id)).toEqual(saved);
  });

  it('reads, previews and writes a 10,000-row file in chunks, in one transaction', async () => {
    const db = freshDatabase();
    const rows = readImportFile('big.csv', csvOf(10_000));
    const progress: number[] = [];

    const preview = await previewImport(rows, [], {
      at: 1,
      chunk: 1_000,
      onProgress: (done) => progress.push(done),
    });
    expect(preview.valid).toBe(10_000);
    expect(progress).toHaveLength(10);

    expect(await commitImport(db, preview, 'skip')).toEqual({ added: 10_000, merged: 0 });
    expect(await db.articles.count()).toBe(10_000);
  });

  it('writes nothing at all when one article cannot be written', async () => {
    const db = freshDatabase();
    const preview = await previewImport(
      [
        { title: 'One', topics: 'hiring' },
        { title: 'Two', topics: 'hiring' },
      ],
      [],
      { at: 1 },
    );
    const second = preview.rows[1]?.article;
    if (!second) throw new Error('row two did not validate');
    await db.articles.add(second);

    await expect(commitImport(db, preview, 'skip')).rejects.toThrow(
      /Key already exists|ConstraintError|constraint/i,
    );
    expect((await db.articles.toArray()).map((a) => a.title)).toEqual(['Two']);
  });
});
