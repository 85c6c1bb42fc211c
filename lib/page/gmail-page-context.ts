import type { GmailMessage, GmailPerson, GmailThread } from '../model/gmail-thread';
import type { PageContext, PagePerson } from '../model/page-context';
import { parseGmailDate } from './parse-gmail-date';

/** Mail providers whose domain says nothing about where a person works. */
const FREE_MAIL = new Set(
  (
    'gmail.com googlemail.com outlook.com hotmail.com live.com msn.com yahoo.com ymail.com ' +
    'icloud.com me.com mac.com aol.com proton.me protonmail.com pm.me gmx.com gmx.de ' +
    'gmx.net web.de mail.com zoho.com fastmail.com hey.com yandex.com yandex.ru qq.com ' +
    '163.com'
  ).split(' '),
);
const COMPANY_SUFFIX =
  /\b(inc|ltd|llc|llp|gmbh|ag|corp|corporation|company|co|plc|sa|sas|bv|pty|group|partners)\.?$/i;
const MAX_WRITING = 20_000;

/**
 * The PageContext of a Gmail thread: the people in it, the last sender
 * first, then earlier senders and the recipients, without the user's own
 * addresses. Company (and title, when the signature says it) are guesses,
 * marked as such; `writing` is the person's latest new text, and
 * `lastWroteAt` when they last wrote (read on the wall clock of `timeZone`,
 * the zone Gmail shows its dates in), null if they only received.
 */
export function gmailPageContext(
  thread: GmailThread,
  ownEmails: readonly string[],
  readAt: number,
  timeZone: string,
): PageContext {
  const own = new Set(ownEmails.map((email) => email.toLowerCase()));
  const newestFirst = [...thread.messages].reverse();

  const order: GmailPerson[] = [];
  for (const message of newestFirst) if (message.from) order.push(message.from);
  for (const message of newestFirst) order.push(...message.to);

  const seen = new Set<string>();
  const people: PagePerson[] = [];
  for (const person of order) {
    if (own.has(person.email) || seen.has(person.email)) continue;
    seen.add(person.email);
    people.push(pagePerson(person, newestFirst, timeZone));
  }

  return {
    site: 'gmail',
    key: thread.id,
    title: thread.subject.slice(0, 500),
    people: people.slice(0, 50),
    readAt,
  };
}

function pagePerson(
  person: GmailPerson,
  newestFirst: readonly GmailMessage[],
  timeZone: string,
): PagePerson {
  const theirs = newestFirst.filter((message) => message.from?.email === person.email);
  const latest = theirs.find((message) => !message.collapsed);
  const fromSignature = latest
    ? guessFromSignature(latest.signature, person)
    : { company: '', title: '' };
  const company = fromSignature.company || companyFromDomain(person.email);

  const guessed: PagePerson['guessed'] = [];
  if (company) guessed.push('company');
  if (fromSignature.title) guessed.push('title');

  return {
    name: person.name,
    email: person.email,
    linkedInUrl: null,
    company,
    title: fromSignature.title,
    location: '',
    guessed,
    writing: latest?.body.slice(0, MAX_WRITING) ?? '',
    lastWroteAt: lastWrote(theirs, timeZone),
  };
}

// A collapsed message still shows its date: every message of theirs counts.
function lastWrote(theirs: readonly GmailMessage[], timeZone: string): number | null {
  const dates = theirs
    .map((message) => parseGmailDate(message.date, timeZone))
    .filter((at): at is number => at !== null);
  return dates.length > 0 ? Math.max(...dates) : null;
}

/** "Northwind" from dana@mail.northwind-traders.co.uk's "northwind-traders"; nothing for free mail. */
export function companyFromDomain(email: string): string {
  const domain = email.split('@')[1]?.toLowerCase() ?? '';
  if (!domain || FREE_MAIL.has(domain)) return '';

  const labels = domain.split('.');
  // The registrable label: skip a two-letter second level such as "co.uk" or "com.au".
  const secondLevel = labels.length >= 3 && /^(co|com|org|net|ac|gov)$/.test(labels.at(-2) ?? '');
  const label = labels.at(secondLevel ? -3 : -2) ?? '';
  return label
    .split(/[-_]/)
    .filter(Boolean)
    .map((word) => word.charAt(0).toUpperCase() + word.slice(1))
    .join(' ');
}

/**
 * Company and title from a signature: the line naming the email's domain
 * ("Head of Sales, Northwind Traders") or a line ending in a company form
 * ("Acme Tools Ltd"). A "Title, Company" or "Title | Company" line gives both.
 */
export function guessFromSignature(
  signature: string,
  person: GmailPerson,
): { company: string; title: string } {
  const nameWords = person.name
    .toLowerCase()
    .split(/\s+/)
    .filter((word) => word.length > 2 && !/^(dr|mr|mrs|ms|prof)\.?$/.test(word));
  const lines = signature
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line && line.length <= 120 && !/[@/]|\d{3}/.test(line))
    // The line with the person's own name (and nothing else) is not the company.
    .filter(
      (line) =>
        !nameWords.length ||
        !line
          .toLowerCase()
          .split(/\s+/)
          .every((word) => nameWords.includes(word.replace(/[.,]/g, ''))),
    );
  const fromDomain = companyFromDomain(person.email).toLowerCase();
  const firstWord = fromDomain.split(' ')[0] ?? '';

  const line =
    (fromDomain
      ? lines.find((candidate) => candidate.toLowerCase().includes(fromDomain))
      : undefined) ??
    lines.find((candidate) => COMPANY_SUFFIX.test(lastPart(candidate))) ??
    (firstWord
      ? lines.find((candidate) => candidate.toLowerCase().includes(firstWord))
      : undefined);
  if (!line) return { company: '', title: '' };

  const parts = line.split(/\s*(?:,|\||·| at | - | – )\s*/).filter(Boolean);
  if (parts.length < 2) return { company: line, title: '' };

  const isCompany = (part: string) =>
    (firstWord !== '' && part.toLowerCase().includes(firstWord)) || COMPANY_SUFFIX.test(part);
  const found = parts.findIndex(isCompany);
  const at = found >= 0 ? found : parts.length - 1;
  return { company: parts[at] ?? '', title: parts.filter((_, index) => index !== at).join(', ') };
}

function lastPart(line: string): string {
  return line.split(/\s*(?:,|\||·| at )\s*/).at(-1) ?? line;
}
