import { useLiveQuery } from 'dexie-react-hooks';
import { useEffect, useId, useState } from 'react';
import { findContactByEmail, findContactByLinkedIn } from '@/lib/db/contacts';
import { pageCandidates } from '@/lib/match/page-candidates';
import { LikelyMatchOffer } from './likely-match-offer';
import type { ContactDraft } from '@/lib/model/contact';
import type { PagePerson } from '@/lib/model/page-context';
import { usePage } from './page-store';
import { useServices } from './services';
import { useUi } from './ui-store';

const SITE_NAMES = { gmail: 'Gmail', linkedin: 'LinkedIn' } as const;

/** A new contact prefilled from what the page shows. */
export function draftFromPerson(person: PagePerson): ContactDraft {
  return {
    name: person.name || person.email || 'Unknown',
    emails: person.email ? [person.email] : [],
    linkedInUrl: person.linkedInUrl,
    company: person.company,
    title: person.title,
    location: person.location,
  };
}

/**
 * "Who is this": the person on the open page. A known contact's card opens
 * by itself when the page changes; someone new is offered as a contact,
 * prefilled, with guesses marked.
 */
export function PagePerson() {
  const { db } = useServices();
  const context = usePage((state) => state.context);
  const ownEmails = usePage((state) => state.settings.ownEmails);
  const go = useUi((state) => state.go);
  const selectId = useId();
  // The chosen person belongs to one page; a new thread or profile starts with its likeliest person.
  const key = context?.key ?? null;
  const [choice, setChoice] = useState<{ key: string | null; index: number }>({
    key: null,
    index: 0,
  });
  const chosen = choice.key === key ? choice.index : 0;
  const setChosen = (index: number) => setChoice({ key, index });

  const candidates = context ? pageCandidates(context, ownEmails) : [];
  const person = candidates[chosen] ?? candidates[0] ?? null;

  const match = useLiveQuery(async () => {
    if (!person) return null;
    const byEmail = person.email ? await findContactByEmail(db, person.email) : undefined;
    const byProfile =
      !byEmail && person.linkedInUrl
        ? await findContactByLinkedIn(db, person.linkedInUrl)
        : undefined;
    return byEmail ?? byProfile ?? null;
  }, [db, person?.email, person?.linkedInUrl]);

  // Reading someone Rapport knows opens their card, once per page and person.
  const matchId = match?.id ?? null;
  useEffect(() => {
    if (matchId && key) go({ name: 'contact', contactId: matchId });
  }, [matchId, key, go]);

  if (!context) return null;

  if (context.unreadable) {
    return (
      <aside className="page-person" aria-label="On this page">
        <p className="muted">
          Rapport cannot read this {SITE_NAMES[context.site]} page: its layout is new to Rapport.
          Add the person by hand; on their card, Copy takes a draft to the clipboard.
        </p>
        <button
          type="button"
          className="button button--small"
          onClick={() => go({ name: 'new-contact', prefill: null })}
        >
          Add contact by hand
        </button>
      </aside>
    );
  }

  if (candidates.length === 0) {
    return (
      <aside className="page-person" aria-label="On this page">
        <p className="muted">
          {SITE_NAMES[context.site]}: no one but you on this page. Open an email or a profile to see
          that person here.
        </p>
      </aside>
    );
  }

  return (
    <aside className="page-person" aria-label="On this page">
      <span className="page-person__site">{SITE_NAMES[context.site]}</span>
      {candidates.length > 1 ? (
        <span className="page-person__pick">
          <label htmlFor={selectId}>Who is this about?</label>
          <select
            id={selectId}
            value={chosen}
            onChange={(event) => setChosen(Number(event.target.value))}
          >
            {candidates.map((candidate, index) => (
              <option
                key={`${candidate.email ?? candidate.linkedInUrl ?? candidate.name}`}
                value={index}
              >
                {candidate.name || candidate.email}
                {candidate.email && candidate.name ? ` <${candidate.email}>` : ''}
              </option>
            ))}
          </select>
        </span>
      ) : null}
      {person && match ? (
        <button
          type="button"
          className="link"
          onClick={() => go({ name: 'contact', contactId: match.id })}
        >
          {match.name}
        </button>
      ) : person ? (
        <span className="page-person__new">
          <span>
            <strong>{person.name || person.email}</strong> is not in Rapport yet.
          </span>
          <button
            type="button"
            className="button button--small button--primary"
            onClick={() =>
              go({ name: 'new-contact', prefill: draftFromPerson(person), guessed: person.guessed })
            }
          >
            Add contact
          </button>
        </span>
      ) : null}
      {person && match !== undefined ? <LikelyMatchOffer person={person} match={match} /> : null}
    </aside>
  );
}
