import type { ImportRow } from './import-articles';
import { proposeTopics } from './propose-topics';

/** The feed could not be read as RSS or Atom. */
export class FeedError extends Error {
  override name = 'FeedError';
}

const MAX_ITEMS = 500;

/**
 * Reads an RSS 2.0 or Atom feed into import rows. Feed text is HTML from
 * somebody else's server: it is parsed into an inert document (DOMParser
 * runs no scripts and loads nothing) and only its text is kept, never
 * rendered. Topics are proposed from the vocabulary; the user confirms.
 */
export function readFeed(xml: string, parser: DOMParser): ImportRow[] {
  const doc = parser.parseFromString(xml, 'application/xml');
  if (doc.getElementsByTagName('parsererror').length > 0) {
    throw new FeedError(
      'That address did not return a readable RSS or Atom feed. Check the address; a web page is not a feed.',
    );
  }

  const root = doc.documentElement;
  const isAtom = root?.localName === 'feed';
  const isRss = root?.localName === 'rss' || root?.localName === 'RDF';
  if (!isAtom && !isRss)
    throw new FeedError('That address returned XML, but not an RSS or Atom feed.');

  const channelTitle = textOf(
    parser,
    child(isAtom ? root : (first(root, 'channel') ?? root), 'title'),
  );
  const items = byName(root, isAtom ? 'entry' : 'item').slice(0, MAX_ITEMS);

  return items.map((item) => {
    const title = textOf(parser, child(item, 'title'));
    const summary = textOf(
      parser,
      child(item, 'summary') ??
        child(item, 'description') ??
        child(item, 'content') ??
        child(item, 'encoded'),
    );
    const author = textOf(parser, child(item, 'author') ?? child(item, 'creator'));
    return {
      title,
      url: isAtom ? atomLink(item) : textOf(parser, child(item, 'link')),
      summary: summary.length > 600 ? `${summary.slice(0, 597).trimEnd()}…` : summary,
      topics: proposeTopics(`${title} ${summary}`),
      source: author || channelTitle,
      format: 'article',
    };
  });
}

/** Descendants by local name, whatever their namespace prefix (dc:creator, content:encoded). */
function byName(parent: Element, name: string): Element[] {
  return [...parent.getElementsByTagName('*')].filter((element) => element.localName === name);
}

function first(parent: Element, name: string): Element | undefined {
  return byName(parent, name)[0];
}

/** A direct child by local name (an item's own title, not a nested one). */
function child(parent: Element | undefined, name: string): Element | undefined {
  if (!parent) return undefined;
  return [...parent.children].find((element) => element.localName === name);
}

function atomLink(entry: Element): string {
  const links = [...entry.children].filter((element) => element.localName === 'link');
  const alternate =
    links.find((link) => (link.getAttribute('rel') ?? 'alternate') === 'alternate') ?? links[0];
  return alternate?.getAttribute('href') ?? '';
}

/** The text of an element whose content may itself be escaped HTML: tags dropped, whitespace folded. */
function textOf(parser: DOMParser, element: Element | undefined): string {
  const raw = element?.textContent ?? '';
  if (!/[<&]/.test(raw)) return raw.replace(/\s+/g, ' ').trim();

  const inert = parser.parseFromString(raw, 'text/html');
  return (inert.body?.textContent ?? '').replace(/\s+/g, ' ').trim();
}
