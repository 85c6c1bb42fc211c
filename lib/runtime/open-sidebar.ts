import { browser } from 'wxt/browser';
import { log } from '../log';

interface FirefoxSidebar {
  sidebarAction?: { open(): Promise<void>; toggle?(): Promise<void> };
}

/**
 * Opens the sidebar in a window. Chrome allows sidePanel.open() only in
 * answer to a user gesture (a click, a shortcut, a notification click);
 * when it refuses, the sidebar page opens in a tab so the user still lands
 * where they asked to go.
 */
export async function openSidebar(windowId: number | undefined): Promise<void> {
  const firefox = (browser as unknown as FirefoxSidebar).sidebarAction;

  try {
    if (firefox) await firefox.open();
    else if (windowId !== undefined) await browser.sidePanel.open({ windowId });
    else throw new Error('no window to open the side panel in');
  } catch (error) {
    log.warn('The side panel would not open; opening Rapport in a tab instead.', error);
    await browser.tabs.create({ url: browser.runtime.getURL('/sidepanel.html') });
  }
}
