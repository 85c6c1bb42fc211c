import { vocabularyEntrySchema, type VocabularyEntry } from '../model/vocabulary-entry';
import { normaliseTag, type TagKind } from '../model/tag';
import { parseOrThrow } from '../model/validation';
import { STARTER_TOPICS } from '../match/vocabulary';
import { now } from '../clock';
import type { RapportDatabase } from './database';

const STARTER = new Set(STARTER_TOPICS.map((topic) => topic.topic));

/** Adds a tag the user just used to the vocabulary (or notes the new kind it was used as). */
export async function rememberTag(db: RapportDatabase, raw: string, kind: TagKind): Promise<void> {
  const tag = normaliseTag(raw);
  if (!tag || STARTER.has(tag)) return;

  await db.transaction('rw', db.vocabulary, async () => {
    const known = await db.vocabulary.get(tag);
    if (known?.kinds.includes(kind)) return;

    const entry = parseOrThrow(
      vocabularyEntrySchema,
      { tag, kinds: [...(known?.kinds ?? []), kind], addedAt: known?.addedAt ?? now() },
      'Tag',
    );
    await db.vocabulary.put(entry);
  });
}

export function listVocabulary(db: RapportDatabase): Promise<VocabularyEntry[]> {
  return db.vocabulary.orderBy('addedAt').toArray();
}

/** The vocabulary entries for every tag on these contacts that is not a starter topic. */
export function vocabularyFromTags(
  contacts: readonly Partial<Record<TagKind, unknown>>[],
  at: number,
): VocabularyEntry[] {
  const found = new Map<string, Set<TagKind>>();
  for (const contact of contacts) {
    for (const kind of ['goals', 'challenges', 'interests', 'preferences'] as const) {
      const tags = contact[kind];
      if (!Array.isArray(tags)) continue;
      for (const raw of tags) {
        const tag = typeof raw === 'string' ? normaliseTag(raw) : '';
        if (!tag || STARTER.has(tag) || tag.length > 80) continue;
        found.set(tag, (found.get(tag) ?? new Set()).add(kind));
      }
    }
  }
  return [...found.entries()].map(([tag, kinds]) => ({ tag, kinds: [...kinds], addedAt: at }));
}
