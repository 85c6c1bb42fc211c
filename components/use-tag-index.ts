import { useLiveQuery } from 'dexie-react-hooks';
import { listVocabulary } from '@/lib/db/vocabulary';
import { buildTagIndex, type TagIndex } from '@/lib/match/tag-search';
import type { VocabularyEntry } from '@/lib/model/vocabulary-entry';
import { useServices } from './services';

let cached: { key: string; index: TagIndex } | null = null;

/** The starter topics plus the user's own tags, built once per vocabulary and shared by every editor. */
export function useTagIndex(): TagIndex {
  const { db } = useServices();
  const vocabulary = useLiveQuery(() => listVocabulary(db), [db]) ?? [];
  return indexFor(vocabulary);
}

function indexFor(vocabulary: readonly VocabularyEntry[]): TagIndex {
  const key = vocabulary.map((entry) => `${entry.tag}:${entry.kinds.join(',')}`).join('|');
  if (cached?.key !== key) cached = { key, index: buildTagIndex(vocabulary) };
  return cached.index;
}
