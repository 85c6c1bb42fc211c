import type { Contact } from '../model/contact';
import type { PagePerson } from '../model/page-context';

// Legal forms and filler that differ between "Northwind Traders Inc." and "Northwind Traders".
const COMPANY_NOISE =
  /\b(inc|incorporated|llc|ltd|limited|gmbh|ag|sa|sas|bv|plc|co|corp|corporation|company|group|the)\b/g;

/**
 * A saved contact who is probably the person on the page, though no email
 * or profile URL ties them: the same name (accents, case, middle names and
 * honorifics aside) at the same company (legal form aside, or one name
 * containing the other: "Northwind" and "Northwind Traders"). Contacts
 * already tied to a different profile are someone else. The user confirms
 * before anything is linked or merged.
 */
export function likelyMatch(person: PagePerson, contacts: readonly Contact[]): Contact | null {
  const name = nameKey(person.name);
  const company = companyKey(person.company);
  if (!name || !company) return null;

  return (
    contacts.find((contact) => {
      if (person.linkedInUrl && contact.linkedInUrl && contact.linkedInUrl !== person.linkedInUrl)
        return false;
      if (person.linkedInUrl && contact.linkedInUrl === person.linkedInUrl) return false;
      if (person.email && contact.emails.includes(person.email.toLowerCase())) return false;
      if (nameKey(contact.name) !== name) return false;

      const theirs = companyKey(contact.company);
      return (
        theirs !== '' &&
        (theirs === company || theirs.startsWith(`${company} `) || company.startsWith(`${theirs} `))
      );
    }) ?? null
  );
}

function fold(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9\s]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

/** First and last name only: "Dr. Maria J. Okafor, MBA" -> "maria okafor". */
function nameKey(name: string): string {
  const parts = fold(name.replace(/,.*$/, ''))
    .split(' ')
    .filter((part) => !['dr', 'mr', 'mrs', 'ms', 'prof'].includes(part));
  const first = parts[0];
  const last = parts.at(-1);
  return first && last && parts.length > 1 ? `${first} ${last}` : (first ?? '');
}

function companyKey(company: string): string {
  return fold(company).replace(COMPANY_NOISE, '').replace(/\s+/g, ' ').trim();
}
