import { browser } from 'wxt/browser';
import { readPageMetadata } from '../page/read-page-metadata';
import { log } from '../log';
import { putSavedPage, savedPageSchema, type SavedPage } from './saved-page';

export const SAVE_PAGE_MENU = 'save-page';

/** "Save this page to Rapport" on pages and on the toolbar icon. Menus persist, so this runs on install. */
export function createSavePageMenu(): void {
  browser.contextMenus.create(
    { id: SAVE_PAGE_MENU, title: 'Save this page to Rapport', contexts: ['page', 'action'] },
    () => {
      // Created again on update: Chrome reports the duplicate id, which is harmless.
      void browser.runtime.lastError;
    },
  );
}

/**
 * Reads the page the user clicked on (activeTab grants this one tab, for
 * this one click) and opens the library with it prefilled. Pages scripts
 * cannot run on (the browser's own) still save with the tab's title and URL.
 */
export async function saveTabToLibrary(tab: {
  id?: number | undefined;
  title?: string | undefined;
  url?: string | undefined;
}): Promise<void> {
  let page: SavedPage = {
    title: tab.title ?? '',
    description: '',
    url: /^https?:/.test(tab.url ?? '') ? (tab.url ?? '') : '',
    siteName: '',
    author: '',
  };

  if (tab.id !== undefined) {
    try {
      const [result] = await browser.scripting.executeScript({
        target: { tabId: tab.id },
        func: readPageMetadata,
      });
      const parsed = savedPageSchema.safeParse(result?.result);
      if (parsed.success)
        page = {
          ...parsed.data,
          title: parsed.data.title || page.title,
          url: parsed.data.url || page.url,
        };
    } catch (error) {
      log.warn('Could not read the page; saving its title and address only.', error);
    }
  }

  await putSavedPage(page);
  await browser.runtime.openOptionsPage();
}
