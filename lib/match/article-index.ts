import type { Article } from '../model/article';
import { normaliseTag } from '../model/tag';
import { allowedTypos, editDistance } from './edit-distance';
import { STARTER_TOPICS, type Topic } from './vocabulary';
import { words } from './words';

/**
 * A small inverted index over the library, built once per library change
 * and queried per contact (suggest-articles.ts). fuse.js was measured at
 * ~300 ms a query over 1,000 articles for this job (issue 5); postings
 * lists make a query cost what the contact's tags touch, not the library.
 */
export interface ArticleIndex {
  readonly articles: readonly Article[];
  /** Canonical topic -> documents, with a weight falling for later topics (the first is the main one). */
  readonly topicPostings: ReadonlyMap<string, Posting>;
  /** Word stem -> documents, weighted by where the word appears (title over summary). */
  readonly wordPostings: ReadonlyMap<string, Posting>;
  /** Word stems by first letter, for correcting a misspelled word. */
  readonly wordsByInitial: ReadonlyMap<string, readonly string[]>;
  /** Every phrase of the vocabulary (topic or alias), normalised -> its topic. */
  readonly phrases: ReadonlyMap<string, string>;
  /** Scratch space for queries, reused so a query allocates little. */
  readonly scratch: { score: Float64Array; best: Float64Array; reason: Int32Array };
  readonly logSize: number;
  /** What each tag was read as; tags recur (the same contact, the same few goals), the library does not change under an index. */
  readonly termCache: Map<string, TagTerms>;
}

export interface Posting {
  docs: number[];
  weights: number[];
}

const TOPIC_POSITION_WEIGHTS = [1, 0.85, 0.7];
const FIELD_WEIGHTS = { title: 1, topics: 0.8, body: 0.5 } as const;

/** The vocabulary's phrases (each topic and its aliases), normalised, each naming its topic. */
export function vocabularyPhrases(
  vocabulary: readonly Topic[] = STARTER_TOPICS,
): Map<string, string> {
  const phrases = new Map<string, string>();
  for (const { topic, aliases = [] } of vocabulary) {
    const canonical = normaliseTag(topic);
    phrases.set(canonical, canonical);
    for (const alias of aliases) {
      const key = normaliseTag(alias);
      if (!phrases.has(key)) phrases.set(key, canonical);
    }
  }
  return phrases;
}

function push(map: Map<string, Posting>, key: string, doc: number, weight: number): void {
  let posting = map.get(key);
  if (!posting) {
    posting = { docs: [], weights: [] };
    map.set(key, posting);
  }

  // A word seen twice in one document keeps its best field, once.
  const last = posting.docs.length - 1;
  if (posting.docs[last] === doc) {
    if ((posting.weights[last] ?? 0) < weight) posting.weights[last] = weight;
    return;
  }
  posting.docs.push(doc);
  posting.weights.push(weight);
}

export function buildArticleIndex(
  articles: readonly Article[],
  vocabulary: readonly Topic[] = STARTER_TOPICS,
): ArticleIndex {
  const phrases = vocabularyPhrases(vocabulary);
  const topicPostings = new Map<string, Posting>();
  const wordPostings = new Map<string, Posting>();

  articles.forEach((article, doc) => {
    article.topics.forEach((raw, position) => {
      const topic = phrases.get(raw) ?? raw;
      push(topicPostings, topic, doc, TOPIC_POSITION_WEIGHTS[position] ?? 0.6);
    });

    for (const word of words(article.title)) push(wordPostings, word, doc, FIELD_WEIGHTS.title);
    for (const word of words(article.topics.join(' ')))
      push(wordPostings, word, doc, FIELD_WEIGHTS.topics);
    for (const word of words(`${article.summary} ${article.tip ?? ''}`))
      push(wordPostings, word, doc, FIELD_WEIGHTS.body);
  });

  const wordsByInitial = new Map<string, string[]>();
  for (const word of wordPostings.keys()) {
    const initial = word[0] ?? '';
    const list = wordsByInitial.get(initial);
    if (list) list.push(word);
    else wordsByInitial.set(initial, [word]);
  }

  return {
    articles,
    topicPostings,
    wordPostings,
    wordsByInitial,
    phrases,
    scratch: {
      score: new Float64Array(articles.length),
      best: new Float64Array(articles.length),
      reason: new Int32Array(articles.length),
    },
    logSize: Math.log(1 + articles.length),
    termCache: new Map(),
  };
}

/** What a tag means to the index: the topics it names and the words it contains. */
export interface TagTerms {
  topics: { topic: string; weight: number }[];
  words: { word: string; weight: number }[];
}

/**
 * Reads a contact's tag the way a person would: "Recruiting" is the topic
 * hiring, "managment trainng" is management training, and "convert more
 * trade show leads" names trade shows and lead conversion by its words.
 */
export function termsOfTag(index: ArticleIndex, rawTag: string): TagTerms {
  const tag = normaliseTag(rawTag);
  const cached = index.termCache.get(tag);
  if (cached) return cached;

  const terms = readTag(index, tag);
  if (index.termCache.size > 5_000) index.termCache.clear();
  index.termCache.set(tag, terms);
  return terms;
}

function readTag(index: ArticleIndex, tag: string): TagTerms {
  const topics = new Map<string, number>();
  const add = (topic: string, weight: number) =>
    topics.set(topic, Math.max(topics.get(topic) ?? 0, weight));

  const exact = index.phrases.get(tag) ?? (index.topicPostings.has(tag) ? tag : undefined);
  if (exact) add(exact, 1);
  else {
    const near = nearestPhrase(index, tag);
    if (near) add(near, 0.9);
  }

  // Phrases inside a longer tag, as whole words: "our trade show leads" holds "trade show".
  const padded = ` ${tag.replace(/[^a-z0-9&+-]+/g, ' ')} `;
  for (const [phrase, topic] of index.phrases) {
    if (phrase !== tag && phrase.length > 2 && padded.includes(` ${phrase} `)) add(topic, 0.8);
  }

  // Words already said by a topic the tag names exactly add nothing but work.
  const covered = new Set(exact ? words(exact) : []);
  const found = new Map<string, number>();
  for (const word of words(tag)) {
    if (covered.has(word)) continue;
    if (index.wordPostings.has(word)) found.set(word, 1);
    else {
      const near = nearestWord(index, word);
      if (near && !found.has(near)) found.set(near, 0.8);
    }
  }

  return {
    topics: [...topics].map(([topic, weight]) => ({ topic, weight })),
    words: [...found].map(([word, weight]) => ({ word, weight })),
  };
}

function nearestPhrase(index: ArticleIndex, tag: string): string | undefined {
  const max = allowedTypos(tag.replace(/\s+/g, '').length);
  if (max === 0) return undefined;

  let best: string | undefined;
  let bestDistance = max + 1;
  const consider = (phrase: string, topic: string) => {
    const distance = editDistance(tag, phrase, Math.min(max, bestDistance - 1));
    if (distance < bestDistance) {
      bestDistance = distance;
      best = topic;
    }
  };
  for (const [phrase, topic] of index.phrases) consider(phrase, topic);
  for (const topic of index.topicPostings.keys())
    if (!index.phrases.has(topic)) consider(topic, topic);
  return best;
}

function nearestWord(index: ArticleIndex, word: string): string | undefined {
  const max = allowedTypos(word.length);
  if (max === 0) return undefined;

  let best: string | undefined;
  let bestDistance = max + 1;
  for (const candidate of index.wordsByInitial.get(word[0] ?? '') ?? []) {
    const distance = editDistance(word, candidate, Math.min(max, bestDistance - 1));
    if (distance < bestDistance) {
      bestDistance = distance;
      best = candidate;
    }
  }
  return best;
}
