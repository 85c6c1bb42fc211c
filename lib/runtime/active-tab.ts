import { browser } from 'wxt/browser';
import type { PageContext } from '../model/page-context';
import { pageContextKey, readPageContext } from './page-context-store';

/**
 * Follows the tab the user is looking at and the page context its content
 * script stored for it. Calls `onChange` now and after every tab switch,
 * navigation or new read. Returns the function that stops following.
 */
export function followActivePage(
  onChange: (tabId: number | null, context: PageContext | null) => void,
): () => void {
  let tabId: number | null = null;
  let stopped = false;

  async function refresh() {
    const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
    tabId = tab?.id ?? null;
    const context = tabId === null ? null : await readPageContext(tabId);
    if (!stopped) onChange(tabId, context);
  }

  const onActivated = () => void refresh();
  const onStored = (changes: Record<string, unknown>) => {
    if (tabId !== null && pageContextKey(tabId) in changes) void refresh();
  };
  const onFocus = () => void refresh();

  browser.tabs.onActivated.addListener(onActivated);
  browser.storage.session.onChanged.addListener(onStored);
  browser.windows?.onFocusChanged.addListener(onFocus);
  void refresh();

  return () => {
    stopped = true;
    browser.tabs.onActivated.removeListener(onActivated);
    browser.storage.session.onChanged.removeListener(onStored);
    browser.windows?.onFocusChanged.removeListener(onFocus);
  };
}
