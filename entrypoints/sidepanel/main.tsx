import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { browser } from 'wxt/browser';
import { App } from '@/components/app';
import { ServicesProvider } from '@/components/services';
import { extensionServices } from '@/components/extension-services';
import { useUi } from '@/components/ui-store';
import { now } from '@/lib/clock';
import { seedStarterLibrary } from '@/lib/library/starter-library';
import { FOCUS_KEY, takeContactFocus } from '@/lib/runtime/sidebar-focus';
import { followActivePage } from '@/lib/runtime/active-tab';
import { loadSettings, watchSettings } from '@/lib/runtime/settings-store';
import { log, setVerboseLogging } from '@/lib/log';
import { usePage } from '@/components/page-store';
import { loadClockOffset } from '@/lib/runtime/clock-hook';
import '@/components/rapport.css';

const services = extensionServices();

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
seedStarterLibrary(services.db, now()).catch((error: unknown) =>
  log.warn('Could not add the starter library; it will be tried again next time.', error),
);

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

// The e2e clock hook (lib/runtime/clock-hook.ts) is read before the first render, so "due" agrees with the badge.
void loadClockOffset()
  .catch((error: unknown) => log.warn('Could not read the clock offset', error))
  .then(() =>
    createRoot(root).render(
      <StrictMode>
        <ServicesProvider services={services}>
          <App />
        </ServicesProvider>
      </StrictMode>,
    ),
  );
