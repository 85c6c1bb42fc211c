import Fuse from 'fuse.js';
import type { TagKind } from '../model/tag';
import { normaliseTag } from '../model/tag';
import { stemKey } from './stem';
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
  fuse: Fuse<Key>;
  keys: readonly Key[];
}

export function starterTerms(): VocabularyTerm[] {
  return STARTER_TOPICS.map((topic) => ({ tag: topic.topic, aliases: topic.aliases ?? [], group: topic.group, kinds: [] }));
}

/** The starter topics plus the user's own tags (a user tag equal to a topic adds nothing). */
export function buildTagIndex(userTags: readonly { tag: string; kinds: readonly TagKind[] }[] = [], base = starterTerms()): TagIndex {
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
  // Typos: "managment" is one edit from "management" (threshold 0.34 keeps
  // two-edit typos of long words and drops unrelated short ones).
  const fuse = new Fuse(keys, { keys: ['text', 'stemmed'], threshold: 0.34, ignoreLocation: true, includeScore: true });
  return { terms, fuse, keys };
}

/**
 * Tags for what the user has typed, best first: exact and prefix matches
 * (on the words or their stems, so plurals match), then fuzzy ones for
 * typos, each tag once, leaving out tags the contact already has.
 */
export function searchTags(index: TagIndex, query: string, exclude: readonly string[] = [], limit = 8): TagMatch[] {
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
  if (ranked.size < limit) {
    for (const result of index.fuse.search(q, { limit: limit * 3 })) {
      offer(result.item, 10 + (result.score ?? 1));
    }
  }

  return [...ranked.entries()]
    .sort(([a, x], [b, y]) => x.rank - y.rank || a.length - b.length || a.localeCompare(b))
    .slice(0, limit)
    .map(([tag, { via }]) => ({ tag, via }));
}

/** 0 exact, 1 starts with, 2 a word starts with, 3 contains; aliases a half step later. */
function directRank(key: Key, q: string, qStem: string): number | null {
  const text = key.text;
  const penalty = key.isAlias ? 0.5 : 0;
  if (text === q || (qStem && key.stemmed === qStem)) return penalty;
  if (text.startsWith(q) || (qStem && key.stemmed.startsWith(qStem))) return 1 + penalty;
  if (text.includes(` ${q}`) || (qStem.length >= 3 && key.stemmed.includes(` ${qStem}`))) return 2 + penalty;
  if (q.length >= 3 && text.includes(q)) return 3 + penalty;
  return null;
}

/** Whether `tag` is already a term (by its stems), so a new one need not join the vocabulary. */
export function isKnownTag(index: TagIndex, tag: string): boolean {
  const key = stemKey(tag);
  return index.keys.some((k) => !k.isAlias && k.stemmed === key);
}
