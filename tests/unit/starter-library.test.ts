import { describe, expect, it } from 'vitest';
import { seedStarterLibrary } from '@/lib/library/starter-library';
import { starterArticles } from '@/lib/library/starter-articles';
import { STARTER_TOPICS } from '@/lib/match/vocabulary';
import { freshDatabase } from '../factories';

const articles = starterArticles(0);
const known = new Set(STARTER_TOPICS.map((t) => t.topic));

describe('the starter library', () => {
  it('has at least 150 entries with unique titles and no links', () => {
    expect(articles.length).toBeGreaterThanOrEqual(150);
    expect(new Set(articles.map((a) => a.title)).size).toBe(articles.length);
    expect(articles.filter((a) => a.url !== null)).toEqual([]);
  });

  it('tags every entry with topics the vocabulary knows', () => {
    const unknown = articles.flatMap((a) =>
      a.topics.filter((topic) => !known.has(topic)).map((topic) => `${a.title}: ${topic}`),
    );
    expect(unknown).toEqual([]);
  });

  it.each([...new Set(STARTER_TOPICS.map((t) => t.group))])(
    'covers the %s topics with at least three entries',
    (group) => {
      const inGroup = new Set(STARTER_TOPICS.filter((t) => t.group === group).map((t) => t.topic));
      const entries = articles.filter((a) => a.topics.some((topic) => inGroup.has(topic)));
      expect(entries.length).toBeGreaterThanOrEqual(3);
    },
  );

  it('covers the topics the issue names', () => {
    const covered = new Set(articles.flatMap((a) => a.topics));
    const named = [
      'management training',
      'hiring',
      'interviewing',
      'trade shows',
      'lead conversion',
      'marketing messages',
      'time management',
      'negotiation',
      'customer retention',
    ];
    expect(named.filter((topic) => !covered.has(topic))).toEqual([]);
  });

  it('is mostly relationship-building tips that can be sent as they are, of two to four sentences', () => {
    for (const a of articles) {
      expect(a.kind).toBe('relationship-building');
      const sentences = (a.tip ?? '').split(/(?<=[.!?])\s+(?=[A-Z"])/).length;
      expect({ title: a.title, fits: sentences >= 2 && sentences <= 4 }).toEqual({
        title: a.title,
        fits: true,
      });
    }
  });

  it('is seeded once, in full, and not again on the next start or update', async () => {
    const db = freshDatabase();

    expect(await seedStarterLibrary(db, 1)).toBe(articles.length);
    expect(await seedStarterLibrary(db, 2)).toBe(0);
    expect(await db.articles.count()).toBe(articles.length);
  });

  it('leaves a deleted starter entry deleted on the next start', async () => {
    const db = freshDatabase();
    await seedStarterLibrary(db, 1);
    const first = articles[0];
    if (!first) throw new Error('no starter entries');

    await db.articles.delete(first.id);
    await seedStarterLibrary(db, 2);

    expect(await db.articles.get(first.id)).toBeUndefined();
  });
});
