import { render } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { ReactElement } from 'react';
import { vi } from 'vitest';
import { ServicesProvider, type Services } from '@/components/services';
import { useUi } from '@/components/ui-store';
import type { RapportDatabase } from '@/lib/db/database';
import { now } from '@/lib/clock';

/** Renders a component with a given database, a spy for badge recounts, and the UI store reset. */
export function renderWith(ui: ReactElement, db: RapportDatabase) {
  useUi.setState({ view: { name: 'today' }, history: [], toast: null });
  const services: Services = { db, now, remindersChanged: vi.fn<() => void>() };
  const user = userEvent.setup();

  return {
    user,
    services,
    ...render(<ServicesProvider services={services}>{ui}</ServicesProvider>),
  };
}
