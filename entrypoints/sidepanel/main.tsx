import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { browser } from 'wxt/browser';
import { App } from '@/components/app';
import { ServicesProvider, type Services } from '@/components/services';
import { useUi } from '@/components/ui-store';
import { getDatabase } from '@/lib/db/database';
import { now } from '@/lib/clock';
import { seedStarterLibrary } from '@/lib/library/starter-library';
import { log } from '@/lib/log';
import { FOCUS_KEY, takeContactFocus } from '@/lib/runtime/sidebar-focus';
import { followActivePage } from '@/lib/runtime/active-tab';
import { loadSettings, watchSettings } from '@/lib/runtime/settings-store';
import { setVerboseLogging } from '@/lib/log';
import { usePage } from '@/components/page-store';
import '@/components/rapport.css';

const services: Services = {
  db: getDatabase(),
  now,
  remindersChanged() {
    browser.runtime.sendMessage({ type: 'reminders-changed' }).catch((error: unknown) => {
      log.warn('Could not ask the service worker to recount the badge', error);
    });
  },
};

// A notification click asks for a contact; show it now and whenever asked again.
async function followFocusRequests() {
  const contactId = await takeContactFocus();
  if (contactId) useUi.getState().go({ name: 'contact', contactId });
}
void followFocusRequests();
browser.storage.session.onChanged.addListener((changes) => {
  if (FOCUS_KEY in changes && changes[FOCUS_KEY]?.newValue) void followFocusRequests();
});

// The starter library goes in on first open (once per starter version; lib/library/starter-library.ts).
seedStarterLibrary(services.db, now()).catch((error: unknown) => log.warn('Could not add the starter library; it will be tried again next time.', error));

// The sidebar follows the active tab: the page's person, and where drafts go.
followActivePage((tabId, context) => usePage.getState().setPage(tabId, context));

function applySettings(settings: Awaited<ReturnType<typeof loadSettings>>) {
  usePage.getState().setSettings(settings);
  setVerboseLogging(settings.verboseLogging);
}
void loadSettings().then(applySettings);
watchSettings(applySettings);

const root = document.getElementById('root');
if (!root) throw new Error('sidepanel.html lost its #root element');

createRoot(root).render(
  <StrictMode>
    <ServicesProvider services={services}>
      <App />
    </ServicesProvider>
  </StrictMode>,
);
