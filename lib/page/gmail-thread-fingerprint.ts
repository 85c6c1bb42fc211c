import { queryHook, queryHookAll } from './gmail-selectors';
import { findOpenThread } from './read-gmail-thread';

/**
 * A cheap summary of what the reader would read: the URL's hash, the
 * thread's id and each message's id, expanded state and whether its body
 * has loaded. The content script compares it after each burst of DOM
 * changes and reads the thread again only when it differs, so Gmail's
 * constant unrelated re-rendering costs one small pass and nothing more.
 */
export function gmailThreadFingerprint(doc: Document): string {
  const open = findOpenThread(doc);
  const heading = open?.heading ?? null;
  const id =
    heading?.getAttribute('data-thread-perm-id') ||
    heading?.getAttribute('data-legacy-thread-id') ||
    '';
  const messages = open ? queryHookAll(open.scope, 'message') : [];

  let summary = `${doc.location?.hash ?? ''}|${id}|${messages.length}`;
  for (const message of messages) {
    const messageId =
      message.getAttribute('data-message-id') ||
      message.getAttribute('data-legacy-message-id') ||
      '';
    const loaded = queryHook(message, 'body') === null ? 'c' : 'e';
    summary += `|${messageId}${loaded}`;
  }
  return summary;
}

/** Whether Gmail's URL names an open thread (`#inbox/<id>`, `#label/x/<id>`), not a list or settings. */
export function urlNamesThread(hash: string): boolean {
  return /^#[^/]+(?:\/[^/]+)*\/[A-Za-z0-9_-]{16,}$/.test(hash);
}
