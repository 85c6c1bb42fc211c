import { browser } from 'wxt/browser';
import { defineContentScript } from 'wxt/utils/define-content-script';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import type { InsertResult } from '@/lib/model/draft';
import { insertLinkedInMessage } from '@/lib/page/insert-linkedin-message';
import { linkedInPageContext } from '@/lib/page/linkedin-page-context';
import { nextRead, type SentRead } from '@/lib/page/linkedin-read-gate';
import { queryHook } from '@/lib/page/linkedin-selectors';
import { readLinkedInProfile } from '@/lib/page/read-linkedin-profile';
import { log } from '@/lib/log';
import { now } from '@/lib/clock';

const SETTLE_MS = 300;

/**
 * Reads the LinkedIn profile the user has open and tells the sidebar;
 * writes drafts into the message box. LinkedIn navigates with pushState
 * (no hashchange), so this follows the URL and the main area, and sends
 * once per profile, again only when that profile finished rendering more.
 */
export default defineContentScript({
  matches: ['https://www.linkedin.com/*'],
  runAt: 'document_idle',
  main(ctx) {
    const follower = followProfiles(ctx);

    const onMessage = (
      raw: unknown,
      _sender: unknown,
      respond: (answer: unknown) => void,
    ): true | undefined => {
      const message = requestOf(raw);
      if (message?.type === 'read-page') {
        follower.read(true);
        respond({ ok: true });
        return true;
      }
      if (message?.type === 'insert-draft') {
        respond(insertLinkedInMessage(document, message.body) satisfies InsertResult);
        return true;
      }
      return undefined;
    };
    browser.runtime.onMessage.addListener(onMessage);
    ctx.onInvalidated(() => browser.runtime.onMessage.removeListener(onMessage));
  },
});

function followProfiles(ctx: ContentScriptContext): { read(force: boolean): void } {
  let sent: SentRead | null = null;
  let timer: number | undefined;
  let watched: Element | null = null;

  const observer = new MutationObserver(() => schedule());
  ctx.onInvalidated(() => observer.disconnect());

  function schedule(): void {
    if (timer !== undefined) clearTimeout(timer);
    timer = ctx.setTimeout(() => read(false), SETTLE_MS);
  }

  // The main area is replaced on some navigations: watch whichever is current.
  function watch(): void {
    const main = queryHook(document, 'main') ?? document.body;
    if (main === watched && main.isConnected) return;

    observer.disconnect();
    observer.observe(main, { childList: true, subtree: true, characterData: true });
    watched = main;
  }

  function read(force: boolean): void {
    watch();
    const profile = readLinkedInProfile(document, location.href);
    const next = nextRead(force ? null : sent, profile);
    if (!next) return;

    sent = next;
    const context = profile ? linkedInPageContext(profile, now()) : null;
    browser.runtime.sendMessage({ type: 'page-context', context }).catch((error: unknown) => {
      log.debug('The extension did not take the page context (reloaded?)', error);
    });
  }

  ctx.addEventListener(window, 'wxt:locationchange', () => schedule());
  read(false);
  return { read };
}

type Request = { type: 'read-page' } | { type: 'insert-draft'; body: string };

/**
 * The two requests this script answers. Only the extension itself can send
 * to a content script, so a shape check suffices here, and it keeps zod
 * (three quarters of the bundle) out of every LinkedIn page.
 */
function requestOf(raw: unknown): Request | null {
  if (typeof raw !== 'object' || raw === null || !('type' in raw)) return null;
  if (raw.type === 'read-page') return { type: 'read-page' };
  if (raw.type !== 'insert-draft' || !('draft' in raw)) return null;

  const draft = raw.draft;
  const body = typeof draft === 'object' && draft !== null && 'body' in draft ? draft.body : null;
  return typeof body === 'string' && body.trim() && body.length <= 50_000
    ? { type: 'insert-draft', body }
    : null;
}
