import { useId, useState } from 'react';
import { normaliseTag, TAG_KIND_LABELS, type TagKind } from '@/lib/model/tag';

interface Props {
  kind: TagKind;
  tags: readonly string[];
  onChange(tags: string[]): void;
}

const PLACEHOLDERS: Record<TagKind, string> = {
  goals: 'What do they want to achieve?',
  challenges: 'What stands in their way?',
  interests: 'What do they enjoy?',
  preferences: 'How do they like to be contacted?',
};

/** A list of tags: Enter or comma adds, the × (or Backspace in an empty box) removes. */
export function TagEditor({ kind, tags, onChange }: Props) {
  const [text, setText] = useState('');
  const inputId = useId();
  const label = TAG_KIND_LABELS[kind];

  function add(raw: string) {
    const tag = normaliseTag(raw);
    setText('');
    if (tag && !tags.includes(tag)) onChange([...tags, tag]);
  }

  return (
    <div className="tags">
      <label htmlFor={inputId} className="tags__label">
        {label}
      </label>
      <ul className="tags__list" aria-label={label}>
        {tags.map((tag) => (
          <li key={tag} className={`chip chip--${kind}`}>
            <span>{tag}</span>
            <button
              type="button"
              className="chip__remove"
              aria-label={`Remove ${tag} from ${label.toLowerCase()}`}
              onClick={() => onChange(tags.filter((t) => t !== tag))}
            >
              ×
            </button>
          </li>
        ))}
      </ul>
      <input
        id={inputId}
        className="tags__input"
        placeholder={PLACEHOLDERS[kind]}
        value={text}
        onChange={(event) => {
          const value = event.target.value;
          if (value.endsWith(',')) add(value.slice(0, -1));
          else setText(value);
        }}
        onKeyDown={(event) => {
          if (event.key === 'Enter') {
            event.preventDefault();
            add(text);
          } else if (event.key === 'Backspace' && text === '' && tags.length > 0) {
            onChange(tags.slice(0, -1));
          }
        }}
      />
    </div>
  );
}
