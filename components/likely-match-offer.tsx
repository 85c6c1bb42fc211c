import { useLiveQuery } from 'dexie-react-hooks';
import { useState } from 'react';
import { updateContact } from '@/lib/db/contacts';
import { likelyMatch } from '@/lib/match/likely-match';
import type { Contact } from '@/lib/model/contact';
import type { PagePerson } from '@/lib/model/page-context';
import { MergeDialog } from './merge-dialog';
import { useServices } from './services';
import { useWrite } from './use-write';

// Answers of "no, someone else" last for the session, so the question is not asked again on every visit.
const declined = new Set<string>();

/**
 * "Is this Maria Okafor from Northwind?" when the page's person has the
 * name and company of a saved contact that nothing else ties to them.
 * Yes links the profile to that contact; when the profile already has its
 * own record, yes opens the merge of the two. Nothing happens unasked.
 */
export function LikelyMatchOffer({ person, match }: { person: PagePerson; match: Contact | null }) {
  const { db } = useServices();
  const write = useWrite();
  const [, setAnswered] = useState(0);
  const [merging, setMerging] = useState(false);

  const likely = useLiveQuery(async () => {
    const others = (await db.contacts.toArray()).filter((contact) => contact.id !== match?.id);
    return likelyMatch(person, others);
  }, [db, person.name, person.company, person.linkedInUrl, match?.id]);

  if (!likely) return null;
  const question = `${person.linkedInUrl ?? person.email}|${likely.id}`;
  if (declined.has(question)) return null;

  const who = `${likely.name}${likely.company ? ` from ${likely.company}` : ''}`;
  const decline = () => {
    declined.add(question);
    setAnswered((n) => n + 1);
  };

  if (merging && match) {
    // The older record stays; the newer one joins it.
    const [keep, merge] = likely.createdAt <= match.createdAt ? [likely, match] : [match, likely];
    return <MergeDialog keepId={keep.id} mergeId={merge.id} onClose={() => setMerging(false)} />;
  }

  async function link() {
    if (!likely) return;
    await write(
      () =>
        updateContact(db, likely.id, {
          linkedInUrl: person.linkedInUrl ?? likely.linkedInUrl,
          emails: person.email ? [...likely.emails, person.email] : likely.emails,
          title: likely.title || person.title,
          location: likely.location || person.location,
        }),
      { done: `Linked this profile to ${likely.name}.` },
    );
  }

  return (
    <div className="likely-match" role="group" aria-label="Possible match">
      <span>
        {match ? `Also in Rapport: is this the same person as ${who}?` : `Is this ${who}?`}
      </span>
      <button
        type="button"
        className="button button--small button--primary"
        onClick={() => (match ? setMerging(true) : void link())}
      >
        {match ? 'Review merge' : 'Yes, link profile'}
      </button>
      <button type="button" className="button button--small" onClick={decline}>
        No
      </button>
    </div>
  );
}
