import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import Fuse from 'fuse.js';
import { bench, describe } from 'vitest';
import { buildArticleIndex, type ArticleIndex } from '@/lib/match/article-index';
import { suggestArticles } from '@/lib/match/suggest-articles';
import { starterArticles } from '@/lib/library/starter-articles';
import type { Article } from '@/lib/model/article';
import type { Contact } from '@/lib/model/contact';

/**
 * Suggestions for a contact at 1,000, 10,000 and 100,000 articles: the
 * inverted index against fuse.js over the same library in the same run
 * (issue 5). Besides vitest's own table, prints build time, heap growth
 * and query latency (median, p95) as one table the lead can paste.
 */
type Who = Pick<Contact, 'goals' | 'challenges' | 'interests' | 'preferences' | 'stage' | 'style'>;
const who = (goals: string[], challenges: string[], interests: string[] = []): Who => ({
  goals,
  challenges,
  interests,
  preferences: [],
  stage: 'prospect',
  style: null,
});

const CONTACTS: Who[] = [
  who(
    ['becoming a better manager', 'trade-show lead conversion'],
    ['no formal management training'],
    ['sailing'],
  ),
  who(['hiring salespeople'], ['starting a business'], ['running']),
  who(['time management'], ['too many meetings']),
  who(['crm adoption'], ['pipeline forecasting']),
  who(['keeping customers'], ['churn'], ['golf']),
  who(['negotiating'], ['vendor management']),
  who(['managment trainng', 'trade shwo follow up'], []),
  who(['fix our commission plan'], ['staff turnover'], ['wine']),
  who(['digital transformation'], ['change management', 'limited budget']),
  who(['event roi', 'marketing budget'], ['reporting']),
];

/** A deterministic pseudo-random sequence, so every run measures the same library. */
function random(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state * 1_103_515_245 + 12_345) % 2_147_483_648;
    return state / 2_147_483_648;
  };
}

/** `size` articles made from the starter set: titles, topics and text recombined, so postings grow like a real library's. */
export function generateLibrary(size: number): Article[] {
  const base = starterArticles(0);
  const next = random(size);
  const pick = () => base[Math.floor(next() * base.length)] ?? base[0];
  const out: Article[] = [];
  for (let i = 0; i < size; i += 1) {
    const a = pick();
    const b = pick();
    if (!a || !b) break;
    out.push({
      ...a,
      id: `gen-${i}`,
      title: `${a.title} (${b.topics[0] ?? 'notes'} ${i})`,
      summary: `${a.summary} ${b.summary}`,
      topics: [...new Set([...a.topics.slice(0, 2), ...b.topics.slice(0, 1)])],
      kind: next() < 0.15 ? 'value-proposition' : 'relationship-building',
      starter: false,
    });
  }
  return out;
}

function fuseOver(articles: Article[]): Fuse<Article> {
  return new Fuse(articles, {
    keys: ['title', 'summary', 'topics'],
    includeScore: true,
    ignoreLocation: true,
    threshold: 0.4,
  });
}

/** The fuse.js way of doing the same job: search each tag, merge by best score. */
function fuseSuggest(fuse: Fuse<Article>, contact: Who): Article[] {
  const best = new Map<string, { article: Article; score: number }>();
  for (const tag of [...contact.goals, ...contact.challenges, ...contact.interests]) {
    for (const hit of fuse.search(tag, { limit: 50 })) {
      const score = hit.score ?? 1;
      const seen = best.get(hit.item.id);
      if (!seen || score < seen.score) best.set(hit.item.id, { article: hit.item, score });
    }
  }
  return [...best.values()]
    .sort((x, y) => x.score - y.score)
    .slice(0, 5)
    .map((entry) => entry.article);
}

function quantile(sorted: number[], q: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? 0;
}

// A full collection before each reading, so heap growth is what the structure keeps, not garbage.
setFlagsFromString('--expose-gc');
const collect = runInNewContext('gc') as () => void;

function heapUsed(): number {
  collect();
  return process.memoryUsage().heapUsed;
}

function timeQueries(
  run: (contact: Who) => unknown,
  rounds: number,
  contacts = CONTACTS,
): { median: number; p95: number } {
  const times: number[] = [];
  for (let r = 0; r < rounds; r += 1) {
    for (const contact of contacts) {
      const start = performance.now();
      run(contact);
      times.push(performance.now() - start);
    }
  }
  times.sort((x, y) => x - y);
  return { median: quantile(times, 0.5), p95: quantile(times, 0.95) };
}

const SIZES = [1_000, 10_000, 100_000] as const;
/** fuse.js takes seconds a query at 10,000 and more: a few contacts bound the run to a couple of minutes. */
const FUSE_CONTACTS: Record<(typeof SIZES)[number], number> = {
  1_000: CONTACTS.length,
  10_000: 3,
  100_000: 1,
};

const libraries = new Map<
  number,
  { articles: Article[]; index: ArticleIndex; fuse: Fuse<Article> }
>();
const rows: string[] = [];

for (const size of SIZES) {
  const articles = generateLibrary(size);

  const heapBefore = heapUsed();
  const buildStart = performance.now();
  const index = buildArticleIndex(articles);
  const buildMs = performance.now() - buildStart;
  const indexHeap = heapUsed() - heapBefore;

  const fuseBefore = heapUsed();
  const fuseStart = performance.now();
  const fuse = fuseOver(articles);
  const fuseBuildMs = performance.now() - fuseStart;
  const fuseHeap = heapUsed() - fuseBefore;

  // A few rounds first, so the figures are of compiled code, as in a sidebar that has been open a while.
  timeQueries((contact) => suggestArticles(index, contact, new Set()), 3);
  const ours = timeQueries((contact) => suggestArticles(index, contact, new Set()), 20);
  const theirs = timeQueries(
    (contact) => fuseSuggest(fuse, contact),
    1,
    CONTACTS.slice(0, FUSE_CONTACTS[size]),
  );

  const mb = (bytes: number) => `${(bytes / 1_048_576).toFixed(1)} MB`;
  const ms = (value: number) => `${value.toFixed(value < 10 ? 2 : 0)} ms`;
  rows.push(
    `| ${size.toLocaleString('en')} | index | ${ms(buildMs)} | ${mb(indexHeap)} | ${ms(ours.median)} | ${ms(ours.p95)} |`,
    `| ${size.toLocaleString('en')} | fuse.js | ${ms(fuseBuildMs)} | ${mb(fuseHeap)} | ${ms(theirs.median)} | ${ms(theirs.p95)} |`,
    `| ${size.toLocaleString('en')} | ratio (fuse.js / index, median) | | | ${(theirs.median / Math.max(ours.median, 0.001)).toFixed(0)}x | |`,
  );
  libraries.set(size, { articles, index, fuse });
}

process.stdout.write(
  [
    '',
    'Suggestions for a contact (heap: heapUsed kept after a full GC; fuse.js timed on 10, 3 and 1 contacts):',
    '| articles | engine | build | heap | median | p95 |',
    '|---|---|---|---|---|---|',
    ...rows,
    '',
  ].join('\n'),
);

describe.each(SIZES)('suggestions at %i articles', (size) => {
  const library = libraries.get(size);
  if (!library) throw new Error(`no library of ${size}`);
  let turn = 0;

  bench('inverted index (suggestArticles)', () => {
    turn += 1;
    suggestArticles(library.index, CONTACTS[turn % CONTACTS.length] ?? who([], []), new Set());
  });

  // At 100,000 the fuse.js reference is the one query in the table above; vitest's own run would take minutes.
  if (size < 100_000) {
    bench(
      'fuse.js reference',
      () => {
        turn += 1;
        fuseSuggest(library.fuse, CONTACTS[turn % CONTACTS.length] ?? who([], []));
      },
      { iterations: size >= 10_000 ? 2 : 5, time: 0, warmupIterations: 0, warmupTime: 0 },
    );
  }
});
