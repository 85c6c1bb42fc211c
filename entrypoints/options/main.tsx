import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { SampleDataBanner, SampleDataOffer } from '@/components/sample-data';
import { ServicesProvider } from '@/components/services';
import { extensionServices } from '@/components/extension-services';
import { SettingsForm } from '@/components/settings-form';
import { PlanSettingsForm } from '@/components/plan-settings-form';
import { ToastHost } from '@/components/toast';
import { loadSettings, saveSettings } from '@/lib/runtime/settings-store';
import '@/components/rapport.css';

const services = extensionServices();

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
        <section className="card__section" aria-labelledby="sample-heading">
          <h2 id="sample-heading">Sample data</h2>
          <SampleDataOffer />
        </section>
      </main>
      <ToastHost />
    </ServicesProvider>
  </StrictMode>,
);
