import type { GmailMessage, GmailPerson, GmailThread } from '../model/gmail-thread';
import { log } from '../log';
import { GMAIL_SELECTORS, queryHook, queryHookAll, type GmailHook } from './gmail-selectors';
import { pageText } from './page-text';

const EMAIL = /[A-Za-z0-9._%+'-]+@[A-Za-z0-9.-]+\.[A-Za-z]{2,}/;
const MAX_MESSAGES = 500;
// The bounds of gmailThreadSchema, repeated here so the content script carries no zod.
const MAX_TEXT = 20_000;

/**
 * Reads the thread open in Gmail: its id, subject and every message in the
 * page, as plain text. Returns null where no thread is open (the inbox,
 * settings) or the layout is one Rapport does not know; it never throws.
 */
export function readGmailThread(doc: Document): GmailThread | null {
  try {
    return readThread(doc);
  } catch (error) {
    log.debug('Could not read the Gmail thread', error);
    return null;
  }
}

/**
 * The signed-in account's address. Read from the Google Account button's
 * label ("Google Account: Dana (dana@example.com)"), a `data-email`, or the
 * window title Gmail sets ("Inbox - dana@example.com - Gmail"), in that order.
 */
export function readGmailAccount(doc: Document): string | null {
  try {
    const button = queryHook(doc, 'account');
    const label = button
      ? `${button.getAttribute('aria-label') ?? ''} ${button.getAttribute('data-email') ?? ''}`
      : '';
    const found = EMAIL.exec(label) ?? EMAIL.exec(doc.title ?? '');
    return found ? found[0].toLowerCase() : null;
  } catch {
    return null;
  }
}

/** The open thread's id from its heading or the URL, without reading the messages (cheap). */
export function readGmailThreadId(doc: Document): string | null {
  try {
    const open = findOpenThread(doc);
    if (!open || queryHook(open.scope, 'message') === null) return null;
    return threadId(doc, open.heading, []);
  } catch {
    return null;
  }
}

/**
 * The open thread's heading and the part of the page holding its messages.
 * Gmail keeps views it navigated away from in the page, hidden: only a shown
 * heading counts, and only the messages next to it. Null when every heading
 * is hidden (a list is showing); the whole page when there is no heading.
 */
export function findOpenThread(
  doc: Document,
): { heading: Element | null; scope: ParentNode } | null {
  const headings = queryHookAll(doc, 'subject');
  if (headings.length === 0) return { heading: null, scope: doc };

  const heading = headings.find(isShown);
  if (!heading) return null;

  let scope: Element | null = heading.parentElement;
  while (scope && scope !== doc.body && queryHook(scope, 'message') === null)
    scope = scope.parentElement;
  return { heading, scope: scope ?? doc };
}

function isShown(element: Element): boolean {
  return typeof element.checkVisibility === 'function' ? element.checkVisibility() : true;
}

function readThread(doc: Document): GmailThread | null {
  const open = findOpenThread(doc);
  if (!open) return null;

  const { heading, scope } = open;
  const elements = queryHookAll(scope, 'message').slice(0, MAX_MESSAGES);
  if (elements.length === 0) return null;

  const messages = elements.map(readMessage);
  const id = threadId(doc, heading, messages);
  if (!id) return null;

  const subject = heading ? pageText(heading, { maxLength: 500 }) : '';
  return { id, subject, messages };
}

// Gmail's own attributes name the thread reliably; the URL's id is the fallback (DOM-NOTES).
function threadId(doc: Document, heading: Element | null, messages: GmailMessage[]): string | null {
  const fromHeading =
    heading?.getAttribute('data-thread-perm-id') ||
    heading?.getAttribute('data-legacy-thread-id') ||
    null;
  if (fromHeading) return fromHeading.slice(0, 500);

  const hash = doc.location?.hash ?? '';
  const fromUrl = /^#[^/]+(?:\/[^/]+)*\/([A-Za-z0-9_-]{8,})$/.exec(hash)?.[1];
  if (fromUrl) return fromUrl;

  const firstId = messages.find((message) => message.id)?.id;
  return firstId ? `message:${firstId}` : null;
}

function readMessage(element: Element): GmailMessage {
  const id =
    element.getAttribute('data-message-id') ||
    element.getAttribute('data-legacy-message-id') ||
    null;
  const from = personOf(queryHook(element, 'sender'));
  const to = uniquePeople(queryHookAll(element, 'recipients').map(personOf));
  const dateElement = queryHook(element, 'date');
  const date = (
    dateElement?.getAttribute('title') ||
    (dateElement ? pageText(dateElement, { maxLength: 200 }) : '')
  )
    .trim()
    .slice(0, 200);
  const body = queryHook(element, 'body');
  const collapsed = element.classList.contains('kv') || body === null;

  return {
    id: id ? id.slice(0, 200) : null,
    from,
    to,
    date,
    collapsed,
    ...(body && !collapsed ? splitBody(body) : { body: '', quoted: '', signature: '' }),
  };
}

/** The new text, the quoted history and the signature of one body, apart. */
const APART = [...GMAIL_SELECTORS.quote, ...GMAIL_SELECTORS.signature]
  .map(({ css }) => css)
  .join(', ');

function splitBody(body: Element): Pick<GmailMessage, 'body' | 'quoted' | 'signature'> {
  // Most bodies hold neither a quote nor a signature element: one query says so.
  const plain = body.querySelector(APART) === null;
  const quotes = plain ? [] : outermost(allOf(body, 'quote'));
  const signatures = plain
    ? []
    : outermost(allOf(body, 'signature')).filter(
        (element) => !quotes.some((q) => q.contains(element)),
      );
  const apart = new Set([...quotes, ...signatures]);

  let text = pageText(body, { skip: (element) => apart.has(element), maxLength: MAX_TEXT });
  const quoted = quotes
    .map((quote) => pageText(quote, { maxLength: MAX_TEXT }))
    .join('\n\n')
    .slice(0, MAX_TEXT);
  let signature = signatures
    .map((element) => pageText(element, { maxLength: MAX_TEXT }))
    .join('\n\n');

  // Gmail puts the "-- " line just outside the signature element.
  if (signature) text = text.replace(/\n?--\s*$/, '').trim();

  // Plain-text mail marks a signature with a "-- " line (RFC 3676) instead of an element.
  if (!signature) {
    const lines = text.split('\n');
    const dashes = lines.findIndex((line) => line === '--' || line === '-- ');
    if (dashes >= 0) {
      signature = lines
        .slice(dashes + 1)
        .join('\n')
        .trim();
      text = lines.slice(0, dashes).join('\n').trim();
    }
  }

  return { body: text, quoted, signature: signature.slice(0, MAX_TEXT) };
}

// Every candidate of a hook counts here: a body may mix old and new quote markup.
function allOf(root: Element, name: GmailHook): Element[] {
  return GMAIL_SELECTORS[name].flatMap(({ css }) => {
    try {
      return Array.from(root.querySelectorAll(css));
    } catch {
      return [];
    }
  });
}

function outermost(elements: Element[]): Element[] {
  const unique = [...new Set(elements)];
  return unique.filter(
    (element) => !unique.some((other) => other !== element && other.contains(element)),
  );
}

function personOf(element: Element | null): GmailPerson | null {
  if (!element) return null;

  const email = (element.getAttribute('email') ?? element.getAttribute('data-hovercard-id') ?? '')
    .trim()
    .toLowerCase();
  if (!EMAIL.test(email) || email.length > 320) return null;

  // Visible text only: textContent would include a script inside the element.
  // Attributes are text, but a name with markup in it is still not a name: drop the tags.
  const name = (element.getAttribute('name') || pageText(element, { maxLength: 500 }))
    .replace(/<[^>]*>?/g, '')
    .replace(/\s+/g, ' ')
    .trim();
  return { name: name === email ? '' : name.slice(0, 500), email };
}

function uniquePeople(people: (GmailPerson | null)[]): GmailPerson[] {
  const seen = new Set<string>();
  return people.filter((person): person is GmailPerson => {
    if (!person || seen.has(person.email)) return false;
    seen.add(person.email);
    return true;
  });
}
