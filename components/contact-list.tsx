import { useLiveQuery } from 'dexie-react-hooks';
import { useDeferredValue, useState } from 'react';
import { filterContacts } from '@/lib/db/contacts';
import { STAGE_LABELS } from '@/lib/model/contact';
import { EmptyState } from './empty-state';
import { SampleDataOffer } from './sample-data';
import { useServices } from './services';
import { useUi } from './ui-store';
import { ViewHeading } from './view-heading';

/** Everyone the user keeps in touch with, searchable by name, company, address or tag. */
export function ContactList() {
  const { db } = useServices();
  const go = useUi((state) => state.go);
  const [query, setQuery] = useState('');
  const deferredQuery = useDeferredValue(query);
  const contacts = useLiveQuery(() => db.contacts.orderBy('name').toArray(), [db]);

  if (!contacts) return <p className="loading">Loading…</p>;

  const shown = filterContacts(contacts, deferredQuery);

  return (
    <section aria-labelledby="contacts-heading" className="view">
      <div className="view__header">
        <ViewHeading id="contacts-heading">
          Contacts <span className="count">{contacts.length}</span>
        </ViewHeading>
        <button
          type="button"
          className="button button--primary"
          onClick={() => go({ name: 'new-contact', prefill: null })}
        >
          New contact
        </button>
      </div>

      {contacts.length === 0 ? (
        <EmptyState title="No contacts yet.">
          <p>
            Open an email in Gmail or a profile on LinkedIn and Rapport offers to add that person.
            You can also add one by hand.
          </p>
          <SampleDataOffer />
        </EmptyState>
      ) : (
        <>
          <input
            type="search"
            className="search"
            placeholder="Search name, company, email or tag"
            aria-label="Search contacts"
            value={query}
            onChange={(event) => setQuery(event.target.value)}
          />
          {shown.length === 0 ? (
            <EmptyState title={`No contact matches "${deferredQuery}".`}>
              <p>Try part of a name, a company or a goal.</p>
            </EmptyState>
          ) : (
            <ul className="contact-list" aria-label="Contacts">
              {shown.map((contact) => (
                <li key={contact.id}>
                  <button
                    type="button"
                    className="contact-row"
                    onClick={() => go({ name: 'contact', contactId: contact.id })}
                  >
                    <span className="avatar" aria-hidden="true">
                      {initials(contact.name)}
                    </span>
                    <span className="contact-row__text">
                      <span className="contact-row__name">{contact.name}</span>
                      <span className="contact-row__meta">
                        {[contact.title, contact.company].filter(Boolean).join(' · ') ||
                          contact.emails[0] ||
                          ''}
                      </span>
                    </span>
                    <span className={`stage stage--${contact.stage}`}>
                      {STAGE_LABELS[contact.stage]}
                    </span>
                  </button>
                </li>
              ))}
            </ul>
          )}
        </>
      )}
    </section>
  );
}

export function initials(name: string): string {
  const parts = name.trim().split(/\s+/);
  const first = parts[0]?.[0] ?? '?';
  const last = parts.length > 1 ? (parts.at(-1)?.[0] ?? '') : '';
  return (first + last).toUpperCase();
}
