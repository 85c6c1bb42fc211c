import { useLiveQuery } from 'dexie-react-hooks';
import type { KeyboardEvent } from 'react';
import { countDue } from '@/lib/plan/due';
import { listDueReminders } from '@/lib/db/reminders';
import { ContactCard } from './contact-card';
import { ContactList } from './contact-list';
import { NewContact } from './new-contact';
import { PagePerson } from './page-person';
import { ReputationView } from './reputation-view';
import { SampleDataBanner } from './sample-data';
import { TodayView } from './today-view';
import { ToastHost } from './toast';
import { useServices } from './services';
import { useUi, type View } from './ui-store';

const TABS = [
  { view: 'today', label: 'Today' },
  { view: 'contacts', label: 'Contacts' },
  { view: 'reputation', label: 'How am I doing' },
] as const;

/** The sidebar: the person in front of you (from the page), today's reminders, and contacts. */
export function App() {
  const { db, now } = useServices();
  const view = useUi((state) => state.view);
  const go = useUi((state) => state.go);
  const back = useUi((state) => state.back);
  const dueCount =
    useLiveQuery(async () => countDue(await listDueReminders(db, now()), now()), [db]) ?? 0;

  const current = tabOf(view);

  function onTabKey(event: KeyboardEvent<HTMLButtonElement>) {
    if (event.key !== 'ArrowRight' && event.key !== 'ArrowLeft') return;

    const index = TABS.findIndex((tab) => tab.view === current);
    const next = TABS[(index + (event.key === 'ArrowRight' ? 1 : TABS.length - 1)) % TABS.length];
    if (!next) return;
    go({ name: next.view });
    document.getElementById(`tab-${next.view}`)?.focus();
  }

  return (
    <div className="app">
      <header className="app__header">
        <h1 className="app__name">Rapport</h1>
        <nav role="tablist" aria-label="Sections" className="tabs">
          {TABS.map((tab) => (
            <button
              key={tab.view}
              id={`tab-${tab.view}`}
              type="button"
              role="tab"
              aria-selected={current === tab.view}
              tabIndex={current === tab.view ? 0 : -1}
              className="tab"
              onClick={() => go({ name: tab.view })}
              onKeyDown={onTabKey}
            >
              {tab.label}
              {tab.view === 'today' && dueCount > 0 ? (
                <span className="badge" aria-label={`${dueCount} due`}>
                  {dueCount}
                </span>
              ) : null}
            </button>
          ))}
        </nav>
      </header>
      <SampleDataBanner />
      <PagePerson />
      <main
        className="app__main"
        onKeyDown={(event) => {
          const target = event.target as HTMLElement;
          const typing = ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName);
          if (
            event.key === 'Escape' &&
            !typing &&
            (view.name === 'contact' || view.name === 'new-contact')
          )
            back();
        }}
      >
        {view.name === 'contact' || view.name === 'new-contact' ? (
          <button type="button" className="button button--text back" onClick={back}>
            ← Back
          </button>
        ) : null}
        <CurrentView view={view} />
      </main>
      <ToastHost />
    </div>
  );
}

function CurrentView({ view }: { view: View }) {
  switch (view.name) {
    case 'today':
      return <TodayView />;
    case 'contacts':
      return <ContactList />;
    case 'reputation':
      return <ReputationView />;
    case 'contact':
      return <ContactCard contactId={view.contactId} />;
    case 'new-contact':
      return <NewContact prefill={view.prefill} guessed={view.guessed ?? []} />;
  }
}

function tabOf(view: View): 'today' | 'contacts' | 'reputation' | null {
  if (view.name === 'today') return 'today';
  if (view.name === 'contacts') return 'contacts';
  if (view.name === 'reputation') return 'reputation';
  return null;
}
