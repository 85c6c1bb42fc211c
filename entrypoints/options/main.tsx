import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { SampleDataBanner, SampleDataOffer } from '@/components/sample-data';
import { ServicesProvider } from '@/components/services';
import { extensionServices } from '@/components/extension-services';
import { SettingsForm } from '@/components/settings-form';
import { BackupSection } from '@/components/backup-section';
import { PlanSettingsForm } from '@/components/plan-settings-form';
import { ToastHost } from '@/components/toast';
import { LibraryManager } from '@/components/library-manager';
import { now } from '@/lib/clock';
import { log } from '@/lib/log';
import { seedStarterLibrary } from '@/lib/library/starter-library';
import { loadSettings, saveSettings } from '@/lib/runtime/settings-store';
import '@/components/rapport.css';

const services = extensionServices();

// The starter library goes in on first open (once per starter version; lib/library/starter-library.ts).
seedStarterLibrary(services.db, now()).catch((error: unknown) =>
  log.warn('Could not add the starter library; it will be tried again next time.', error),
);

const root = document.getElementById('root');
if (!root) throw new Error('options.html lost its #root element');

createRoot(root).render(
  <StrictMode>
    <ServicesProvider services={services}>
      <main className="options">
        <h1 className="app__name">Rapport settings</h1>
        <SampleDataBanner />
        <section className="card__section" aria-labelledby="settings-heading">
          <h2 id="settings-heading">You</h2>
          <SettingsForm load={loadSettings} save={saveSettings} />
        </section>
        <section className="card__section" aria-labelledby="plans-heading">
          <h2 id="plans-heading">Follow-up plans</h2>
          <PlanSettingsForm load={loadSettings} save={saveSettings} />
        </section>
        <section className="card__section" aria-labelledby="library-heading">
          <h2 id="library-heading">Library</h2>
          <p className="muted">
            Articles and tips to send your contacts. The sidebar suggests them by each contact's
            goals, challenges and interests.
          </p>
          <LibraryManager />
        </section>
        <section className="card__section" aria-labelledby="backup-heading">
          <h2 id="backup-heading">Backup</h2>
          <BackupSection />
        </section>
        <section className="card__section" aria-labelledby="sample-heading">
          <h2 id="sample-heading">Sample data</h2>
          <SampleDataOffer />
        </section>
      </main>
      <ToastHost />
    </ServicesProvider>
  </StrictMode>,
);
