import Fuse from 'fuse.js';
import type { TagKind } from '../model/tag';
import { normaliseTag } from '../model/tag';
import { stemKey, words } from './stem';
import { STARTER_TOPICS, type TopicGroup } from './vocabulary';

/** One tag the autocomplete can offer: a starter topic or a tag a user added. */
export interface VocabularyTerm {
  tag: string;
  aliases: readonly string[];
  /** The starter topic's group; null for tags users added. */
  group: TopicGroup | null;
  /** For user tags, the kinds they were used as (goals, interests...). */
  kinds: readonly TagKind[];
}

export interface TagMatch {
  tag: string;
  /** The alias that matched when it was not the tag itself ("recruiting" for hiring). */
  via: string | null;
}

interface Key {
  term: VocabularyTerm;
  text: string;
  stemmed: string;
  isAlias: boolean;
}

export interface TagIndex {
  terms: readonly VocabularyTerm[];
  keys: readonly Key[];
  /** fuse.js over the vocabulary's distinct words: a few hundred, however many tags there are. */
  wordFuse: Fuse<string>;
  keysByWord: ReadonlyMap<string, readonly Key[]>;
}

export function starterTerms(): VocabularyTerm[] {
  return STARTER_TOPICS.map((topic) => ({
    tag: topic.topic,
    aliases: topic.aliases ?? [],
    group: topic.group,
    kinds: [],
  }));
}

/** The starter topics plus the user's own tags (a user tag equal to a topic adds nothing). */
export function buildTagIndex(
  userTags: readonly { tag: string; kinds: readonly TagKind[] }[] = [],
  base = starterTerms(),
): TagIndex {
  const seen = new Set(base.map((term) => term.tag));
  const terms = [...base];
  for (const { tag, kinds } of userTags) {
    const normal = normaliseTag(tag);
    if (!normal || seen.has(normal)) continue;
    seen.add(normal);
    terms.push({ tag: normal, aliases: [], group: null, kinds });
  }

  const keys = terms.flatMap((term) => [
    { term, text: term.tag, stemmed: stemKey(term.tag), isAlias: false },
    ...term.aliases.map((alias) => ({ term, text: alias, stemmed: stemKey(alias), isAlias: true })),
  ]);
  const keysByWord = new Map<string, Key[]>();
  for (const key of keys) {
    for (const word of new Set(words(key.text)))
      keysByWord.set(word, [...(keysByWord.get(word) ?? []), key]);
  }
  // Typos are corrected word by word ("managment" is one edit from "management"):
  // fuse.js over the distinct words stays fast on a 5,000-tag vocabulary, where
  // fuse.js over whole phrases took tens of milliseconds a keystroke.
  const wordFuse = new Fuse([...keysByWord.keys()], {
    threshold: 0.4,
    ignoreLocation: true,
    includeScore: true,
  });
  return { terms, keys, wordFuse, keysByWord };
}

/**
 * Tags for what the user has typed, best first: exact and prefix matches
 * (on the words or their stems, so plurals match), then fuzzy ones for
 * typos, each tag once, leaving out tags the contact already has.
 */
export function searchTags(
  index: TagIndex,
  query: string,
  exclude: readonly string[] = [],
  limit = 8,
): TagMatch[] {
  const q = normaliseTag(query);
  if (!q) return [];

  const qStem = stemKey(q);
  const skip = new Set(exclude.map(normaliseTag));
  const ranked = new Map<string, { rank: number; via: string | null }>();
  const offer = (key: Key, rank: number) => {
    if (skip.has(key.term.tag)) return;
    const known = ranked.get(key.term.tag);
    if (known && known.rank <= rank) return;
    ranked.set(key.term.tag, { rank, via: key.isAlias ? key.text : null });
  };

  for (const key of index.keys) {
    const rank = directRank(key, q, qStem);
    if (rank !== null) offer(key, rank);
  }
  // Typo search only when the typed letters alone find little.
  if (ranked.size < 3) {
    for (const [key, score] of fuzzyKeys(index, q)) offer(key, 10 + score);
  }

  return [...ranked.entries()]
    .sort(([a, x], [b, y]) => x.rank - y.rank || a.length - b.length || a.localeCompare(b))
    .slice(0, limit)
    .map(([tag, { via }]) => ({ tag, via }));
}

/**
 * Keys holding, for every typed word, that word, a word it begins (the
 * last one is still being typed) or a word fuse.js finds within a typo or
 * two; scored by the sum of the words' distances.
 */
function fuzzyKeys(index: TagIndex, q: string): Map<Key, number> {
  const perWord = words(q)
    .filter((word) => word.length >= 3)
    .map((word) => keysNear(index, word));
  const [first, ...rest] = perWord;
  const found = new Map<Key, number>();
  if (!first) return found;

  for (const [key, score] of first) {
    let sum = score;
    for (const other of rest) sum += other.get(key) ?? Infinity;
    if (Number.isFinite(sum)) found.set(key, sum);
  }
  return found;
}

/** Keys with the word itself, a word it begins, or a word fuse.js finds near it. */
function keysNear(index: TagIndex, word: string): Map<Key, number> {
  const near = new Map<string, number>([[word, 0]]);
  for (const known of index.keysByWord.keys())
    if (known.startsWith(word) && known !== word) near.set(known, 0.05);
  for (const result of index.wordFuse.search(word, { limit: 8 })) {
    near.set(result.item, Math.min(near.get(result.item) ?? 1, result.score ?? 1));
  }

  const scores = new Map<Key, number>();
  for (const [match, score] of near) {
    for (const key of index.keysByWord.get(match) ?? [])
      scores.set(key, Math.min(scores.get(key) ?? 1, score));
  }
  return scores;
}

/** 0 exact, 1 starts with, 2 a word starts with, 3 contains; aliases a half step later. */
function directRank(key: Key, q: string, qStem: string): number | null {
  const text = key.text;
  const penalty = key.isAlias ? 0.5 : 0;
  if (text === q || (qStem && key.stemmed === qStem)) return penalty;
  if (text.startsWith(q) || (qStem && key.stemmed.startsWith(qStem))) return 1 + penalty;
  if (text.includes(` ${q}`) || (qStem.length >= 3 && key.stemmed.includes(` ${qStem}`)))
    return 2 + penalty;
  if (q.length >= 3 && text.includes(q)) return 3 + penalty;
  return null;
}

/** Whether `tag` is already a term (by its stems), so a new one need not join the vocabulary. */
export function isKnownTag(index: TagIndex, tag: string): boolean {
  const key = stemKey(tag);
  return index.keys.some((k) => !k.isAlias && k.stemmed === key);
}
