import { browser } from 'wxt/browser';
import { pageContextSchema, type PageContext } from '../model/page-context';

/**
 * Page context per tab lives in storage.session: it survives the service
 * worker being stopped, and it is cleared when the browser closes.
 */
const PREFIX = 'page:';

export function pageContextKey(tabId: number): string {
  return `${PREFIX}${tabId}`;
}

export async function savePageContext(tabId: number, context: PageContext | null): Promise<void> {
  if (context) await browser.storage.session.set({ [pageContextKey(tabId)]: context });
  else await browser.storage.session.remove(pageContextKey(tabId));
}

export async function readPageContext(tabId: number): Promise<PageContext | null> {
  const key = pageContextKey(tabId);
  const stored = (await browser.storage.session.get(key))[key];
  const parsed = pageContextSchema.safeParse(stored);
  return parsed.success ? parsed.data : null;
}

export async function forgetPageContext(tabId: number): Promise<void> {
  await browser.storage.session.remove(pageContextKey(tabId));
}
