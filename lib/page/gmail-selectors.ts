/**
 * Every Gmail selector Rapport uses, in one place. Each hook lists its
 * fallbacks newest first with the date it was seen in use (see
 * shared/DOM-NOTES.md); `tests/unit/gmail-selectors.test.ts` checks how many
 * elements each one finds on the fixture pages in `tests/fixtures/gmail/`.
 * When Gmail changes its markup, this file (and its fixtures) is what changes.
 *
 * Order of preference: data attributes and form names, then roles, then
 * Gmail's short class names, and translated aria labels last.
 */
export interface SelectorCandidate {
  css: string;
  /** When this form was seen in use on Gmail (year or year-month). */
  seen: string;
}

export type GmailSelector = readonly SelectorCandidate[];

function hook(...candidates: [string, string][]): GmailSelector {
  return candidates.map(([css, seen]) => ({ css, seen }));
}

export const GMAIL_SELECTORS = {
  /** The main area holding the list or the open thread; the one MutationObserver watches it. */
  main: hook(['div[role="main"]', '2016'], ['div.nH.bkK', '2014']),
  /** The subject heading of the open thread; it also carries the thread id. */
  subject: hook(
    ['h2[data-thread-perm-id]', '2023-11'],
    ['h2[data-legacy-thread-id]', '2019'],
    ['h2.hP', '2014'],
  ),
  /** One message of the open thread (expanded `.h7` or collapsed `.kv`). */
  message: hook(
    ['div.adn[data-message-id]', '2023'],
    ['div.adn[data-legacy-message-id]', '2019'],
    ['div.adn', '2014'],
  ),
  /** The sender, inside a message header; `email` and `name` attributes. */
  sender: hook(
    ['span.gD[email]', '2014'],
    ['td.gF span[email]', '2014'],
    ['h3.iw span[email]', '2014'],
    // A collapsed message shows its sender in a shorter header.
    ['span.zF[email]', '2014'],
  ),
  /** The recipients line of a message header. */
  recipients: hook(['span.g2[email]', '2014'], ['.hb span[email]', '2014']),
  /** The date of a message; its `title` holds the full date. */
  date: hook(['span.g3[title]', '2014'], ['span.g3', '2014']),
  /** The body of an expanded message (the `.aXjCH` suffix disappeared once). */
  body: hook(['div.ii.gt div.a3s', '2020'], ['div.a3s', '2014'], ['div.a3s.aXjCH', '2016']),
  /** Quoted history inside a body or an editor. */
  quote: hook(['div.gmail_quote', '2014'], ['div.gmail_extra', '2014'], ['blockquote', '2014']),
  /** A signature inside a body or an editor. */
  signature: hook(['[data-smartmail="gmail_signature"]', '2018'], ['div.gmail_signature', '2014']),
  /** The signed-in account: the Google Account button, whose label names the address. */
  account: hook(
    ['a[href*="accounts.google.com/SignOutOptions"][aria-label*="@"]', '2024'],
    ['header a[aria-label*="@"]', '2020'],
    ['[role="banner"] a[aria-label*="@"]', '2018'],
    ['[data-email]', '2018'],
  ),
  /** A compose window: new message, pop-out or full screen. */
  composeDialog: hook(
    ['div[role="dialog"]:has(form)', '2020'],
    ['div.nH.Hd[role="dialog"]', '2020'],
  ),
  /** An inline reply inside the thread. */
  inlineReply: hook(['div.M9', '2020'], ['div.ip.adB', '2016']),
  /** The editable body of a compose window or inline reply. */
  editor: hook(
    ['div[contenteditable="true"][g_editable="true"]', '2020'],
    ['div[contenteditable="true"][role="textbox"]', '2020'],
    ['div[contenteditable="true"][aria-label="Message Body"]', '2016'],
  ),
  /** The subject field of a compose window. */
  subjectInput: hook(['input[name="subjectbox"]', '2014']),
  /** The field to type a recipient into. */
  toInput: hook(
    ['input[name="to"]', '2021'],
    ['textarea[name="to"]', '2014'],
    ['div[name="to"] input', '2021'],
    ['input[aria-label="To recipients"]', '2021'],
  ),
  /** Hidden inputs naming the thread a compose window replies to. */
  composeThread: hook(['input[name="rt"]', '2014'], ['input[name="lts"]', '2014']),
  /** The reply button of a message, or the "Reply" link under the last one. */
  replyButton: hook(
    ['[role="button"][data-tooltip="Reply"]', '2018'],
    ['span.ams.bkH', '2014'],
    ['[role="button"][aria-label="Reply"]', '2016'],
  ),
  /** The Compose button. */
  composeButton: hook(['[gh="cm"]', '2014']),
} as const satisfies Record<string, GmailSelector>;

export type GmailHook = keyof typeof GMAIL_SELECTORS;

/** The first candidate that matches anything under `root`, or null. */
export function queryHook(root: ParentNode, name: GmailHook): Element | null {
  for (const { css } of GMAIL_SELECTORS[name]) {
    const found = safeQuery(root, css);
    if (found) return found;
  }
  return null;
}

/** Every element the first matching candidate finds under `root` (the others are not mixed in). */
export function queryHookAll(root: ParentNode, name: GmailHook): Element[] {
  for (const { css } of GMAIL_SELECTORS[name]) {
    const found = safeQueryAll(root, css);
    if (found.length > 0) return found;
  }
  return [];
}

/** Whether `element` itself matches any candidate of the hook. */
export function matchesHook(element: Element, name: GmailHook): boolean {
  return GMAIL_SELECTORS[name].some(({ css }) => safeMatches(element, css));
}

/** The closest ancestor (or self) matching any candidate of the hook. */
export function closestHook(element: Element, name: GmailHook): Element | null {
  for (const { css } of GMAIL_SELECTORS[name]) {
    const found = safeClosest(element, css);
    if (found) return found;
  }
  return null;
}

// A selector an engine does not know (say, `:has` in an old browser) counts as "no match".
function safeQuery(root: ParentNode, css: string): Element | null {
  try {
    return root.querySelector(css);
  } catch {
    return null;
  }
}

function safeQueryAll(root: ParentNode, css: string): Element[] {
  try {
    return Array.from(root.querySelectorAll(css));
  } catch {
    return [];
  }
}

function safeMatches(element: Element, css: string): boolean {
  try {
    return element.matches(css);
  } catch {
    return false;
  }
}

function safeClosest(element: Element, css: string): Element | null {
  try {
    return element.closest(css);
  } catch {
    return null;
  }
}
