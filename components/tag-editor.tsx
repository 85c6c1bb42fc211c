import { useId, useMemo, useState, type KeyboardEvent } from 'react';
import { rememberTag } from '@/lib/db/vocabulary';
import { searchTags } from '@/lib/match/tag-search';
import { normaliseTag, TAG_KIND_LABELS, type TagKind } from '@/lib/model/tag';
import { useServices } from './services';
import { useTagIndex } from './use-tag-index';
import { useWrite } from './use-write';

interface Props {
  kind: TagKind;
  tags: readonly string[];
  onAdd(tag: string): void;
  onRemove(tag: string): void;
}

interface Option {
  tag: string;
  /** The alias that matched ("recruiting" for hiring). */
  via: string | null;
  isNew: boolean;
}

const PLACEHOLDERS: Record<TagKind, string> = {
  goals: 'What do they want to achieve?',
  challenges: 'What stands in their way?',
  interests: 'What do they enjoy?',
  preferences: 'How do they like to be contacted?',
};

const MAX_OPTIONS = 6;

type Op = { add: string } | { remove: string };

function apply(tags: readonly string[], op: Op): string[] {
  return 'add' in op
    ? tags.includes(op.add)
      ? [...tags]
      : [...tags, op.add]
    : tags.filter((tag) => tag !== op.remove);
}

function reflected(tags: readonly string[], op: Op): boolean {
  return 'add' in op ? tags.includes(op.add) : !tags.includes(op.remove);
}

/**
 * A contact's tags of one kind, with autocomplete over the vocabulary
 * (WAI-ARIA combobox with a list popup: arrows move through the options,
 * Enter adds the highlighted one or what was typed, Escape closes the list).
 * A tag not in the vocabulary yet is allowed and joins it.
 */
export function TagEditor({ kind, tags: saved, onAdd, onRemove }: Props) {
  const { db } = useServices();
  const write = useWrite();
  const index = useTagIndex();
  const id = useId();
  const [text, setText] = useState('');
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(-1);
  // Changes not yet back from the database, shown at once (the writes themselves are per tag).
  const [ops, setOps] = useState<Op[]>([]);
  const pending = ops.filter((op) => !reflected(saved, op));
  const tags = pending.reduce(apply, [...saved]);
  // Once the database answers, changes it reflects are done (adjusting state while rendering, as React's docs advise).
  const [seen, setSeen] = useState(saved);
  if (seen !== saved) {
    setSeen(saved);
    setOps(pending);
  }
  const label = TAG_KIND_LABELS[kind];
  const listId = `${id}-list`;
  const optionId = (i: number) => `${id}-option-${i}`;

  const options = useMemo<Option[]>(() => {
    const typed = normaliseTag(text);
    const found = searchTags(index, text, tags, MAX_OPTIONS).map((match) => ({
      ...match,
      isNew: false,
    }));
    const offerNew =
      typed && !tags.includes(typed) && !found.some((option) => option.tag === typed);
    return offerNew ? [...found, { tag: typed, via: null, isNew: true }] : found;
  }, [index, text, tags]);
  const expanded = open && options.length > 0;

  function add(raw: string) {
    const tag = normaliseTag(raw);
    setText('');
    setActive(-1);
    setOpen(false);
    if (!tag || tags.includes(tag)) return;

    change({ add: tag });
    void write(() => rememberTag(db, tag, kind));
  }

  function change(op: Op) {
    setOps([...pending, op]);
    if ('add' in op) onAdd(op.add);
    else onRemove(op.remove);
  }

  function onKeyDown(event: KeyboardEvent<HTMLInputElement>) {
    const count = options.length;
    switch (event.key) {
      case 'ArrowDown':
        event.preventDefault();
        setOpen(true);
        setActive((current) => (count === 0 ? -1 : (current + 1) % count));
        break;
      case 'ArrowUp':
        event.preventDefault();
        setOpen(true);
        setActive((current) => (count === 0 ? -1 : current <= 0 ? count - 1 : current - 1));
        break;
      case 'Enter': {
        event.preventDefault();
        const chosen = expanded && active >= 0 ? options[active] : undefined;
        add(chosen ? chosen.tag : text);
        break;
      }
      case 'Escape':
        if (expanded) {
          event.preventDefault();
          event.stopPropagation();
          setOpen(false);
          setActive(-1);
        } else if (text) {
          event.stopPropagation();
          setText('');
        }
        break;
      case 'Backspace':
        if (text === '' && tags.length > 0) change({ remove: tags.at(-1) ?? '' });
        break;
      case 'Tab':
        setOpen(false);
        break;
    }
  }

  return (
    <div className="tags">
      <label htmlFor={`${id}-input`} className="tags__label">
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
              onClick={() => change({ remove: tag })}
            >
              ×
            </button>
          </li>
        ))}
      </ul>
      <div className="combobox">
        <input
          id={`${id}-input`}
          className="tags__input"
          role="combobox"
          aria-autocomplete="list"
          aria-expanded={expanded}
          aria-controls={listId}
          aria-activedescendant={expanded && active >= 0 ? optionId(active) : undefined}
          autoComplete="off"
          placeholder={PLACEHOLDERS[kind]}
          value={text}
          onChange={(event) => {
            const value = event.target.value;
            if (value.endsWith(',')) {
              add(value.slice(0, -1));
              return;
            }
            setText(value);
            setActive(-1);
            setOpen(value.trim() !== '');
          }}
          onKeyDown={onKeyDown}
          onBlur={() => setOpen(false)}
        />
        <ul
          id={listId}
          role="listbox"
          aria-label={`Suggestions for ${label.toLowerCase()}`}
          className="combobox__list"
          hidden={!expanded}
        >
          {expanded
            ? options.map((option, i) => (
                <li
                  key={`${option.isNew ? 'new:' : ''}${option.tag}`}
                  id={optionId(i)}
                  role="option"
                  aria-selected={i === active}
                  className="combobox__option"
                  // Keep focus in the input, so the list stays a popup of it.
                  onMouseDown={(event) => event.preventDefault()}
                  onClick={() => add(option.tag)}
                >
                  {option.isNew ? (
                    <>
                      Add “{option.tag}” <span className="combobox__hint">new tag</span>
                    </>
                  ) : (
                    <>
                      {option.tag}
                      {option.via ? <span className="combobox__hint">{option.via}</span> : null}
                    </>
                  )}
                </li>
              ))
            : null}
        </ul>
      </div>
    </div>
  );
}
