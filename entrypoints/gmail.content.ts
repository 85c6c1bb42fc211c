import { browser } from 'wxt/browser';
import { defineContentScript } from 'wxt/utils/define-content-script';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { now } from '@/lib/clock';
import { log } from '@/lib/log';
import type { Draft, InsertResult } from '@/lib/model/draft';
import type { PageContext } from '@/lib/model/page-context';
import { gmailPageContext } from '@/lib/page/gmail-page-context';
import { queryHook } from '@/lib/page/gmail-selectors';
import { gmailThreadFingerprint, urlNamesThread } from '@/lib/page/gmail-thread-fingerprint';
import {
  findGmailEditor,
  insertGmailDraft,
  openGmailCompose,
  openGmailReply,
} from '@/lib/page/insert-gmail-draft';
import { readGmailAccount, readGmailThread } from '@/lib/page/read-gmail-thread';
import { localTimeZone } from '@/lib/plan/local-time';

/** How long after Gmail starts changing the page Rapport looks at the thread again. */
const SETTLE_MS = 300;
/** How long a thread URL may show no readable thread before the layout counts as unknown. */
const GIVE_UP_MS = 3_000;

/**
 * Gmail: tells the extension who is in the open thread, and writes drafts
 * into Gmail's reply or compose window when the sidebar asks. No React, no
 * Dexie, no zod here (the extension parses what it receives); everything
 * it starts ends with `ctx`.
 */
export default defineContentScript({
  matches: ['https://mail.google.com/*'],
  runAt: 'document_idle',
  main(ctx) {
    const watcher = watchThread(ctx);
    listenToSidebar(ctx, watcher.readNow);
  },
});

function watchThread(ctx: ContentScriptContext) {
  let ownEmails: string[] = [];
  let lastFingerprint: string | null = null;
  let lastSentKey: string | null | undefined;
  let pending: number | undefined;
  let observed: Element | null = null;
  /** The thread URL that showed nothing readable, since its last readable moment. */
  let unreadableHash: string | null = null;

  const observer = new MutationObserver(() => schedule());
  ctx.onInvalidated(() => observer.disconnect());

  // One check per quiet period, counted from the first change of a burst: a plain debounce
  // would never fire while Gmail keeps changing classes (hover effects as the mouse moves).
  function schedule() {
    if (pending !== undefined) return;
    pending = ctx.setTimeout(() => {
      pending = undefined;
      check(false);
    }, SETTLE_MS);
  }

  // Gmail replaces its main area now and then; follow it, or the body until it exists.
  function observeMain() {
    const main = queryHook(document, 'main') ?? document.body;
    if (main === observed && main.isConnected) return;
    observer.disconnect();
    observer.observe(main, {
      childList: true,
      subtree: true,
      attributes: true,
      attributeFilter: ['class'],
    });
    observed = main;
  }

  function check(force: boolean) {
    observeMain();
    const fingerprint = gmailThreadFingerprint(document);
    if (!force && fingerprint === lastFingerprint) return;
    lastFingerprint = fingerprint;

    const context = readContext();
    const key = context?.key ?? null;
    // Nothing to say twice: no thread, then no thread again.
    if (!force && key === null && lastSentKey === null) return;
    lastSentKey = key;
    void browser.runtime.sendMessage({ type: 'page-context', context }).catch((error: unknown) => {
      log.debug('The extension did not take the page context', error);
    });
  }

  function readContext(): PageContext | null {
    // Gmail keeps earlier views hidden in the page; only a thread URL means a thread is open.
    if (!urlNamesThread(location.hash)) {
      unreadableHash = null;
      return null;
    }
    const thread = readGmailThread(document);
    if (!thread) return unreadable();
    unreadableHash = null;

    const account = readGmailAccount(document);
    const own = account ? [...ownEmails, account] : ownEmails;
    return gmailPageContext(thread, own, now(), localTimeZone());
  }

  // A thread URL with nothing readable: Gmail may still be loading it, so wait a little
  // before saying the layout is unknown (the sidebar then offers the manual path).
  function unreadable(): PageContext | null {
    if (unreadableHash !== location.hash) {
      unreadableHash = location.hash;
      ctx.setTimeout(() => check(true), GIVE_UP_MS);
      return null;
    }
    log.warn('Gmail shows a thread in a layout Rapport cannot read.');
    const key = `unreadable:${location.hash.split('/').pop() ?? ''}`;
    return { site: 'gmail', key, title: '', people: [], readAt: now(), unreadable: true };
  }

  ctx.addEventListener(window, 'hashchange', () => schedule());
  ctx.addEventListener(window, 'wxt:locationchange', () => schedule());

  void loadOwnEmails().then((emails) => {
    ownEmails = emails;
    check(true);
  });
  const onStorage = (changes: Record<string, { newValue?: unknown }>, area: string) => {
    if (area !== 'local' || !('settings' in changes)) return;
    ownEmails = ownEmailsOf(changes.settings?.newValue);
    check(true);
  };
  browser.storage.onChanged.addListener(onStorage);
  ctx.onInvalidated(() => browser.storage.onChanged.removeListener(onStorage));

  return { readNow: () => check(true) };
}

function listenToSidebar(ctx: ContentScriptContext, readNow: () => void) {
  const onMessage = (raw: unknown, _sender: unknown, sendResponse: (answer: unknown) => void) => {
    if (!isObject(raw)) return false;

    if (raw.type === 'read-page') {
      readNow();
      sendResponse({ ok: true });
      return false;
    }
    if (raw.type === 'insert-draft') {
      const draft = draftOf(raw.draft);
      const mode = raw.mode === 'new' ? 'new' : 'reply';
      const to = typeof raw.to === 'string' ? raw.to : null;
      if (!draft) {
        sendResponse({ ok: false, reason: 'The draft was empty.' } satisfies InsertResult);
        return false;
      }
      void insertDraft(ctx, draft, mode, to).then(sendResponse);
      return true;
    }
    return false;
  };
  browser.runtime.onMessage.addListener(onMessage);
  ctx.onInvalidated(() => browser.runtime.onMessage.removeListener(onMessage));
}

async function insertDraft(
  ctx: ContentScriptContext,
  draft: Draft,
  mode: 'reply' | 'new',
  to: string | null,
): Promise<InsertResult> {
  const wait = { signal: ctx.signal };

  if (mode === 'new') {
    const compose = await openGmailCompose(document, to, wait);
    if (!compose) return { ok: false, reason: 'Gmail did not open a new message window.' };
    return insertGmailDraft(document, draft, compose);
  }

  const open = findGmailEditor(document);
  if (open) return insertGmailDraft(document, draft, open);
  if (!urlNamesThread(location.hash)) return { ok: false, reason: 'No email is open to reply to.' };

  const reply = await openGmailReply(document, wait);
  if (!reply) return { ok: false, reason: "Rapport could not open Gmail's reply for this email." };
  return insertGmailDraft(document, draft, reply);
}

async function loadOwnEmails(): Promise<string[]> {
  try {
    const stored = await browser.storage.local.get('settings');
    return ownEmailsOf(stored.settings);
  } catch {
    return [];
  }
}

// Settings are parsed by zod where they are written; here only the addresses are needed, checked by hand.
function ownEmailsOf(settings: unknown): string[] {
  if (!isObject(settings) || !Array.isArray(settings.ownEmails)) return [];
  return settings.ownEmails
    .filter((email): email is string => typeof email === 'string')
    .map((email) => email.toLowerCase());
}

function draftOf(raw: unknown): Draft | null {
  if (!isObject(raw) || typeof raw.body !== 'string' || !raw.body.trim()) return null;
  return {
    subject: typeof raw.subject === 'string' ? raw.subject.slice(0, 1_000) : '',
    body: raw.body.slice(0, 50_000),
  };
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null;
}
