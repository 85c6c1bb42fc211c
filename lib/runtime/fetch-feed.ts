import { browser } from 'wxt/browser';

/** The origin pattern a feed URL needs permission for: https://example.org/* */
export function originPattern(feedUrl: string): string {
  const url = new URL(feedUrl);
  if (url.protocol !== 'https:' && url.protocol !== 'http:')
    throw new Error('Use a feed address starting with https:// or http://');
  return `${url.protocol}//${url.host}/*`;
}

/**
 * Asks for permission to read this one site. Call it first thing in the
 * click handler: browsers grant requests only during the user's gesture.
 */
export function requestFeedAccess(feedUrl: string): Promise<boolean> {
  return browser.permissions.request({ origins: [originPattern(feedUrl)] });
}

/** Fetches the feed the user asked for, and only that, without cookies. */
export async function fetchFeed(feedUrl: string): Promise<string> {
  let response: Response;
  try {
    response = await fetch(feedUrl, {
      credentials: 'omit',
      redirect: 'follow',
      headers: { accept: 'application/rss+xml, application/atom+xml, application/xml, text/xml' },
    });
  } catch {
    throw new Error('Could not reach that address. Check it and your connection, then try again.');
  }
  if (!response.ok)
    throw new Error(
      `The feed answered ${response.status} ${response.statusText}. Check the address and try again.`,
    );
  return response.text();
}
