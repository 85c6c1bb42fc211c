import { browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import { getDatabase } from '@/lib/db/database';
import { parseMessage, type Message } from '@/lib/messages';
import { refreshBadge } from '@/lib/runtime/badge';
import { announceDueReminders, contactIdFromNotification } from '@/lib/runtime/due-notifications';
import { forgetPageContext, savePageContext } from '@/lib/runtime/page-context-store';
import { openSidebar } from '@/lib/runtime/open-sidebar';
import { requestContactFocus } from '@/lib/runtime/sidebar-focus';
import { log } from '@/lib/log';
import { ensureRhythmReminders, followLastContact } from '@/lib/db/plans';
import { recordReplies } from '@/lib/db/replies';
import type { PageContext } from '@/lib/model/page-context';
import { followClockOffset, loadClockOffset } from '@/lib/runtime/clock-hook';
import { loadSettings } from '@/lib/runtime/settings-store';
import { localTimeZone } from '@/lib/plan/local-time';
import { createSavePageMenu, SAVE_PAGE_MENU, saveTabToLibrary } from '@/lib/runtime/save-page-menu';

const RECOUNT_ALARM = 'recount';

export default defineBackground(() => {
  const db = getDatabase();

  // One place that brings the badge and notifications up to date. MV3 stops
  // idle workers, so this runs on every start as well as on each trigger.
  // Runs are queued, so a change made during a count is counted too.
  let queue: Promise<void> = Promise.resolve();
  function recount(): Promise<void> {
    queue = queue.then(async () => {
      await clockReady;
      try {
        await keepPlansInStep();
        await announceDueReminders(db);
        await refreshBadge(db);
      } catch (error) {
        log.error('Could not count due reminders', error);
      }
    });
    return queue;
  }

  // Follow-up plans (issue 6): the next steps count from the last touch, and
  // a broken keep-in-touch rhythm becomes a reminder. Failures here must not
  // stop the badge, so they are logged and the count goes on.
  async function keepPlansInStep(): Promise<void> {
    try {
      const settings = await loadSettings();
      await followLastContact(db, settings, localTimeZone());
      await ensureRhythmReminders(db, settings, localTimeZone());
    } catch (error) {
      log.error('Could not bring follow-up plans up to date', error);
    }
  }

  // The e2e test hook for time (lib/runtime/clock-hook.ts): read at start, recount on change.
  const clockReady = loadClockOffset().catch((error: unknown) =>
    log.warn('Could not read the clock offset', error),
  );
  followClockOffset(() => void recount());

  void browser.alarms.create(RECOUNT_ALARM, { periodInMinutes: 1 });
  browser.alarms.onAlarm.addListener((alarm) => {
    if (alarm.name === RECOUNT_ALARM) void recount();
  });
  browser.runtime.onStartup.addListener(() => void recount());
  browser.runtime.onInstalled.addListener(() => void recount());
  void recount();

  // The toolbar icon opens the sidebar: Chrome's side panel by a setting,
  // Firefox's sidebar_action by toggling it on click.
  const firefoxSidebar = (browser as unknown as { sidebarAction?: { toggle(): Promise<void> } })
    .sidebarAction;
  if (firefoxSidebar) browser.action.onClicked.addListener(() => void firefoxSidebar.toggle());
  else {
    void browser.sidePanel
      .setPanelBehavior({ openPanelOnActionClick: true })
      .catch((error: unknown) => {
        log.warn('Could not make the toolbar icon open the side panel', error);
      });
  }

  // The library (issue 5): "Save this page to Rapport" on any page. The starter set is
  // seeded by the sidebar and settings pages on first open, which load its text on demand.
  browser.runtime.onInstalled.addListener(() => createSavePageMenu());
  browser.contextMenus.onClicked.addListener((info, tab) => {
    if (info.menuItemId === SAVE_PAGE_MENU && tab)
      void saveTabToLibrary(tab).catch((error: unknown) =>
        log.error('Could not save the page', error),
      );
  });

  browser.commands.onCommand.addListener((command, tab) => {
    if (command === 'open-sidebar') void openSidebar(tab?.windowId);
  });

  browser.notifications.onClicked.addListener((notificationId) => {
    const contactId = contactIdFromNotification(notificationId);
    if (!contactId) return;

    void (async () => {
      await requestContactFocus(contactId);
      const window = await browser.windows.getLastFocused();
      await openSidebar(window.id);
      await browser.notifications.clear(notificationId);
    })();
  });

  browser.tabs.onRemoved.addListener((tabId) => void forgetPageContext(tabId));
  // A tab that loads a new document forgets the old page; its content script (if any) reads the new one.
  browser.tabs.onUpdated.addListener((tabId, change) => {
    if (change.status === 'loading') void forgetPageContext(tabId);
  });

  browser.runtime.onMessage.addListener((raw, sender, sendResponse) => {
    const message = parseMessage(raw);
    if (!message) return false;

    void handle(message, sender.tab?.id).then(
      (result) => sendResponse(result),
      (error: unknown) => {
        log.error(`Handling "${message.type}" failed`, error);
        sendResponse({ ok: false });
      },
    );
    return true;
  });

  // A contact's reply seen in Gmail counts as contact: the recount moves their plan's next steps.
  async function noteReplies(context: PageContext): Promise<void> {
    try {
      if ((await recordReplies(db, context)).length > 0) await recount();
    } catch (error) {
      log.error('Could not record the replies in this thread', error);
    }
  }

  async function handle(message: Message, tabId: number | undefined): Promise<unknown> {
    switch (message.type) {
      case 'page-context':
        if (tabId === undefined) return { ok: false };
        await savePageContext(tabId, message.context);
        if (message.context) void noteReplies(message.context);
        return { ok: true };
      case 'reminders-changed':
        await recount();
        return { ok: true };
      default:
        // Messages meant for content scripts pass through the worker unanswered.
        return { ok: false };
    }
  }
});
