import { browser } from 'wxt/browser';

/**
 * "Open the sidebar on this contact", asked by a notification or a page.
 * The wish is kept in storage.session so a sidebar opened later still sees it.
 */
export const FOCUS_KEY = 'focus-contact';

export async function requestContactFocus(contactId: string): Promise<void> {
  await browser.storage.session.set({ [FOCUS_KEY]: { contactId, at: Date.now() } });
}

export async function takeContactFocus(): Promise<string | null> {
  const stored = (await browser.storage.session.get(FOCUS_KEY))[FOCUS_KEY] as
    { contactId?: unknown } | undefined;
  if (!stored || typeof stored.contactId !== 'string') return null;

  await browser.storage.session.remove(FOCUS_KEY);
  return stored.contactId;
}
