import { useMemo } from 'react';
import { addContactTag } from '@/lib/db/contact-tags';
import { rememberTag } from '@/lib/db/vocabulary';
import { SUGGESTED_KINDS, suggestTags } from '@/lib/match/suggest-tags';
import type { Contact } from '@/lib/model/contact';
import { TAG_KIND_LABELS, TAG_KINDS } from '@/lib/model/tag';
import { usePage } from './page-store';
import { useServices } from './services';
import { useTagIndex } from './use-tag-index';
import { useWrite } from './use-write';

/**
 * Tags the open profile's headline and about text suggest for this
 * contact, per kind. Nothing is added until the user clicks one.
 */
export function TagSuggestions({ contact }: { contact: Contact }) {
  const { db } = useServices();
  const write = useWrite();
  const index = useTagIndex();
  const context = usePage((state) => state.context);

  const person = context?.people.find(
    (p) =>
      (p.linkedInUrl !== null && p.linkedInUrl === contact.linkedInUrl) ||
      (p.email !== null && contact.emails.includes(p.email)),
  );
  const text = person
    ? [context?.site === 'linkedin' ? context.title : '', person.writing].join('\n')
    : '';
  const existing = TAG_KINDS.flatMap((kind) => contact[kind]);
  const existingKey = existing.join('|');

  const suggestions = useMemo(
    () => (text ? suggestTags(text, index.terms, existingKey ? existingKey.split('|') : []) : null),
    [text, index, existingKey],
  );
  if (!suggestions || SUGGESTED_KINDS.every((kind) => suggestions[kind].length === 0)) return null;

  const source = context?.site === 'linkedin' ? 'their profile' : 'their email';
  return (
    <div className="tag-suggestions" role="group" aria-label={`Suggested from ${source}`}>
      <p className="tag-suggestions__title">Suggested from {source}: click to add</p>
      {SUGGESTED_KINDS.filter((kind) => suggestions[kind].length > 0).map((kind) => (
        <div key={kind} className="tag-suggestions__kind">
          <span className="tags__label">{TAG_KIND_LABELS[kind]}</span>
          <ul
            className="tags__list"
            aria-label={`Suggested ${TAG_KIND_LABELS[kind].toLowerCase()}`}
          >
            {suggestions[kind].map((tag) => (
              <li key={tag}>
                <button
                  type="button"
                  className={`chip chip--suggested chip--${kind}`}
                  aria-label={`Add ${tag} to ${TAG_KIND_LABELS[kind].toLowerCase()}`}
                  onClick={() =>
                    write(async () => {
                      await addContactTag(db, contact.id, kind, tag);
                      await rememberTag(db, tag, kind);
                    })
                  }
                >
                  + {tag}
                </button>
              </li>
            ))}
          </ul>
        </div>
      ))}
    </div>
  );
}
